import fc from "fast-check";
import type { CellValue, Grid } from "../../src/grid/grid";
import { readTable } from "../../src/table/read-table";
import { rankCandidateSheets } from "../../src/table/detect-sheet";
import { departmentFixture } from "../fixtures/department-grid";

const WORDS = [
  "STT",
  "TT",
  "Nội dung",
  "Điểm",
  "Tối đa",
  "Điểm tối đa",
  "Tự chấm",
  "Điểm tự đánh giá",
  "Thẩm định lần 1",
  "Tài liệu kiểm chứng",
  "Giải trình",
  "Tổng cộng",
  "I",
  "II",
  "1",
  "1.1",
  "1.1.1",
  "2.3.1",
  "a)",
  "-",
  "+ Có: 1 điểm",
  "7,5",
  "#REF!",
  "Không áp dụng",
  "Điểm thưởng, điểm trừ",
  "Điểm trừ",
  "SỞ TƯ PHÁP",
  "năm 2025",
  "Céng hoµ x· héi",
  "Thực hiện".normalize("NFD"),
  "",
  " ",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -5, max: 20 }),
  fc.boolean(),
  fc.constant(null),
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 40 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: -2, max: 40 }),
        left: fc.integer({ min: -2, max: 10 }),
        h: fc.integer({ min: -1, max: 4 }),
        w: fc.integer({ min: -1, max: 5 }),
      }),
      { maxLength: 6 },
    ),
    hiddenRows: fc.array(fc.integer({ min: -1, max: 45 }), { maxLength: 4 }),
    origin: fc.option(fc.record({ row: fc.nat(50), col: fc.nat(30) }), { nil: undefined }),
  })
  .map(({ values, merges, hiddenRows, origin }) => ({
    sheet: "Ngẫu nhiên",
    values,
    merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
    hiddenRows,
    ...(origin ? { origin } : {}),
  }));

describe("the reader never throws", () => {
  it("on random grids, merges, hidden rows and origins (property)", () => {
    fc.assert(
      fc.property(grid, fc.option(fc.integer({ min: -3, max: 45 }), { nil: undefined }), (g, headerRow) => {
        const r = readTable(g, { headerRow });
        expect(typeof r.ok).toBe("boolean");
        if (!r.ok) expect(r.issues.some((i) => i.severity === "error")).toBe(true);
        const ranked = rankCandidateSheets([g]);
        expect(ranked[0]!.score).toBeGreaterThanOrEqual(0);
        expect(ranked[0]!.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it("on a real header followed by random rows (property)", () => {
    const head = departmentFixture().grid.values.slice(0, 9);
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 60 }), (rows) => {
        const r = readTable({ sheet: "s", values: [...head, ...rows] });
        if (r.ok) expect(r.table.headerRows).toEqual([7, 8]);
        else expect(r.issues.map((i) => i.code)).toContain("table-empty");
      }),
      { numRuns: 200 },
    );
  });

  it("on degenerate grids", () => {
    const odd = [
      { sheet: "", values: [] },
      { sheet: "s", values: [[]] },
      { sheet: "s", values: [[null, null], [], [null]] },
      { sheet: "s", values: [[true, false, 1e300, -0, Number.NaN]] },
      {
        sheet: "s",
        values: [["STT", "Nội dung", "Điểm tối đa", "Tự chấm"], [true, 12, "x", false], [1.5, null], []],
      },
      {
        sheet: "s",
        values: [["STT", "Nội dung", "Điểm tối đa", "Tự chấm"]],
        merges: [{ top: 0, left: 0, bottom: 1e6, right: 1e6 }],
      },
      {
        sheet: "s",
        values: [
          ["STT", "Nội dung", "Điểm tối đa", "Tự chấm"],
          ["1", "A", 1, 1],
        ],
        formulas: [[], [null, null, "=1", 5 as unknown as string]],
      },
      {
        sheet: "s",
        values: [
          ["STT", "Nội dung", "Điểm tối đa", "Tự chấm"],
          ["1", "x".repeat(100_000), 1, 1],
        ],
      },
    ] as Grid[];
    for (const g of odd) expect(() => readTable(g)).not.toThrow();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a host bug handing over a non-array
    expect(() => readTable({ sheet: "s", values: [null, "row", 5] as any })).not.toThrow();
  });

  it("reads a 100 000-row sheet", () => {
    const values: CellValue[][] = [["STT", "Nội dung", "Điểm tối đa", "Tự chấm"]];
    for (let f = 1; f <= 100; f++) {
      values.push([String(f), `Lĩnh vực ${f}`, 999, 999]);
      for (let c = 1; c <= 999; c++) values.push([`${f}.${c}`, `Tiêu chí ${f}.${c}`, 1, "0,5"]);
    }
    const r = readTable({ sheet: "lớn", values }, { issueLimit: 10 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.table.fields).toHaveLength(100);
      expect(r.table.fields[99]!.children).toHaveLength(999);
      expect(r.table.lastRow).toBe(100_001);
    }
  });
});
