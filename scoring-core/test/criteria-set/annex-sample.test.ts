/**
 * A set derived from an annex whose title says "DỮ LIỆU MẪU" is a sample set (`sample: true`), as
 * the bundled samples are, so what is made with it says so: the template's note, the hosts' list
 * ("mẫu"), the Word report's "DỮ LIỆU MẪU" line. One rule (deriveAnnexSet) for the cli and hosts.
 */
import fc from "fast-check";
import { scoringGrid } from "@cchc/test-kit";
import type { CellValue, Grid } from "../../src/grid/grid";
import { annexSaysSample } from "../../src/criteria-set/annex-sample";
import { deriveAnnexSet } from "../../src/criteria-set/derive";
import { reportModel } from "../../src/output/report-model";
import { buildTemplate } from "../../src/template/build-template";
import { readTable } from "../../src/table/read-table";
import { importCriteriaSet, MemoryWorkbook, runSync } from "../../src/workflow";
import { rankUnits } from "../../src/ranking/rank-units";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";

const meta = { id: "an-hoa-2025", name: "Bộ tiêu chí", year: 2025, unitTypes: ["department"] };
const HEADER: CellValue[] = ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Cách tính điểm"];
const BODY: CellValue[][] = [
  ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 3, null],
  ["1", "Kế hoạch CCHC", 3, null],
  ["1.1", "Ban hành kế hoạch CCHC năm", 1, "Đúng hạn: 1 điểm; chậm: 0,5 điểm; không: 0 điểm"],
  ["1.2", "Mức độ hoàn thành kế hoạch", 2, "Hoàn thành: 2 điểm; không hoàn thành: 0 điểm"],
  [null, "Tổng cộng", 3, null],
];

function annex(titles: CellValue[][], body = BODY): Grid {
  return { sheet: "Phụ lục 01", values: [...titles, [], HEADER, ...body] };
}

function derive(grid: Grid) {
  const read = readTable(grid, { profile: "annex" });
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join("\n"));
  return deriveAnnexSet(grid, read.table, meta);
}

const OFFICIAL = [
  ["ỦY BAN NHÂN DÂN TỈNH AN HÒA"],
  ["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CỦA CÁC SỞ, BAN, NGÀNH NĂM 2025"],
  ["(Kèm theo Quyết định số 99/QĐ-UBND ngày 10/01/2025 của UBND tỉnh)"],
];

describe("a set from an annex marked sample data", () => {
  it("is a sample set when a title row says DỮ LIỆU MẪU; an official annex's is not", () => {
    // As the sample province's annexes (cli/scripts/samples/annex-sheet.ts) are titled.
    const marked = derive(annex([["ỦY BAN NHÂN DÂN TỈNH AN HÒA (DỮ LIỆU MẪU)"], ...OFFICIAL.slice(1)]));
    expect(marked.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(marked.set.sample).toBe(true);
    expect(derive(annex(OFFICIAL)).set.sample).toBe(false);
    // Any case, decomposed accents, or in English.
    expect(derive(annex([...OFFICIAL, ["— dữ liệu mẫu —".normalize("NFD")]])).set.sample).toBe(true);
    expect(derive(annex([["SAMPLE DATA, not an official annex"]])).set.sample).toBe(true);
  });

  it("reads only the title rows: the words in a criterion's title or another word do not count", () => {
    const body = BODY.map((r) =>
      r[0] === "1.2" ? ["1.2", "Cập nhật dữ liệu mẫu biểu báo cáo", 2, r[3]!] : r,
    );
    expect(derive(annex(OFFICIAL, body)).set.sample).toBe(false);
    expect(derive(annex([["Phụ lục mẫu số 01"], ["Cơ sở dữ liệu quốc gia"]])).set.sample).toBe(false);
    // A grid that starts below row 1 (a used range): only the rows above the header's sheet row.
    const grid = annex([["(DỮ LIỆU MẪU)"]]);
    expect(annexSaysSample({ ...grid, origin: { row: 4, col: 0 } }, { headerRows: [7] })).toBe(true);
    expect(annexSaysSample({ ...grid, origin: { row: 4, col: 0 } }, { headerRows: [5] })).toBe(false);
  });

  it("property: marked iff some title row holds the words", () => {
    const plain = fc.constantFrom("UBND TỈNH", "Phụ lục 01", "Năm 2025", "mẫu", "dữ liệu", "", "Mẫu số 3");
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 4 }), fc.option(fc.nat(3)), (titles, at) => {
        const rows = titles.map((t) => [t] as CellValue[]);
        const mark = at !== null && at < rows.length;
        if (mark) rows[at] = [`${titles[at]} (DỮ LIỆU MẪU)`];
        expect(derive(annex(rows)).set.sample).toBe(mark);
      }),
      { numRuns: 40 },
    );
  });

  it("hosts: imported from such an annex sheet it is stored and listed as a sample", () => {
    const wb = new MemoryWorkbook([scoringGrid(), annex([["ỦY BAN NHÂN DÂN TỈNH AN HÒA (DỮ LIỆU MẪU)"]])]);
    const reply = runSync(importCriteriaSet(wb, { source: "sheet", sheet: "Phụ lục 01", year: 2025 }, "vi"));
    expect(reply).toMatchObject({ stored: true, errors: 0 });
    expect(reply.set).toMatchObject({ sample: true, stored: true });
  });

  it("outputs made with it say sample data: the template's note and the Word report's line", () => {
    const { set } = derive(annex([["(DỮ LIỆU MẪU)"]]));
    const template = buildTemplate(set, { unit: "Sở Tư pháp", unitType: "department" });
    const titles = template.rows.filter((r) => r.kind === "title").map((r) => String(r.cells[0]));
    expect(titles.some((t) => t.includes("BỘ TIÊU CHÍ MẪU"))).toBe(true);

    const ranking = rankUnits([], { classification: CLASSIFICATION_PRESETS["national"]! });
    const paragraphs = (sets: (typeof set)[]) =>
      reportModel(ranking, "vi", { units: [], sets })
        .blocks.filter((b) => b.kind === "paragraph")
        .map((b) => (b as { text: string }).text);
    expect(paragraphs([set])).toContain("DỮ LIỆU MẪU — không phải kết quả thực.");
    expect(paragraphs([{ ...set, sample: false }])).not.toContain("DỮ LIỆU MẪU — không phải kết quả thực.");
  });
});
