/**
 * A core block whose body rows are made while its part is written (StreamedSheetBlock, the ranking
 * workbook's large sheets): byte for byte the block held whole, and its rows made only as the
 * writer takes them.
 */
import {
  CLASSIFICATION_PRESETS,
  heldBlock,
  rankUnits,
  rankingSheetPlan,
  type NodeTotals,
  type StreamedSheetBlock,
  type UnitResult,
} from "@cchc/scoring-core";
import {
  blockSheet,
  writeWorkbook,
  writeWorkbookTo,
  type DeferredSheet,
  type XlsxSheet,
} from "@cchc/xlsx-grid";
import { nativeDeflate as native } from "../../src/output/workbooks";
import { unzipText } from "./fixtures";

const nativeDeflate = native!;
const created = new Date("2025-12-01T00:00:00Z");

function leaf(code: string, level: NodeTotals["level"], max: number, final: number, na = false): NodeTotals {
  return {
    code,
    title: `Tiêu chí ${code} & <mục>`,
    level,
    section: "main",
    row: null,
    max,
    applicableMax: na ? 0 : max,
    self: final,
    appraised: final,
    survey: 0,
    final,
    notApplicable: na,
    surveyScored: false,
    hasAppraisal: final > 8,
  };
}

function unit(i: number): UnitResult {
  const index = 60 + ((i * 37) % 40);
  const k = index / 100;
  return {
    // Some names long enough to wrap (row heights), one a formula-looking text.
    unit:
      i % 7 === 0 ? `=UBND xã số ${i} của một huyện có tên rất dài, dài hơn cột nhiều lần` : `Đơn vị ${i}`,
    group: i % 3 === 0 ? "UBND xã, phường" : "Sở, ban, ngành",
    unitType: i % 3 === 0 ? "commune" : "department",
    file: `don-vi-${i}.xlsx`,
    totals: {
      max: 100,
      applicableMax: 100,
      selfMax: 100,
      surveyMax: 0,
      self: index,
      appraised: index,
      survey: 0,
      bonus: 0,
      penalty: 0,
      final: index,
      index,
      appraisalRound: 0,
      basis: "self",
      surveyGiven: false,
    },
    nodes: [
      leaf("1", "field", 10, 10 * k),
      leaf("1.1", "criterion", 4, 4 * k),
      leaf("1.2", "criterion", 6, 6 * k),
      leaf("2", "field", 12, 12 * k),
      leaf("2.1", "criterion", 12, 12 * k, i % 5 === 0),
    ],
    errors: i % 4,
    warnings: 1,
  };
}

describe("streamed blocks", () => {
  const units = Array.from({ length: 40 }, (_, i) => unit(i));
  const ranking = rankUnits(units, { classification: CLASSIFICATION_PRESETS["national"]!, failed: [] });
  const options = { units, issueCodes: new Map([["Đơn vị 1", { "evidence-missing": 3 }]]) };

  it("writes the ranking workbook's sheets streamed byte for byte as held", () => {
    const plan = rankingSheetPlan(ranking, "vi", options);
    const held = plan.map((p) => blockSheet(p.make()));
    const streamed: (XlsxSheet | DeferredSheet)[] = plan.map((p) =>
      p.ready
        ? blockSheet(p.ready, { stream: true })
        : { name: p.name, make: () => blockSheet(p.stream(), { stream: true }) },
    );
    expect(plan.filter((p) => "body" in p.stream())).toHaveLength(7);
    for (const deflate of [undefined, nativeDeflate]) {
      const o = { created, ...(deflate ? { deflate } : {}) };
      const want = writeWorkbook(held, o);
      expect(Buffer.from(writeWorkbook(streamed, o)).equals(Buffer.from(want))).toBe(true);
    }
    const files = unzipText(writeWorkbook(streamed, { created }));
    // Wrapped long names made taller rows, in a streamed body too; the sheet keeps its dimension.
    expect(files["xl/worksheets/sheet1.xml"]).toMatch(/<row r="\d+" ht="[\d.]+" customHeight="1">/);
    expect(files["xl/worksheets/sheet1.xml"]).toContain("<dimension ");
  });

  it("takes a streamed block's rows whole when not streaming, or when it has links", () => {
    const block = rankingSheetPlan(ranking, "vi", options)[0]!.stream() as StreamedSheetBlock;
    const want = writeWorkbook([blockSheet(heldBlock(block))], { created });
    expect(blockSheet(block).rows).toHaveLength(block.rows.length + block.body.count);
    expect(Buffer.from(writeWorkbook([blockSheet(block)], { created })).equals(Buffer.from(want))).toBe(true);
    const linked = { ...block, links: [{ row: 0, col: 0, sheet: "X", cell: "A1" }] };
    const sheet = blockSheet(linked, { stream: true });
    expect(sheet.rowStream).toBeUndefined();
    expect(sheet.rows).toHaveLength(block.rows.length + block.body.count);
  });

  it("makes the body rows only as the writer takes them, the zip going out meanwhile", () => {
    const count = 3000;
    let made = 0;
    const outAt: number[] = [];
    const pieces: Uint8Array[] = [];
    const block: StreamedSheetBlock = {
      name: "Lớn",
      rows: [["STT", "Đơn vị"]],
      headerRows: [0],
      columnWidths: [5, 30],
      numberColumns: [0],
      links: [],
      wrapColumns: [1],
      body: {
        count,
        width: 2,
        rows: function* () {
          for (let i = 0; i < count; i++) {
            made++;
            if (i === 0 || i === count - 1) outAt.push(pieces.reduce((n, p) => n + p.length, 0));
            yield [i + 1, `Ủy ban nhân dân xã số ${i} `.repeat(4)];
          }
        },
      },
    };
    const sheet = blockSheet(block, { stream: true });
    expect(made).toBe(0);
    expect(sheet.extent).toEqual({ rows: count + 1, cols: 2 });
    writeWorkbookTo([sheet], (p) => pieces.push(p), { created, deflate: nativeDeflate });
    expect(made).toBe(count);
    // Pieces of the sheet's part were handed out between its first row and its last.
    expect(outAt[1]!).toBeGreaterThan(outAt[0]!);
  });

  it("writes a row longer than a piece (its encoding buffer grows) and reads it back", () => {
    const cells = Array.from({ length: 30 }, (_, i) => ({
      value: `${i}: ` + "Ủy ban & <xã> 🏛 ".repeat(800),
    }));
    const sheet: XlsxSheet = { name: "Dài", rows: [cells, [{ value: 1 }]] };
    for (const deflate of [undefined, nativeDeflate]) {
      const xml = unzipText(writeWorkbook([sheet], { created, ...(deflate ? { deflate } : {}) }))[
        "xl/worksheets/sheet1.xml"
      ]!;
      // One row's XML is more than a piece (2^18 characters) and, at up to 3 bytes each, more
      // than the buffer the writer encodes pieces into: it grows.
      expect(xml.length).toBeGreaterThan(2 * (1 << 18));
      for (const c of cells)
        expect(xml).toContain(c.value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
      expect(xml).toContain('<row r="2"><c r="A2"><v>1</v></c></row>');
    }
  });
});
