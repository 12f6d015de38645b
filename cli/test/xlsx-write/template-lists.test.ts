/**
 * Drop-downs that work with a decimal comma (issue #13): a template's lists take their items
 * from numeric cells on a very hidden tool sheet (the core's layout, shared with the Excel
 * add-in), not from a typed "0,0.5,1" that Excel parses with the user's regional settings.
 */
import * as XLSX from "@e965/xlsx";
import { templateListSheet, type TemplateSpec } from "@cchc/scoring-core";
import { readWorkbookGrids, templateSheets, writeWorkbook } from "@cchc/xlsx-grid";
import { sampleTemplate, unzipText } from "./fixtures";

/** The sample template plus a second list and a list that also accepts "Không áp dụng". */
function listsTemplate(): TemplateSpec {
  const spec = sampleTemplate();
  const row = spec.rows.find((r) => r.validation?.kind === "list")!;
  spec.rows.push(
    { ...row, code: "1.1.5", validation: { kind: "list", values: [0, 0.5, 1] } },
    {
      ...row,
      code: "1.1.6",
      validation: { kind: "list", values: [0, 1.5, 3], allowText: ["Không áp dụng"] },
    },
  );
  return spec;
}

describe("template drop-downs from numeric cells", () => {
  const spec = listsTemplate();
  const lists = templateListSheet(spec)!;
  const files = unzipText(writeWorkbook(templateSheets(spec)));

  it("references a range on the list sheet, never a typed list", () => {
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    const formulas = [
      ...sheet.matchAll(/<dataValidation type="list"[^>]*><formula1>([^<]*)<\/formula1>/g),
    ].map((m) => m[1]);
    const q = `&apos;${lists.name}&apos;|'${lists.name}'`;
    expect(formulas).toHaveLength(2);
    expect(formulas[0]).toMatch(new RegExp(`^(${q})!\\$A\\$1:\\$A\\$3$`));
    expect(formulas[1]).toMatch(new RegExp(`^(${q})!\\$B\\$1:\\$B\\$4$`));
    expect(sheet).not.toMatch(/<formula1>"[^<]*,/);
  });

  it("writes the list sheet second, very hidden, with numbers as numbers", () => {
    expect(files["xl/workbook.xml"]).toMatch(
      new RegExp(`<sheet name="${lists.name}" sheetId="2" state="veryHidden"`),
    );
    // The template stays the first, active sheet.
    expect(files["xl/workbook.xml"]).toMatch(/<sheet name="Tự chấm điểm" sheetId="1" r:id/);
    const r = readWorkbookGrids(writeWorkbook(templateSheets(spec)), XLSX);
    if (!r.ok) throw new Error(r.message.en);
    const listGrid = r.grids.find((g) => g.sheet === lists.name)!;
    const column = (c: number) =>
      listGrid.values.map((row) => row[c]).filter((v) => v !== null && v !== undefined);
    expect(column(0)).toEqual([0, 0.5, 1]);
    expect(column(1)).toEqual([0, 1.5, 3, "Không áp dụng"]);
  });

  it("names the list sheet by its content: the same lists, the same sheet", () => {
    expect(templateListSheet(listsTemplate())!.name).toBe(lists.name);
    const other = listsTemplate();
    other.rows.push({ ...other.rows[5]!, code: "1.1.7", validation: { kind: "list", values: [0, 2] } });
    expect(templateListSheet(other)!.name).not.toBe(lists.name);
    expect(lists.name).toMatch(/^CCHC_DS_[0-9a-f]{8}$/);
  });

  it("writes no list sheet for a template without lists", () => {
    const plain = sampleTemplate();
    for (const row of plain.rows) if (row.validation?.kind === "list") delete row.validation;
    expect(templateSheets(plain)).toHaveLength(1);
  });
});
