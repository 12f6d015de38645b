/**
 * The writer's streaming: a sheet whose rows are made while it is written (the ranking's year
 * record), parts deflated piece by piece by Node's zlib (each piece ending on a sync flush) or by
 * fflate. Both read back to the same grids, through either inflater, as the same rows held whole.
 */
import { inflateRawSync } from "node:zlib";
import * as XLSX from "@e965/xlsx";
import {
  readWorkbookGrids,
  writeWorkbook,
  writeWorkbookTo,
  type DeferredSheet,
  type XlsxCell,
  type XlsxSheet,
} from "@cchc/xlsx-grid";
import { readYearRecord, yearRecordRows, type YearRecord } from "@cchc/scoring-core";
import { nativeDeflate as native } from "../../src/output/workbooks";
import { sampleRanking, unzipText } from "./fixtures";
import { blockSheet } from "@cchc/xlsx-grid";

/** Node here is ≥ 20.15: zlib.crc32 is there. */
const nativeDeflate = native!;

const created = new Date("2025-12-01T00:00:00Z");

/** 24 rows of 12,000 characters (Vietnamese, "&", "<"): more than one 256K-character piece. */
function bigRows(): XlsxCell[][] {
  return Array.from({ length: 24 }, (_, i) => [
    { value: `j:${i} ` + "Ủy ban nhân dân & <xã> số ".repeat(500).slice(0, 12_000) },
    { value: i },
  ]);
}

function grids(bytes: Uint8Array, inflate: boolean) {
  const r = readWorkbookGrids(
    bytes,
    XLSX,
    inflate ? { inflateRaw: (d, max) => inflateRawSync(d, { maxOutputLength: max }) } : {},
  );
  if (!r.ok) throw new Error(r.message.en);
  return r.grids;
}

describe("streamed parts", () => {
  const held: XlsxSheet[] = [blockSheet(sampleRanking()), { name: "Lớn", rows: bigRows() }];
  const streamed: XlsxSheet[] = [
    blockSheet(sampleRanking()),
    { name: "Lớn", rows: [], rowStream: () => bigRows() },
  ];

  it("reads back the same, streamed or held, natively deflated or not, through either inflater", () => {
    const want = grids(writeWorkbook(held, { created }), false);
    for (const deflate of [undefined, nativeDeflate])
      for (const inflate of [false, true]) {
        const bytes = writeWorkbook(streamed, { created, ...(deflate ? { deflate } : {}) });
        expect(grids(bytes, inflate)).toEqual(want);
      }
    expect(want[1]!.values).toHaveLength(24);
  });

  it("hands the zip out piece by piece as it is made: the same bytes, nothing queued", () => {
    for (const deflate of [undefined, nativeDeflate]) {
      const options = { created, ...(deflate ? { deflate } : {}) };
      const pieces: Uint8Array[] = [];
      let outBeforeLastSheet = -1;
      const sheets: XlsxSheet[] = [
        blockSheet(sampleRanking()),
        {
          name: "Lớn",
          rows: [],
          rowStream: function* () {
            outBeforeLastSheet = pieces.reduce((n, p) => n + p.length, 0);
            yield* bigRows();
          },
        },
      ];
      writeWorkbookTo(sheets, (p) => pieces.push(p), options);
      expect(Buffer.concat(pieces).equals(Buffer.from(writeWorkbook(sheets, options)))).toBe(true);
      // [Content_Types].xml (the first entry) is whole from the start, so the first sheet's part
      // has gone out before the last sheet is made: it did not queue behind the first entry.
      const first = unzipText(Buffer.concat(pieces));
      expect(outBeforeLastSheet).toBeGreaterThan(first["xl/worksheets/sheet1.xml"]!.length / 20);
      expect(first["[Content_Types].xml"]).toContain("/xl/worksheets/sheet2.xml");
    }
  });

  it("makes a deferred sheet only at its turn, into the same bytes as one made up front", () => {
    const second = { ...sampleRanking(), name: "Sau" };
    const eager = [blockSheet(sampleRanking(), { stream: true }), blockSheet(second, { stream: true })];
    for (const deflate of [undefined, nativeDeflate]) {
      const options = { created, ...(deflate ? { deflate } : {}) };
      const pieces: Uint8Array[] = [];
      let outWhenMade = -1;
      const deferred: (XlsxSheet | DeferredSheet)[] = [
        eager[0]!,
        {
          name: "Sau",
          make: () => {
            outWhenMade = pieces.reduce((n, p) => n + p.length, 0);
            return blockSheet(second, { stream: true });
          },
        },
      ];
      writeWorkbookTo(deferred, (p) => pieces.push(p), options);
      expect(Buffer.concat(pieces).equals(Buffer.from(writeWorkbook(eager, options)))).toBe(true);
      // Made once the parts before it had gone out, not while the package was being planned.
      expect(outWhenMade).toBeGreaterThan(0);
    }
  });

  it("refuses a deferred sheet made other than promised (name, chart or state)", () => {
    const wrong: DeferredSheet[] = [
      { name: "A", make: () => ({ name: "B", rows: [] }) },
      { name: "A", make: () => ({ name: "A", rows: [], state: "hidden" }) },
    ];
    for (const sheet of wrong) expect(() => writeWorkbook([sheet])).toThrow(/deferred sheet "A"/);
  });

  it("leaves the dimension out of a streamed sheet only, and is byte-identical run to run", () => {
    const a = writeWorkbook(streamed, { created, deflate: nativeDeflate });
    const b = writeWorkbook(streamed, { created, deflate: nativeDeflate });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const files = unzipText(a);
    expect(files["xl/worksheets/sheet1.xml"]).toContain("<dimension ");
    expect(files["xl/worksheets/sheet2.xml"]).not.toContain("<dimension");
    expect(Object.keys(files)[0]).toBe("[Content_Types].xml");
  });

  it("writes a block's cells made while written (stream: true) byte for byte as held ones", () => {
    const block = { ...sampleRanking(), links: [] };
    // A block with links keeps its rows: a link shows its cell's text.
    const linked = { ...sampleRanking(), name: "Liên kết" };
    const held = writeWorkbook([blockSheet(block), blockSheet(linked)], { created, deflate: nativeDeflate });
    const sheets = [blockSheet(block, { stream: true }), blockSheet(linked, { stream: true })];
    expect(sheets[0]!.rows).toEqual([]);
    expect(sheets[0]!.extent).toEqual({ rows: block.rows.length, cols: 4 });
    expect(sheets[1]!.rowStream).toBeUndefined();
    const streamed = writeWorkbook(sheets, { created, deflate: nativeDeflate });
    expect(Buffer.from(streamed).equals(Buffer.from(held))).toBe(true);
    expect(unzipText(streamed)["xl/worksheets/sheet1.xml"]).toContain('<dimension ref="A1:D6"/>');
  });

  it("carries a year record through the streamed sheet", () => {
    const units = Array.from({ length: 300 }, (_, i) => ({
      unit: `UBND xã số ${i} 🏛`,
      group: "UBND xã, phường",
      unitType: "commune",
      rank: i + 1,
      index: 80 - i / 10,
      classification: "Tốt",
      self: 80,
      appraised: null,
      survey: null,
      final: 80 - i / 10,
      max: 100,
      errors: 0,
      warnings: 1,
      issueCodes: { "evidence-missing": 2 },
      fields: [{ code: "1", title: "Công tác chỉ đạo, điều hành CCHC", points: 8.5, max: 10 }],
      leaves: [],
    }));
    const record: YearRecord = {
      kind: "cchc-year-results",
      version: 1,
      year: 2025,
      province: "Tỉnh Mẫu",
      criteriaSetIds: ["a"],
      units,
    };
    const rows = yearRecordRows(record);
    const sheet: XlsxSheet = {
      name: "R",
      rows: [],
      rowStream: () => rows.map((r) => r.map((value) => ({ value }))),
    };
    const g = grids(writeWorkbook([sheet], { created, deflate: nativeDeflate }), true)[0]!;
    expect(g.values.length).toBeGreaterThan(3);
    expect(readYearRecord(g)).toEqual({ ok: true, record });
  });
});
