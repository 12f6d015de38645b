/**
 * Contract with the core: a template built by buildTemplate, written by the writer and read
 * back by xlsx-grid is the grid templateToGrid describes (what a host reads right after
 * writing), cell for cell — values, formulas and merges.
 */
import * as XLSX from "@e965/xlsx";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import {
  SAMPLE_SETS,
  buildTemplate,
  cellAt,
  formulaAt,
  gridWidth,
  templateToGrid,
  type CellValue,
} from "@cchc/scoring-core";
import { templateSheet, writeWorkbook } from "@cchc/xlsx-grid";
import { unzipText, worksheetChildren } from "./fixtures";

/** A neutralised text ("'=…") is read back as typed: the apostrophe is a style in the file. */
function shown(v: CellValue): CellValue {
  return typeof v === "string" && /^'[=+\-@\t\r\n]/.test(v) ? v.slice(1) : v;
}

describe.each(
  SAMPLE_SETS.flatMap((set) => [true, false].map((appraisal) => [set.id, appraisal, set] as const)),
)("template of %s (appraisal columns: %s)", (_id, appraisal, set) => {
  const spec = buildTemplate(set, { unit: "Sở Tư pháp", year: 2025, appraisal });
  const bytes = writeWorkbook([templateSheet(spec)]);

  it("reads back as templateToGrid says", () => {
    const r = readWorkbookGrids(bytes, XLSX);
    if (!r.ok) throw new Error(r.message.en);
    const got = r.grids[0]!;
    const want = templateToGrid(spec);
    expect(got.sheet).toBe(spec.sheetName.slice(0, 31));
    expect(got.origin).toEqual({ row: 0, col: 0 });
    const rows = Math.max(got.values.length, want.values.length);
    const cols = Math.max(gridWidth(got), gridWidth(want));
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        expect([row, col, cellAt(got, row, col)]).toEqual([row, col, shown(cellAt(want, row, col))]);
        expect([row, col, formulaAt(got, row, col)]).toEqual([row, col, formulaAt(want, row, col)]);
      }
    }
    const singleCell = (m: { top: number; left: number; bottom: number; right: number }) =>
      m.top === m.bottom && m.left === m.right;
    expect(got.merges ?? []).toEqual((want.merges ?? []).filter((m) => !singleCell(m)));
  });

  it("keeps the worksheet's children in schema order", () => {
    const children = worksheetChildren(unzipText(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(children.indexOf("sheetData")).toBeLessThan(children.indexOf("sheetProtection"));
    expect(children.indexOf("mergeCells")).toBeLessThan(children.indexOf("conditionalFormatting"));
    expect(children.lastIndexOf("conditionalFormatting")).toBeLessThan(children.indexOf("dataValidations"));
    expect(children.indexOf("dataValidations")).toBeLessThan(children.indexOf("pageMargins"));
  });
});
