import fc from "fast-check";
import * as XLSX from "@e965/xlsx";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import { blockSheet, stripForbidden, templateSheet, uniqueSheetNames, writeWorkbook } from "@cchc/xlsx-grid";
import { sampleRanking, sampleTemplate, unzipText } from "./fixtures";

function read(bytes: Uint8Array) {
  const r = readWorkbookGrids(bytes, XLSX);
  if (!r.ok) throw new Error(r.message.en);
  return r;
}

describe("writeWorkbook", () => {
  it("writes a package every part of which is referenced and typed", () => {
    const bytes = writeWorkbook([
      templateSheet(sampleTemplate()),
      blockSheet(sampleRanking(), {
        chart: { title: "Chỉ số", categoriesCol: 1, valuesCol: 3, fromRow: 2, toRow: 5 },
      }),
    ]);
    const files = unzipText(bytes);
    expect(Object.keys(files)[0]).toBe("[Content_Types].xml");
    const types = files["[Content_Types].xml"]!;
    for (const part of [
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/styles.xml",
      "xl/drawings/drawing1.xml",
      "xl/charts/chart1.xml",
    ]) {
      expect(files[part]).toBeDefined();
      expect(types).toContain(`PartName="/${part}"`);
    }
    expect(files["xl/worksheets/_rels/sheet2.xml.rels"]).toContain('Target="../drawings/drawing1.xml"');
    expect(files["xl/drawings/_rels/drawing1.xml.rels"]).toContain('Target="../charts/chart1.xml"');
    expect(files["xl/worksheets/sheet2.xml"]).toContain('<drawing r:id="rId1"/>');
    expect(files["xl/workbook.xml"]).toContain('fullCalcOnLoad="1"');
  });

  it("writes formulas without cached values, and texts as inline strings that are never formulas", () => {
    const files = unzipText(writeWorkbook([templateSheet(sampleTemplate())]));
    const xml = files["xl/worksheets/sheet1.xml"]!;
    expect(xml).toContain('<c r="D3" s="');
    expect(xml).toMatch(/<c r="D3" s="\d+"><f>SUM\(D5:D8\)<\/f><\/c>/);
    // A criterion title starting with "=" stays text.
    expect(xml).toMatch(/<c r="B5" s="\d+" t="inlineStr"><is><t xml:space="preserve">=Ban hành/);
    const g = read(writeWorkbook([templateSheet(sampleTemplate())])).grids[0]!;
    expect(g.values[4]![1]).toBe("=Ban hành kế hoạch đúng hạn");
    expect(g.formulas?.[4]?.[1] ?? null).toBeNull();
    expect(g.formulas?.[9]?.[3]).toBe("=SUM(D3)");
  });

  it("makes the editable ranges unlocked and protects the rest without a password", () => {
    const files = unzipText(writeWorkbook([templateSheet(sampleTemplate())]));
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    expect(sheet).toContain('<sheetProtection sheet="1"');
    expect(sheet).not.toMatch(/password|hashValue/);
    const xfs = [...files["xl/styles.xml"]!.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)]
      .map((m) => m[0])
      .slice(1); // skip cellStyleXfs
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
    const unlocked = (ref: string) => xfs[styleOf(ref)]!.includes('locked="0"');
    expect(unlocked("D5")).toBe(true);
    expect(unlocked("G7")).toBe(true);
    expect(unlocked("D8")).toBe(true);
    expect(unlocked("D7")).toBe(false); // survey-scored: not the unit's to fill
    expect(unlocked("E5")).toBe(false); // appraisal
    expect(unlocked("C5")).toBe(false);
  });

  it("writes Excel 2010 data validations with Vietnamese messages", () => {
    const sheet = unzipText(writeWorkbook([templateSheet(sampleTemplate())]))["xl/worksheets/sheet1.xml"]!;
    expect(sheet).toContain('<dataValidations count="5">');
    expect(sheet).toMatch(
      /<dataValidation type="decimal" operator="between"[^>]*sqref="D5 E5"><formula1>0<\/formula1><formula2>1.5<\/formula2>/,
    );
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*sqref="D6 E6"><formula1>"0,0.5,1"<\/formula1>/);
    expect(sheet).toContain('prompt="Nhập điểm từ 0 đến 1,5."');
    expect(sheet).toContain('error="Điểm phải là một trong các mức: 0; 0,5; 1."');
    expect(sheet).not.toContain("extLst");
  });

  it("accepts the allowed texts beside numbers through a custom rule per run", () => {
    const sheet = unzipText(writeWorkbook([templateSheet(sampleTemplate())]))["xl/worksheets/sheet1.xml"]!;
    expect(sheet).toContain(
      '<dataValidation type="custom" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Điểm không hợp lệ" error="Điểm phải là số từ 0 đến 0,25, hoặc “Không áp dụng”."',
    );
    expect(sheet).toContain(
      'sqref="D8"><formula1>OR(AND(ISNUMBER(D8),D8&gt;=0,D8&lt;=0.25),D8="Không áp dụng")</formula1>',
    );
    expect(sheet).toContain(
      'sqref="E8"><formula1>OR(AND(ISNUMBER(E8),E8&gt;=0,E8&lt;=0.25),E8="Không áp dụng")</formula1>',
    );
  });

  it("shows the evidence the set asks for as an input message on the evidence cell", () => {
    const sheet = unzipText(writeWorkbook([templateSheet(sampleTemplate())]))["xl/worksheets/sheet1.xml"]!;
    expect(sheet).toContain(
      '<dataValidation allowBlank="1" showInputMessage="1" promptTitle="Tài liệu kiểm chứng" prompt="Kế hoạch CCHC năm của cơ quan" sqref="F5"/>',
    );
  });

  it("greys survey rows, formats columns as the spec says, merges the title and drops one-cell merges", () => {
    const files = unzipText(writeWorkbook([templateSheet(sampleTemplate())]));
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    const cellXfs = [
      ...files["xl/styles.xml"]!.split("<cellXfs")[1]!.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g),
    ].map((m) => m[0]);
    const xfOf = (ref: string) =>
      cellXfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1] ?? 0)]!;
    const surveyFill = /<fills count="\d+">(.*?)<\/fills>/
      .exec(files["xl/styles.xml"]!)![1]!
      .split("</fill>")
      .findIndex((f) => f.includes("FFD9D9D9"));
    expect(xfOf("B7")).toContain(`fillId="${surveyFill}"`);
    expect(xfOf("B6")).not.toContain(`fillId="${surveyFill}"`);
    expect(xfOf("A5")).toContain('numFmtId="49"'); // "@", text
    expect(xfOf("C5")).toContain('numFmtId="2"'); // "0.00"
    expect(sheet).toContain('<mergeCells count="1"><mergeCell ref="A1:G1"/></mergeCells>');
  });

  it("keeps a long list of levels within 255 characters, dropping whole items", () => {
    const values = Array.from({ length: 100 }, (_, i) => i * 0.125);
    const sheet = unzipText(
      writeWorkbook([
        {
          name: "S",
          rows: [[{ value: 1 }]],
          dataValidations: [{ sqref: "A1", rule: { kind: "list", values } }],
        },
      ]),
    )["xl/worksheets/sheet1.xml"]!;
    const formula = /<formula1>"([^"]*)"<\/formula1>/.exec(sheet)![1]!;
    expect(formula.length + 2).toBeLessThanOrEqual(255);
    const items = formula.split(",");
    expect(items).toEqual(values.slice(0, items.length).map(String));
  });

  it("declares custom number formats", () => {
    const files = unzipText(
      writeWorkbook([{ name: "S", rows: [[{ value: 0.5, style: { numberFormat: "0.000" } }]] }]),
    );
    expect(files["xl/styles.xml"]).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>',
    );
  });

  it("writes the two conditional formats as expression rules with dxf styles", () => {
    const files = unzipText(writeWorkbook([templateSheet(sampleTemplate())]));
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    expect(sheet).toContain(
      '<conditionalFormatting sqref="D5:D8"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(D5&gt;0,F5="",G5="")</formula>',
    );
    expect(sheet).toContain('<cfRule type="expression" dxfId="1" priority="2"><formula>D5&gt;C5</formula>');
    expect(files["xl/styles.xml"]).toContain('<dxfs count="2">');
  });

  it("freezes the header rows and repeats them on printed pages", () => {
    const files = unzipText(writeWorkbook([templateSheet(sampleTemplate())]));
    expect(files["xl/worksheets/sheet1.xml"]).toContain(
      '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>',
    );
    expect(files["xl/workbook.xml"]).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Tự chấm điểm'!$2:$2</definedName>`,
    );
  });

  it("links to cells in other sheets and shows neutralised text with a quote prefix", () => {
    const bytes = writeWorkbook([blockSheet(sampleRanking())]);
    const files = unzipText(bytes);
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    expect(sheet).toContain(`<hyperlink ref="B3" location="'Tự chấm điểm'!D10" display="Sở Tư pháp"/>`);
    expect(sheet).toMatch(/<c r="B4" s="(\d+)" t="inlineStr"><is><t xml:space="preserve">=Sở Nội vụ<\/t>/);
    const s = Number(/<c r="B4" s="(\d+)"/.exec(sheet)![1]);
    const cellXfs = files["xl/styles.xml"]!.split("<cellXfs")[1]!;
    expect([...cellXfs.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)][s]![0]).toContain('quotePrefix="1"');
    expect(read(bytes).grids[0]!.values[3]![1]).toBe("=Sở Nội vụ");
  });

  it("links into another workbook through an external relationship when asked", () => {
    const files = unzipText(
      writeWorkbook([blockSheet(sampleRanking(), { linkWorkbook: "../Sở Tư pháp #1.xlsx" })]),
    );
    expect(files["xl/worksheets/_rels/sheet1.xml.rels"]).toContain(
      'Target="../S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p%20%231.xlsx" TargetMode="External"',
    );
    const rid = /Relationship Id="(rId\d+)" Type="[^"]*\/hyperlink"/.exec(
      files["xl/worksheets/_rels/sheet1.xml.rels"]!,
    )![1];
    expect(files["xl/worksheets/sheet1.xml"]).toContain(
      `<hyperlink ref="B3" r:id="${rid}" location="'Tự chấm điểm'!D10"`,
    );
  });

  it("writes a bar chart with references and cached points", () => {
    const files = unzipText(
      writeWorkbook([
        blockSheet(sampleRanking(), {
          chart: {
            title: "Chỉ số CCHC theo đơn vị (%)",
            categoriesCol: 1,
            valuesCol: 3,
            fromRow: 2,
            toRow: 5,
          },
        }),
      ]),
    );
    const chart = files["xl/charts/chart1.xml"]!;
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain("<c:f>'Xếp hạng - Sở'!$B$3:$B$6</c:f>");
    expect(chart).toContain("<c:f>'Xếp hạng - Sở'!$D$3:$D$6</c:f>");
    expect(chart).toContain('<c:pt idx="3"><c:v>70.13</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="1"><c:v>=Sở Nội vụ</c:v></c:pt>');
    expect(chart).toContain("Chỉ số CCHC theo đơn vị (%)");
  });

  it("fixes and deduplicates sheet names, and points links at the fixed names", () => {
    expect(uniqueSheetNames(["Kết quả", "kết quả", "a/b:c", "", "x".repeat(40)])).toEqual([
      "Kết quả",
      "kết quả (2)",
      "a-b-c",
      "Sheet",
      "x".repeat(31),
    ]);
    const target = { name: "Tổng hợp [2025]", rows: [[{ value: 1 }]] };
    const linking = {
      name: "Links",
      rows: [[{ value: "đi" }]],
      hyperlinks: [{ row: 0, col: 0, sheet: "Tổng hợp [2025]", cell: "A1" }],
    };
    const files = unzipText(writeWorkbook([target, linking]));
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Tổng hợp -2025-"');
    expect(files["xl/worksheets/sheet2.xml"]).toContain(`location="'Tổng hợp -2025-'!A1"`);
  });

  it("writes numbers, booleans, non-finite numbers and hidden rows", () => {
    const bytes = writeWorkbook([
      {
        name: "S",
        rows: [[{ value: 7.5 }, { value: true }, { value: Number.NaN }], [], [{ value: 1e-7 }]],
        hiddenRows: [1],
      },
    ]);
    const g = read(bytes).grids[0]!;
    expect(g.values[0]).toEqual([7.5, true, "#NUM!"]);
    expect(g.values[2]).toEqual([1e-7]);
    expect(g.hiddenRows).toEqual([1]);
  });

  it("writes an empty workbook as one empty sheet", () => {
    const r = read(writeWorkbook([]));
    expect(r.sheetNames).toEqual(["Sheet1"]);
  });

  it("round-trips any text through SheetJS, minus the characters XML forbids", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 40 }), { minLength: 1, maxLength: 8 }),
        (texts) => {
          const bytes = writeWorkbook([{ name: "T", rows: texts.map((t) => [{ value: t }]) }]);
          const g = read(bytes).grids[0]!;
          texts.forEach((t, i) => {
            const want = stripForbidden(t);
            expect(g.values[i]?.[0] ?? "").toBe(want);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is byte-identical for the same input and creation time", () => {
    const created = new Date("2025-12-01T00:00:00Z");
    const a = writeWorkbook([templateSheet(sampleTemplate())], { created });
    const b = writeWorkbook([templateSheet(sampleTemplate())], { created });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("line chart", () => {
  it("writes one series per row over the year cells, with caches and gaps", () => {
    const files = unzipText(
      writeWorkbook([
        blockSheet({
          name: "Biểu đồ - Sở",
          rows: [
            ["Tiêu đề"],
            ["Đơn vị", "2023", "2024", "2025"],
            ["Sở A", 70, 75.5, 90],
            ["'=Sở B", 80, null, 66],
          ],
          headerRows: [1],
          columnWidths: [30, 9, 9, 9],
          numberColumns: [1, 2, 3],
          links: [],
          lineChart: {
            title: "Chỉ số CCHC qua các năm (%)",
            categoriesRow: 1,
            fromCol: 1,
            toCol: 3,
            categories: ["2023", "2024", "2025"],
            nameCol: 0,
            series: [
              { row: 2, name: "Sở A", values: [70, 75.5, 90] },
              { row: 3, name: "'=Sở B", values: [80, null, 66] },
            ],
            axisMin: 60,
            axisMax: 100,
          },
        }),
      ]),
    );
    const chart = files["xl/charts/chart1.xml"]!;
    expect(chart).toContain("<c:lineChart>");
    expect(chart).not.toContain("<c:barChart>");
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    expect(chart).toContain("<c:f>'Biểu đồ - Sở'!$B$2:$D$2</c:f>");
    expect(chart).toContain("<c:f>'Biểu đồ - Sở'!$B$3:$D$3</c:f>");
    expect(chart).toContain("<c:f>'Biểu đồ - Sở'!$A$4</c:f>");
    // The neutralised name shows as typed in the cache; the missing 2024 point is absent (a gap).
    expect(chart).toContain("<c:v>=Sở B</c:v>");
    const second = chart.slice(chart.lastIndexOf("<c:ser>"));
    expect(second).toContain(
      '<c:ptCount val="3"/><c:pt idx="0"><c:v>80</c:v></c:pt><c:pt idx="2"><c:v>66</c:v></c:pt>',
    );
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
    expect(chart).toContain('<c:max val="100"/><c:min val="60"/>');
    expect(chart).toContain('<c:legend><c:legendPos val="r"/>');
    expect(files["[Content_Types].xml"]).toContain("/xl/charts/chart1.xml");
    expect(files["xl/worksheets/sheet1.xml"]).toContain('<drawing r:id="rId1"/>');
  });
});
