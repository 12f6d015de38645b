/** Properties of the pure helpers behind the port and the service (fast-check). */
import fc from "fast-check";
import { parseA1, type ValidationReport } from "@cchc/scoring-core";
import { formulaRow, planRowChunks, parseMergedAddress, toGrid } from "../../src/host/read-plan";
import { blockMatrix } from "../../src/host/render";
import { candidateName, markRuns, planToolSheets, type ToolSheetRegistry } from "@cchc/scoring-core/workflow";
import type { SheetInfo } from "../../src/host/port";

describe("planRowChunks", () => {
  it("covers every row once, in order, each block within the budget", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 200_000, max: 5_000_000 }),
        (rows, cols, budget) => {
          const chunks = planRowChunks(rows, cols, budget);
          // Plain checks in the loop: an expect per block would dominate the run time.
          let next = 0;
          let ok = true;
          for (const [start, end] of chunks) {
            ok &&=
              start === next && end >= start && (end - start <= 1 || (end - start) * cols * 48 <= budget);
            next = end;
          }
          expect(ok).toBe(true);
          expect(next).toBe(rows);
        },
      ),
    );
  });

  it("reads an ordinary 5 000-row scoring sheet in one block", () => {
    expect(planRowChunks(5000, 12)).toHaveLength(1);
  });
});

describe("toGrid's formula rows", () => {
  // Office.js `range.formulas` holds a formula or the cell's value for every cell.
  const cell = fc.oneof(
    fc.constant(""),
    fc.constantFrom("=SUM(D5:D9)", "=D5", "= 1", "SUM(D5)", "text", "'=x"),
    fc.double({ noNaN: true }),
    fc.boolean(),
  );
  const matrix = fc
    .integer({ min: 1, max: 6 })
    .chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 10 }));

  it("gives null for a row without a formula, else the full row with null where a cell holds a value", () => {
    fc.assert(
      fc.property(matrix, (rows) => {
        const values = rows.map((r) => r.map(() => ""));
        const grid = toGrid("S", values, rows, { row: 0, col: 0 }, undefined);
        const isFormula = (f: unknown) => typeof f === "string" && f.startsWith("=");
        expect(grid.formulas).toEqual(
          rows.map((r) => (r.some(isFormula) ? r.map((f) => (isFormula(f) ? f : null)) : null)),
        );
      }),
    );
  });

  it("keeps a formula row as wide as the range", () => {
    expect(formulaRow(["", 1, "=A1", "x"])).toEqual([null, null, "=A1", null]);
    expect(formulaRow(["", 1, "x", true])).toBeNull();
    expect(formulaRow([])).toBeNull();
  });
});

describe("parseMergedAddress", () => {
  it("reads quoted, sheet-qualified areas relative to the grid origin", () => {
    expect(parseMergedAddress("'Tự chấm 2025'!A5:B6,'Tự chấm 2025'!$D$7", { row: 2, col: 0 })).toEqual([
      { top: 2, left: 0, bottom: 3, right: 1 },
      { top: 4, left: 3, bottom: 4, right: 3 },
    ]);
  });
});

const issueArb = fc.record({
  col: fc.integer({ min: 0, max: 6 }),
  row: fc.integer({ min: 0, max: 60 }),
  severity: fc.constantFrom("error", "warning", "info"),
  sheet: fc.constantFrom("A", "B"),
});

function reportOf(issues: { col: number; row: number; severity: string; sheet: string }[]): ValidationReport {
  return {
    sheet: "A",
    issues: issues.map((i) => ({
      cell: `${String.fromCharCode(65 + i.col)}${i.row + 1}`,
      severity: i.severity,
      sheet: i.sheet,
    })),
  } as unknown as ValidationReport;
}

describe("markRuns", () => {
  it("marks exactly the cells of errors and warnings, each once", () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 80 }), (issues) => {
        const { marks, cells } = markRuns(reportOf(issues));
        const want = new Set(
          issues.filter((i) => i.severity !== "info").map((i) => `${i.sheet}!${i.col},${i.row}`),
        );
        // A cell is an error when any issue there is one, else a warning.
        const severity = new Map<string, string>();
        for (const i of issues) {
          if (i.severity === "info") continue;
          const k = `${i.sheet}!${i.col},${i.row}`;
          if (severity.get(k) !== "error") severity.set(k, i.severity);
        }
        const got: string[] = [];
        let sameSeverity = true;
        for (const m of marks) {
          const [from, to = from] = m.address.split(":");
          const a = parseA1(from!)!;
          const b = parseA1(to!)!;
          expect(a.col).toBe(b.col);
          for (let r = a.row; r <= b.row; r++) {
            const k = `${m.sheet}!${a.col},${r}`;
            got.push(k);
            sameSeverity &&= severity.get(k) === m.severity;
          }
        }
        expect(new Set(got).size).toBe(got.length);
        expect(new Set(got)).toEqual(want);
        expect(sameSeverity).toBe(true);
        expect(cells).toBe(want.size);
      }),
    );
  });

  it("keeps a run of one severity: an error between warnings splits the run", () => {
    const { marks } = markRuns(
      reportOf([
        { col: 5, row: 11, severity: "warning", sheet: "A" },
        { col: 5, row: 12, severity: "error", sheet: "A" },
        { col: 5, row: 12, severity: "warning", sheet: "A" },
        { col: 5, row: 13, severity: "warning", sheet: "A" },
        { col: 5, row: 14, severity: "warning", sheet: "A" },
      ]),
    );
    expect(marks).toEqual([
      { sheet: "A", address: "F12", severity: "warning" },
      { sheet: "A", address: "F13", severity: "error" },
      { sheet: "A", address: "F14:F15", severity: "warning" },
    ]);
  });
});

describe("planToolSheets", () => {
  const sheetArb = fc.uniqueArray(
    fc.record({
      name: fc.constantFrom("Kết quả CCHC", "Kết quả CCHC (2)", "Kết quả CCHC (3)", "Xếp hạng", "Sheet1"),
      protected: fc.boolean(),
      ours: fc.boolean(),
    }),
    { selector: (s) => s.name.toLowerCase(), maxLength: 5 },
  );

  it("never targets a sheet the tool did not write, nor a protected one, nor one name twice", () => {
    fc.assert(
      fc.property(
        sheetArb,
        fc.array(fc.constantFrom("Kết quả CCHC", "Xếp hạng", "Biểu đồ CCHC"), { maxLength: 4 }),
        (specs, wanted) => {
          const sheets: SheetInfo[] = specs.map((s, i) => ({
            id: `id${i}`,
            name: s.name,
            protected: s.protected,
          }));
          const registry: ToolSheetRegistry = Object.fromEntries(
            specs.flatMap((s, i) => (s.ours ? [[`id${i}`, { kind: "results" }]] : [])),
          );
          const placements = planToolSheets(sheets, registry, wanted);
          const names = placements.map((p) => p.target.name.toLowerCase());
          expect(new Set(names).size).toBe(names.length);
          for (const p of placements) {
            if (p.target.kind === "refresh") {
              const target = p.target;
              expect(registry[target.id]).toBeDefined();
              expect(sheets.find((s) => s.id === target.id)?.protected).toBe(false);
            } else {
              const added = p.target.name.toLowerCase();
              expect(sheets.some((s) => s.name.toLowerCase() === added)).toBe(false);
            }
          }
        },
      ),
    );
  });

  it("sheet names stay within Excel's 31 characters and its forbidden characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: 99 }), (base, n) => {
        const name = candidateName(base, n);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[\\/?*[\]:]/);
        expect(name.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("blockMatrix", () => {
  it("is rectangular whatever the block's ragged rows, and turns links into HYPERLINK formulas", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 6 }),
          { maxLength: 10 },
        ),
        (rows) => {
          const m = blockMatrix({
            name: "x",
            rows,
            headerRows: [],
            columnWidths: [],
            numberColumns: [],
            links: [],
          });
          const width = m[0]!.length;
          for (const r of m) expect(r).toHaveLength(width);
          expect(m.flat().every((v) => v !== null && v !== undefined)).toBe(true);
        },
      ),
    );
    const m = blockMatrix({
      name: "x",
      rows: [["F12", "Ô F12 …"]],
      headerRows: [],
      columnWidths: [],
      numberColumns: [],
      links: [{ row: 0, col: 0, sheet: "Tự chấm 'A'", cell: "F12" }],
    });
    expect(m[0]![0]).toBe(`=HYPERLINK("#'Tự chấm ''A'''!F12","F12")`);
  });
});
