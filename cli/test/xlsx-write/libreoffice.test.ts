/**
 * Real-client check: workbooks from the writer open in LibreOffice, survive a round trip to
 * .xlsx with their sheets, validations, conditional formats and chart, and LibreOffice's
 * recalculated totals equal ours. One LibreOffice run converts every file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import * as XLSX from "@e965/xlsx";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import { templateListSheet, type TemplateSpec } from "@cchc/scoring-core";
import { blockSheet, templateSheet, templateSheets, writeWorkbook, type XlsxSheet } from "@cchc/xlsx-grid";
import { nativeDeflate as native } from "../../src/output/workbooks";
import { convertWithLibreOffice, libreOfficeOrSkip } from "../helpers/libreoffice";
import { sampleRanking, sampleTemplate, unzipText } from "./fixtures";

/** Node here is ≥ 20.15: zlib.crc32 is there. */
const nativeDeflate = native!;

const run = libreOfficeOrSkip("xlsx-write LibreOffice round trip");
const describeLo = run ? describe : describe.skip;

/** The sample template with the unit's scores typed in: 1,25, 0,5 and "Không áp dụng" → field and total 1,75. */
function filledTemplate(): TemplateSpec {
  const spec = sampleTemplate();
  spec.rows[4]!.cells[3] = 1.25;
  spec.rows[5]!.cells[3] = 0.5;
  spec.rows[7]!.cells[3] = "Không áp dụng";
  return spec;
}

/** A unit's sheet as officials make them: NFD text, a merged two-row header, a hidden row. */
function unitSheet(): XlsxSheet {
  const nfd = (s: string) => s.normalize("NFD");
  return {
    name: "Tự chấm",
    rows: [
      [{ value: nfd("STT") }, { value: nfd("Nội dung") }, { value: nfd("Điểm") }, null],
      [null, null, { value: nfd("Tối đa") }, { value: nfd("Tự chấm") }],
      [{ value: "1" }, { value: nfd("Công tác chỉ đạo") }, { value: 2 }, { value: 1.5 }],
      [{ value: "2" }, { value: "Ẩn" }, { value: 1 }, { value: 1 }],
      [
        { value: nfd("Tổng") },
        null,
        { value: { formula: "SUM(C3:C4)" } },
        { value: { formula: "SUM(D3:D4)" } },
      ],
    ],
    merges: ["A1:A2", "B1:B2", "C1:D1"],
    hiddenRows: [3],
  };
}

/** The writer's workbook with fullCalcOnLoad removed and a wrong cached total: only the profile's recalc mode fixes it. */
function staleWorkbook(): Uint8Array {
  const files = unzipText(
    writeWorkbook([
      { name: "S", rows: [[{ value: 1 }, { value: 1 }, { value: { formula: "A1+B1", value: 5 } }]] },
    ]),
  );
  files["xl/workbook.xml"] = files["xl/workbook.xml"]!.replace(' fullCalcOnLoad="1"', "");
  const parts: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(files)) parts[k] = strToU8(v);
  return zipSync(parts);
}

function readGrids(path: string) {
  const r = readWorkbookGrids(new Uint8Array(readFileSync(path)), XLSX);
  if (!r.ok) throw new Error(`${path}: ${r.message.en}`);
  return r;
}

describeLo("LibreOffice round trip", () => {
  let dir = "";
  let out: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-xlsx-write-"));
    const inputs: Record<string, Uint8Array> = {
      template: writeWorkbook([templateSheet(filledTemplate())]),
      ranking: writeWorkbook([
        blockSheet(sampleRanking(), {
          chart: {
            title: "Chỉ số CCHC theo đơn vị (%)",
            categoriesCol: 1,
            valuesCol: 3,
            fromRow: 2,
            toRow: 5,
          },
        }),
        templateSheet(sampleTemplate()),
      ]),
      unit: writeWorkbook([unitSheet()]),
      lists: writeWorkbook(templateSheets(sampleTemplate())),
      stale: staleWorkbook(),
      // Deflated by zlib piece by piece (sync flushes), one sheet's rows streamed (no dimension).
      native: writeWorkbook(
        [
          blockSheet(sampleRanking()),
          {
            name: "Dữ liệu",
            rows: [],
            // 30 rows of 14,000 characters: more than one 256K-character piece.
            rowStream: () =>
              Array.from({ length: 30 }, (_, i) => [{ value: `j:${i} ` + "Ủy ban & <xã> ".repeat(1_000) }]),
          },
        ],
        { deflate: nativeDeflate },
      ),
    };
    const paths = Object.entries(inputs).map(([name, bytes]) => {
      const p = join(dir, `${name}.xlsx`);
      writeFileSync(p, bytes);
      return p;
    });
    const result = await convertWithLibreOffice(paths, join(dir, "out"), "xlsx");
    out = Object.fromEntries(result.outputs.map((p) => [p.replace(/^.*\//, "").replace(/\.xlsx$/, ""), p]));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("converts every workbook", () => {
    expect(Object.keys(out).sort()).toEqual(["lists", "native", "ranking", "stale", "template", "unit"]);
  });

  it("opens a workbook deflated by zlib in pieces, with a streamed sheet", () => {
    const r = readGrids(out.native!);
    expect(r.sheetNames).toEqual(["Xếp hạng - Sở", "Dữ liệu"]);
    const rows = r.grids[1]!.values;
    expect(rows).toHaveLength(30);
    expect(rows[29]![0]).toBe("j:29 " + "Ủy ban & <xã> ".repeat(1_000));
  });

  it("keeps the drop-downs' source: numeric cells on the hidden list sheet", () => {
    const { name } = templateListSheet(sampleTemplate())!;
    const files = unzipText(new Uint8Array(readFileSync(out.lists!)));
    expect(files["xl/workbook.xml"]).toMatch(
      new RegExp(`<sheet name="${name}"[^>]*state="(very)?[hH]idden"`),
    );
    // LibreOffice read the range as the list's source and wrote it back as one.
    expect(files["xl/worksheets/sheet1.xml"]).toMatch(
      new RegExp(`type="list"[^>]*><formula1>(&apos;|')?${name}(&apos;|')?!\\$A\\$1:\\$A\\$3</formula1>`),
    );
    const list = readGrids(out.lists!).grids.find((g) => g.sheet === name)!;
    expect(list.values.map((r) => r[0])).toEqual([0, 0.5, 1]);
  });

  it("recalculates the template's SUM totals to the expected values", () => {
    const g = readGrids(out.template!).grids[0]!;
    const at = (ref: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      return g.values[Number(m[2]) - 1 - (g.origin?.row ?? 0)]?.[
        m[1]!.charCodeAt(0) - 65 - (g.origin?.col ?? 0)
      ];
    };
    expect(at("D3")).toBe(1.75); // =SUM(D5:D8)
    expect(at("D10")).toBe(1.75); // totalCells.self
    expect(at("C10")).toBe(3.25); // totalCells.max
    expect(g.formulas?.[9]?.[3]).toBe("=SUM(D3)");
  });

  it("keeps the sheets, the data validations, conditional formats and protection", () => {
    const r = readGrids(out.ranking!);
    expect(r.sheetNames).toEqual(["Xếp hạng - Sở", "Tự chấm điểm"]);
    const files = unzipText(new Uint8Array(readFileSync(out.template!)));
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    expect(sheet).toMatch(/<dataValidation [^>]*type="decimal"/);
    expect(sheet).toMatch(/<dataValidation [^>]*type="list"/);
    expect(sheet).toMatch(/<dataValidation [^>]*type="custom"/);
    expect(sheet).toContain("Kế hoạch CCHC năm của cơ quan");
    expect(sheet).toContain("Nhập điểm từ 0 đến 1,5.");
    expect(sheet).toContain("<conditionalFormatting");
    expect(sheet).toMatch(/D5&gt;C5|D5>C5/);
    expect(sheet).toContain("<sheetProtection");
  });

  it("keeps the ranking's chart and links", () => {
    const files = unzipText(new Uint8Array(readFileSync(out.ranking!)));
    const charts = Object.keys(files).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(1);
    const chart = files[charts[0]!]!;
    expect(chart).toContain("barChart");
    expect(chart).toMatch(/Xếp hạng - Sở(?:'|&apos;)?!\$D\$3:\$D\$6/);
    expect(files["xl/worksheets/sheet1.xml"]).toContain("<hyperlink");
  });

  it("reads what LibreOffice wrote: NFD text, the merged two-row header, the hidden row, formulas", () => {
    const g = readGrids(out.unit!).grids[0]!;
    expect(g.values[0]![1]).toBe("Nội dung".normalize("NFD"));
    expect(g.values[1]![3]).toBe("Tự chấm".normalize("NFD"));
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 0, left: 2, bottom: 0, right: 3 },
      ]),
    );
    expect(g.hiddenRows).toEqual([3]);
    expect(g.values[4]!.slice(2)).toEqual([3, 2.5]);
    expect(g.formulas?.[4]?.[3]).toBe("=SUM(D3:D4)");
  });

  it("recalculates on load through the profile setting, even without fullCalcOnLoad", () => {
    const g = readGrids(out.stale!).grids[0]!;
    expect(g.values[0]).toEqual([1, 1, 2]);
  });
});
