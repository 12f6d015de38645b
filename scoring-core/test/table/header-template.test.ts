/**
 * The header search's template memo (src/table/header-template.ts): whatever grids come in, in
 * whatever order, searchHeader (memo) gives what the search without the memo gives. Grids are a
 * few templates with random edits in the rows the search scans: other unit names and texts in the
 * title rows (words, punctuation only, blank, numbers), header cells changed, rows made longer or
 * shorter or removed, merges added or moved, a forced header row or a column mapping.
 */
import fc from "fast-check";
import type { CellValue, Grid, MergedArea } from "../../src/grid/grid";
import { searchHeader, searchHeaderUncached, type HeaderOptions } from "../../src/table/find-header";
import { cellWords, hasWords } from "../../src/table/header-template";
import { readTable } from "../../src/table/read-table";
import { communeGrid } from "../fixtures/commune-grid";
import { departmentGrid } from "../fixtures/department-grid";
import { benchGrid, benchSetGrid } from "../../bench/grids";

const TEMPLATES: Grid[] = [
  departmentGrid(),
  departmentGrid({ stage: "appraised", columnNumbers: false }),
  departmentGrid({ noCodeColumn: true }),
  communeGrid(),
  benchGrid(1),
  // The product's own template (build-template): one header row, the first field's row below it.
  benchSetGrid(1),
];

const TEXTS: CellValue[] = [
  null,
  "",
  " ",
  "-----",
  "(*)",
  "SỞ Y TẾ",
  "UBND XÃ TÂN LẬP",
  "Điểm",
  "Tối đa",
  "Tự đánh giá",
  "Điểm tự đánh giá",
  "Thẩm định lần 1",
  "STT",
  "Nội dung",
  "Tài liệu kiểm chứng",
  "Ghi chú",
  "(1)",
  "1",
  1,
  2,
  0,
  8.57,
  "Điểm tối đa",
  "Số liệu kê khai",
  "Điểm thẩm định lần 2",
  true,
];

type Edit =
  | { kind: "cell"; row: number; col: number; value: CellValue }
  | { kind: "truncate"; row: number; length: number }
  | { kind: "drop"; row: number }
  | { kind: "copy"; from: number; to: number }
  | { kind: "merge"; merge: MergedArea }
  | { kind: "unmerge"; index: number }
  | { kind: "stretch"; index: number; rows: number; columns: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("cell" as const),
    row: fc.nat(12),
    col: fc.nat(11),
    value: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 6 })),
  }),
  {
    arbitrary: fc.record({ kind: fc.constant("truncate" as const), row: fc.nat(12), length: fc.nat(12) }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("drop" as const), row: fc.nat(12) }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant("copy" as const), from: fc.nat(10), to: fc.nat(10) }),
    weight: 1,
  },
  {
    arbitrary: fc
      .record({ top: fc.nat(10), left: fc.nat(9), height: fc.nat(2), span: fc.nat(3) })
      .map(({ top, left, height, span }) => ({
        kind: "merge" as const,
        merge: { top, left, bottom: top + height, right: left + span },
      })),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("unmerge" as const), index: fc.nat(20) }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("stretch" as const),
      index: fc.nat(20),
      rows: fc.integer({ min: -1, max: 1 }),
      columns: fc.integer({ min: -1, max: 1 }),
    }),
    weight: 2,
  },
);

/** A template with edits applied; rows are copied so the template (and its strings' identity) stays. */
function edited(template: Grid, edits: Edit[], fresh: boolean): Grid {
  // fresh: every text a new string object (as each workbook brings), else the template's own.
  const copy = (v: CellValue) => (fresh && typeof v === "string" ? ` ${v}`.slice(1) : v);
  const values = template.values.map((row) => (Array.isArray(row) ? row.map(copy) : row));
  const merges = [...(template.merges ?? [])];
  for (const e of edits) {
    if (e.kind === "cell") {
      const row = values[e.row];
      if (Array.isArray(row)) row[e.col] = e.value;
    } else if (e.kind === "truncate") {
      const row = values[e.row];
      if (Array.isArray(row)) row.length = e.length;
    } else if (e.kind === "copy") {
      const row = values[e.from];
      values[e.to] = Array.isArray(row) ? [...row] : row!;
    } else if (e.kind === "drop") {
      (values as (CellValue[] | undefined)[])[e.row] = undefined;
    } else if (e.kind === "merge") merges.push(e.merge);
    else if (e.kind === "unmerge") {
      if (merges.length > 0) merges.splice(e.index % merges.length, 1);
    } else if (merges.length > 0) {
      const k = e.index % merges.length;
      const m = merges[k]!;
      merges[k] = { ...m, bottom: m.bottom + e.rows, right: m.right + e.columns };
    }
  }
  return { ...template, values, merges };
}

const sheet = fc.record({
  template: fc.nat(TEMPLATES.length - 1),
  edits: fc.array(edit, { maxLength: 4 }),
  fresh: fc.boolean(),
  options: fc.constantFrom<HeaderOptions>({}, {}, {}, { lastRow: 6 }, { pinned: new Map([[1, "title"]]) }),
});

describe("header search template memo", () => {
  it("gives what the search without the memo gives, sheet after sheet", () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 12 }), (sheets) => {
        for (const s of sheets) {
          const grid = edited(TEMPLATES[s.template]!, s.edits, s.fresh);
          expect(searchHeader(grid, s.options)).toEqual(searchHeaderUncached(grid, s.options));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("replays a template whose title rows name another unit, and not one whose header differs", () => {
    const a = benchGrid(1);
    const b = benchGrid(2); // "SỞ SỐ 2" in the title rows
    const first = searchHeader(a);
    expect(first.found).not.toBeNull();
    expect(searchHeader(b)).toBe(first);
    // The header's "Tối đa" renamed: the header rows are read whole, so the search runs again.
    const renamed = edited(b, [{ kind: "cell", row: 5, col: 3, value: "Điểm chuẩn" }], false);
    const again = searchHeader(renamed);
    expect(again).not.toBe(first);
    expect(again).toEqual(searchHeaderUncached(renamed));
    // A title row turned into a second header-like row: its words now count, the search runs again.
    const worded = edited(b, [{ kind: "cell", row: 1, col: 3, value: "Tối đa" }], false);
    expect(searchHeader(worded)).toEqual(searchHeaderUncached(worded));
  });

  it("searches again when title rows take words, or merges change", () => {
    const a = benchGrid(1);
    const first = searchHeader(a);
    // The header's two rows copied over title rows 1 and 2: the search finds them there.
    const moved = edited(
      a,
      [
        { kind: "copy", from: 4, to: 1 },
        { kind: "copy", from: 5, to: 2 },
      ],
      false,
    );
    const uncached = searchHeaderUncached(moved);
    expect(uncached.found?.rows).toEqual([1, 2]);
    expect(searchHeader(moved)).toEqual(uncached);
    // The group "Điểm" no longer merged over its four columns.
    const unmerged: Grid = { ...a, merges: (a.merges ?? []).filter((m) => m.right === m.left) };
    const plain = searchHeaderUncached(unmerged);
    expect(plain).not.toEqual(first);
    expect(searchHeader(unmerged)).toEqual(plain);
  });

  it("asks again whether a row above the header has text", () => {
    // "Tối đa" and "Tự đánh giá" merged down over row 1: read as upper cells of a two-row header
    // only when row 1 has text (even a space, which has no words).
    const grid = (row1: CellValue[]): Grid => ({
      sheet: "S",
      values: [[null, null, "Điểm", "Tự đánh giá"], row1, ["STT", "Nội dung", "Tối đa", null]],
      merges: [
        { top: 0, left: 2, bottom: 1, right: 2 },
        { top: 0, left: 3, bottom: 1, right: 3 },
      ],
    });
    const blank = grid([null, null, null, null]);
    const spaced = grid([null, " ", null, null]);
    expect(searchHeader(blank).found?.rows).toEqual([2]);
    expect(searchHeader(spaced).found?.rows).toEqual([1, 2]);
    expect(searchHeader(spaced)).toEqual(searchHeaderUncached(spaced));
  });

  it("replays a one-row header whose first body row differs, re-reading only that row", () => {
    // benchSetGrid's tables: the first field's row under the header holds the unit's own sums.
    const a = benchSetGrid(1);
    const b = benchSetGrid(2);
    expect(a.values[7]).not.toEqual(b.values[7]);
    const first = searchHeader(a);
    expect(first.found?.rows).toEqual([6]);
    expect(searchHeader(b)).toBe(first);
  });

  it("searches again when a row below the header now reads as a better header", () => {
    // Weight 10 < FULL: the search evaluates every row, and row 1 is read (texts) below the result.
    const grid = (row1: CellValue[], max = "Tối đa"): Grid => ({
      sheet: "S",
      values: [["STT", "Nội dung", max, "Tự đánh giá", null], row1, [null, null, null, null, null]],
    });
    const first = searchHeader(grid(["1", "Tiêu chí", 5, 3, "abc"]));
    expect(first.found?.rows).toEqual([0]);
    // Same cells with words, other words: the memo's yes/no answers hold, the readings do not.
    const better = grid(["STT", "Nội dung", "Tối đa", "Tự đánh giá", "Tài liệu kiểm chứng"]);
    const uncached = searchHeaderUncached(better);
    expect(uncached.found?.rows).toEqual([1]);
    expect(searchHeader(better)).toEqual(uncached);
    // Other numbers below: replayed.
    expect(searchHeader(grid(["1", "Tiêu chí", 7, 2, "abc"]))).toBe(
      searchHeader(grid(["1", "Tiêu chí", 5, 3, "abc"])),
    );
    // The header's own texts stay compared whole: a renamed maximum (same role) is searched again.
    const renamed = grid(["1", "Tiêu chí", 5, 3, "abc"], "Điểm tối đa");
    const own = searchHeaderUncached(renamed);
    expect(own.found?.columns.get("max")?.header).toBe("Điểm tối đa");
    expect(searchHeader(renamed)).toEqual(own);
  });

  it("replays a title row naming the unit beside another text, unless it now reads as a header", () => {
    // Row 0 has two worded cells: the search evaluates it as a header (texts read), above the result.
    const grid = (row0: CellValue[]): Grid => ({
      sheet: "S",
      values: [
        row0,
        ["STT", "Nội dung", "Tối đa", "Tự đánh giá", "Tài liệu kiểm chứng"],
        ["1", "Tiêu chí", 5, 3, "x"],
      ],
    });
    const first = searchHeader(grid(["SỞ NỘI VỤ", "a", "Độc lập", "Tự do", "Hạnh phúc"]));
    expect(first.found?.rows).toEqual([1]);
    expect(searchHeader(grid(["SỞ TÀI CHÍNH", "b", "Độc lập", "Tự do", "Hạnh phúc"]))).toBe(first);
    // The same cells worded, now a header as complete as row 1's: the first of equal weights wins.
    const header = grid(["STT", "Nội dung", "Tối đa", "Tự đánh giá", "Tài liệu kiểm chứng"]);
    const uncached = searchHeaderUncached(header);
    expect(uncached.found?.rows).toEqual([0]);
    expect(searchHeader(header)).toEqual(uncached);
  });

  it("compares whole the row a header's group cell is merged down from", () => {
    // The header is rows 1–2; its group "Điểm" is merged from row 0 over row 1, columns 3–4.
    const grid = (group: string): Grid => ({
      sheet: "S",
      values: [
        ["SỞ NỘI VỤ", "x", null, group, null],
        ["STT", "Nội dung", "Cách tính điểm", null, null],
        [null, null, null, "Tối đa", "Tự đánh giá"],
        ["1", "Tiêu chí", "x", 5, 3],
      ],
      merges: [
        { top: 0, left: 3, bottom: 1, right: 4 },
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
      ],
    });
    const first = searchHeader(grid("Điểm"));
    expect(first.found?.rows).toEqual([1, 2]);
    expect(first.found?.columns.get("max")?.header).toBe("Điểm / Tối đa");
    // Another group text, the same roles: the result's texts change, so the search runs again.
    const other = grid("Điểm số");
    const uncached = searchHeaderUncached(other);
    expect(uncached.found?.columns.get("max")?.header).toBe("Điểm số / Tối đa");
    expect(searchHeader(other)).toEqual(uncached);
  });

  it("reads tables as before when sheets share a template", () => {
    const tables = [1, 2, 3].map((i) => readTable(benchGrid(i)));
    for (const t of tables) expect(t.ok).toBe(true);
    const again = readTable(benchGrid(2));
    expect(JSON.stringify(again)).toBe(JSON.stringify(tables[1]));
  });
});

describe("hasWords", () => {
  it("says whether a cell has folded words, as cellWords does", () => {
    const piece = fc.oneof(
      fc.constantFrom("SỞ", "Đ", "ư", "%", "-", " ", "(*)", "\u0301", "Ω", "中", "…", "1", "x".repeat(120)),
      fc.string({ maxLength: 3, unit: "grapheme" }),
    );
    const cell = fc.oneof(
      fc.array(piece, { maxLength: 6 }).map((xs) => xs.join("")),
      fc.double(),
      fc.constantFrom<CellValue>(null, true, false),
    );
    fc.assert(
      fc.property(cell, (v) => {
        expect(hasWords(v)).toBe(cellWords(v) !== "");
      }),
      { numRuns: 2000 },
    );
  });
});
