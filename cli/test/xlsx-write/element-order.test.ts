import { blockSheet, templateSheet, writeWorkbook } from "@cchc/xlsx-grid";
import { sampleRanking, sampleTemplate, unzipText, worksheetChildren } from "./fixtures";

/** CT_Worksheet's sequence (ECMA-376 Part 1, §18.3.1.99). */
const CT_WORKSHEET = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function expectSchemaOrder(children: string[]): void {
  const positions = children.map((c) => CT_WORKSHEET.indexOf(c));
  expect(positions).not.toContain(-1);
  // Non-decreasing; only conditionalFormatting may repeat.
  for (let i = 1; i < positions.length; i++) {
    expect(positions[i]!).toBeGreaterThanOrEqual(positions[i - 1]!);
    if (positions[i] === positions[i - 1]) expect(children[i]).toBe("conditionalFormatting");
  }
}

describe("worksheet element order", () => {
  it("follows CT_Worksheet for a template (protection, merges, formats, validations)", () => {
    const sheet = { ...templateSheet(sampleTemplate()), merges: ["A1:G1"] };
    const xml = unzipText(writeWorkbook([sheet]))["xl/worksheets/sheet1.xml"]!;
    const children = worksheetChildren(xml);
    expect(children).toEqual([
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "sheetProtection",
      "mergeCells",
      "conditionalFormatting",
      "conditionalFormatting",
      "dataValidations",
      "pageMargins",
      "pageSetup",
      "headerFooter",
    ]);
    expectSchemaOrder(children);
  });

  it("follows CT_Worksheet for a ranking sheet with links and a chart", () => {
    const sheet = blockSheet(sampleRanking(), {
      chart: { title: "Chỉ số", categoriesCol: 1, valuesCol: 3, fromRow: 2, toRow: 5 },
    });
    const xml = unzipText(writeWorkbook([sheet]))["xl/worksheets/sheet1.xml"]!;
    const children = worksheetChildren(xml);
    expect(children).toContain("hyperlinks");
    expect(children[children.length - 1]).toBe("drawing");
    expectSchemaOrder(children);
  });
});
