/**
 * What a Sở Nội vụ publishes, on the committed sample province: the ranking workbook's sheets
 * and contents, its print setup (scale floor), the Word report and a unit's feedback; then
 * LibreOffice opens every file (PDF export) and its reading of the workbook equals the core's.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { strFromU8, unzipSync } from "fflate";
import { YEAR_RECORD_SHEET, rankingSheets, type RankingReport, type SheetBlock } from "@cchc/scoring-core";
import { fitToWidthScale } from "@cchc/xlsx-grid";
import { rankFiles } from "../../src/commands/rank";
import { validateFile } from "../../src/commands/validate";
import { memoryConsole } from "../../src/io/console";
import { pendingOutputs } from "../../src/output/pending";
import { tempDir } from "../support/files";
import { convertWithLibreOffice, libreOfficeOrSkip } from "../helpers/libreoffice";

const SAMPLES = join(__dirname, "../../samples");
const dir = tempDir("cchc-publish-");
const out = join(dir, "xep-hang.xlsx");
const report = join(dir, "bao-cao.docx");
const feedback = join(dir, "phan-hoi.xlsx");
const sets = ["sample-department-2025.json", "sample-commune-2025.json"].map((f) =>
  join(SAMPLES, "bo-tieu-chi", f),
);

/** The scale below which a printed table is too small to read on A4. */
const SCALE_FLOOR = 0.6;

let ranking: RankingReport;

beforeAll(async () => {
  ranking = rankFiles(
    {
      inputs: [join(SAMPLES, "don-vi")],
      out,
      report,
      units: join(SAMPLES, "danh-sach-don-vi.xlsx"),
      survey: join(SAMPLES, "dieu-tra-xa-hoi-hoc.xlsx"),
      frameworks: sets,
      province: "An Hòa",
      decision: "15/QĐ-UBND ngày 20/01/2026",
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Văn Minh"],
      quiet: true,
      lang: "vi",
    },
    memoryConsole(),
  );
  await pendingOutputs();
  validateFile(
    {
      file: join(SAMPLES, "don-vi/so-ban-nganh/so-tu-phap.xlsx"),
      framework: sets[0]!,
      report: feedback,
      lang: "vi",
    },
    memoryConsole(),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sheetsOf(path: string): Record<string, unknown[][]> {
  const wb = XLSX.read(readFileSync(path), { type: "buffer" });
  return Object.fromEntries(
    wb.SheetNames.map((n) => [
      n,
      XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[n]!, { header: 1, defval: null }),
    ]),
  );
}

describe("the ranking workbook", () => {
  it("has per group a ranking, fields, criteria, lost points and a chart sheet, then the checks", () => {
    const names = Object.keys(sheetsOf(out));
    expect(names).toEqual([
      "Xếp hạng - Sở, ban, ngành",
      "Xếp hạng - UBND xã, phường",
      "Lĩnh vực - Sở, ban, ngành",
      "Tiêu chí - Sở, ban, ngành",
      "Mất điểm - Sở, ban, ngành",
      "Biểu đồ - Sở, ban, ngành",
      "Lĩnh vực - UBND xã, phường",
      "Tiêu chí - UBND xã, phường",
      "Mất điểm - UBND xã, phường",
      "Biểu đồ - UBND xã, phường",
      "Kiểm tra",
      "Chưa nộp",
      "Không xử lý được",
      // The year's machine-readable record (next year's trend and plan read it), last.
      YEAR_RECORD_SHEET,
    ]);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(files).filter((f) => f.startsWith("xl/charts/"))).toHaveLength(2);
  });

  it("publishes the heading block, the set's maxima and the rounded figures of the ranking", () => {
    const rows = sheetsOf(out)["Xếp hạng - Sở, ban, ngành"]!;
    expect(rows[0]![0]).toBe("UBND TỈNH AN HÒA");
    expect(rows[1]![0]).toBe("SỞ NỘI VỤ");
    expect(rows[0]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(rows[1]).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(rows[3]![0]).toBe("KẾT QUẢ XẾP HẠNG CHỈ SỐ CCHC NĂM 2025 CỦA CÁC SỞ, BAN, NGÀNH");
    expect(rows[4]![0]).toBe("(Kèm theo Quyết định số 15/QĐ-UBND ngày 20/01/2026)");
    const header = rows[6]!;
    expect(header[1]).toBe("Đơn vị");
    expect(header).toContain("Tổng (100)");
    expect(header).toContain("Chỉ số (%)");
    expect(header.join("|")).not.toMatch(/Lỗi|Cảnh báo|Tệp/);
    const group = ranking.groups[0]!;
    group.rows.forEach((r, i) => {
      const row = rows[7 + i]!;
      expect(row[1]).toBe(r.unit);
      expect(row[9]).toBe(Math.round(r.index! * 100) / 100);
      // A held-out unit (no survey row) has no rank: the sheet says so in words.
      expect(row[10]).toBe(r.status === "held-out" ? "—" : r.rank);
      if (r.status === "held-out") expect(row[11]).toBe("chưa xếp hạng");
    });
    expect(group.rows.some((r) => r.status === "held-out")).toBe(true);
  });

  it("lists units that have not submitted and files that could not be processed", () => {
    const s = sheetsOf(out);
    const failed = s["Không xử lý được"]!.flat();
    for (const f of ranking.failed) expect(failed).toContain(f.file);
    expect(s["Chưa nộp"]!.length).toBeGreaterThan(1);
  });

  it("prints on A4 landscape, fitted to width at a readable scale, titles repeated, pages numbered", () => {
    const blocks: SheetBlock[] = rankingSheets(ranking, "vi", { units: [] });
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const book = strFromU8(files["xl/workbook.xml"]!);
    expect(book).toContain("_xlnm.Print_Titles");
    for (const b of blocks) {
      if (b.kind === "chart") continue;
      if (b.print?.fitToWidth === false) continue;
      expect(fitToWidthScale(b.columnWidths)).toBeGreaterThanOrEqual(SCALE_FLOOR);
    }
    const sheet1 = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet1).toContain('paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"');
    expect(sheet1).toContain("&amp;P/&amp;N");
  });
});

describe("the Word report", () => {
  it("is a .docx with the heading, the summary and a table per group", () => {
    expect(existsSync(report)).toBe(true);
    const doc = strFromU8(unzipSync(new Uint8Array(readFileSync(report)))["word/document.xml"]!);
    // Asserted on booleans: a failure must not print the whole document.
    const has = (text: string) => doc.includes(text);
    expect(has("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBe(true);
    expect(has("Kết quả xác định Chỉ số cải cách hành chính năm 2025")).toBe(true);
    expect(has('w:ascii="Times New Roman"')).toBe(true);
    for (const g of ranking.groups) expect(has(g.rows[0]!.unit)).toBe(true);
    // The signature block: after the body, before the annexes.
    const sign = doc.indexOf("Lò Văn Minh");
    expect(sign > doc.indexOf("PHÓ GIÁM ĐỐC") && sign > doc.indexOf("III. NHỮNG LĨNH VỰC")).toBe(true);
    expect(sign < doc.indexOf("PHỤ LỤC 1")).toBe(true);
    // A4 portrait, margins top 20, bottom 20, left 30, right 15 mm (NĐ 30/2020), in twips.
    const mm = (twips: string) => Math.round((Number(twips) * 25.4) / 1440);
    const first =
      /<w:pgSz w:w="(\d+)" w:h="(\d+)"[^>]*\/><w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(
        doc,
      );
    expect(first && first.slice(1, 7).map(mm)).toEqual([210, 297, 20, 15, 20, 30]);
    // Body text 13 pt, titles 14 pt.
    expect(has('<w:sz w:val="26"/>') && has('<w:sz w:val="28"/>')).toBe(true);
  });
});

describe("a unit's feedback", () => {
  it("has one table per sheet, losses with rule texts, and cell references as text", () => {
    const s = sheetsOf(feedback);
    expect(Object.keys(s)).toEqual(["Kết quả", "Điểm bị mất", "Vấn đề"]);
    const lost = s["Điểm bị mất"]!;
    expect(lost[2]).toEqual([
      "Mã",
      "Tiêu chí",
      "Tối đa",
      "Điểm tự đánh giá",
      "Điểm thẩm định",
      "Điểm ĐTXHH",
      "Điểm bị mất",
      "Cách chấm",
      "Ý kiến thẩm định",
      "Tài liệu kiểm chứng",
      "Ô",
    ]);
    expect(lost.slice(3).every((r) => typeof r[10] !== "string" || /^.+!A\d+$/.test(r[10]))).toBe(true);
    const issues = s["Vấn đề"]!;
    expect(issues[2]).toEqual(["STT", "Mức độ", "Vấn đề", "Ô", "Tiêu chí", "Nội dung", "Mã"]);
  });
});

describe("LibreOffice", () => {
  const run = libreOfficeOrSkip("published outputs in LibreOffice");
  (run ? it : it.skip)(
    "renders the workbook, the report and the feedback to PDF, and reads the same figures",
    async () => {
      const pdfDir = join(dir, "pdf");
      const pdf = await convertWithLibreOffice([out, report, feedback], pdfDir, "pdf");
      expect(pdf.outputs).toHaveLength(3);
      for (const p of pdf.outputs) expect(readFileSync(p).subarray(0, 5).toString()).toBe("%PDF-");
      // LibreOffice's own save of the workbook: the figures it read are the core's.
      const round = await convertWithLibreOffice([out], join(dir, "lo"), "xlsx");
      const rows = sheetsOf(round.outputs[0]!)["Xếp hạng - UBND xã, phường"]!;
      ranking.groups[1]!.rows.forEach((r, i) => {
        expect(rows[7 + i]![1]).toBe(r.unit);
        expect(rows[7 + i]![7]).toBe(Math.round(r.final * 100) / 100);
      });
    },
    // Two LibreOffice runs (PDF, then xlsx) on a shared 2-core machine.
    240_000,
  );
});
