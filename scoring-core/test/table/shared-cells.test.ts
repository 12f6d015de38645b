/**
 * What the reader shares between tables to allocate less (see types.ts): blank score cells are
 * one object per address, empty rule texts and children one frozen array, and the per-row title and code slots in front of the memos never hand
 * a row the entry of another text.
 */
import type { CellValue, Grid } from "../../src/grid/grid";
import { checkSheetWithTable } from "../../src/check-sheet";
import { readTable } from "../../src/table/read-table";
import type { NumberRead, ScoringTable, TableNode } from "../../src/table/types";
import { departmentFixture } from "../fixtures/department-grid";
import { readTable as referenceReadTable } from "./reference/read-table";

function table(grid: Grid): ScoringTable {
  const r = readTable(grid);
  if (!r.ok) throw new Error("not read");
  return r.table;
}

function nodes(t: ScoringTable): TableNode[] {
  const out: TableNode[] = [];
  const walk = (ns: readonly TableNode[]) => {
    for (const n of ns) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(t.fields);
  return out;
}

/** A copy of the grid with its own arrays and string objects (as another workbook of the template). */
function copyGrid(g: Grid, change?: (values: CellValue[][]) => void): Grid {
  const values = g.values.map((row) => row.map((v) => (typeof v === "string" ? ` ${v}`.slice(1) : v)));
  change?.(values);
  return { ...g, values, formulas: g.formulas?.map((row) => (row === null ? null : [...row])) };
}

describe("shared blank score cells", () => {
  it("gives every table the same object for a blank score cell at the same address", () => {
    const built = departmentFixture({ stage: "self" });
    const a = nodes(table(built.grid));
    const b = nodes(table(copyGrid(built.grid)));
    const blanks = a.flatMap((n) => n.appraisals).filter((r) => r.raw === null && r.formula === null);
    expect(blanks.length).toBeGreaterThan(20);
    for (let i = 0; i < a.length; i++) {
      expect(b[i]!.appraisals).toHaveLength(a[i]!.appraisals.length);
      a[i]!.appraisals.forEach((r, k) => {
        if (r.raw === null && r.formula === null) expect(b[i]!.appraisals[k]).toBe(r);
      });
    }
    // Each still names its own cell.
    const first = blanks[0]!;
    expect(first).toEqual({
      cell: `${first.column}${first.row}`,
      row: first.row,
      column: first.column,
      raw: null,
      formula: null,
      text: "",
      parsed: { kind: "blank" },
    });
  });

  it("never shares a cell that holds a value or a formula", () => {
    const built = departmentFixture({ stage: "appraised" });
    const a = nodes(table(built.grid));
    const b = nodes(table(copyGrid(built.grid)));
    const reads = (ns: TableNode[]) =>
      ns.flatMap((n) => [n.max, n.self, ...n.appraisals].filter((r): r is NumberRead => r !== null));
    const ra = reads(a);
    const rb = reads(b);
    expect(ra.length).toBe(rb.length);
    let kept = 0;
    ra.forEach((r, i) => {
      if (r.raw !== null || r.formula !== null) {
        kept++;
        expect(rb[i]).not.toBe(r);
        expect(rb[i]).toEqual(r);
      }
    });
    expect(kept).toBeGreaterThan(50);
  });

  it("reads a blank cell with a formula as its own cell", () => {
    const built = departmentFixture({ stage: "self" });
    const blank = nodes(table(built.grid)).find(
      (n) => n.appraisals[0]!.raw === null && !n.appraisals[0]!.formula,
    )!;
    const col = built.letterOf.appraisal1!.charCodeAt(0) - 65;
    const row = blank.row - 1;
    const grid = copyGrid(built.grid);
    grid.formulas![row]![col] = "=SUM(F9:F10)";
    const t = table(grid);
    const ref = referenceReadTable(grid);
    expect(ref.ok && t).toEqual(ref.ok && ref.table);
    const node = nodes(t).find((n) => n.row === row + 1)!;
    expect(node.appraisals[0]!.formula).toBe("=SUM(F9:F10)");
    expect(nodes(table(built.grid)).find((n) => n.row === row + 1)!.appraisals[0]!.formula).toBeNull();
  });

  it("is left as read by checkSheet (no stage changes a cell)", () => {
    const built = departmentFixture({ stage: "self" });
    const before = JSON.stringify(table(built.grid));
    for (let i = 0; i < 3; i++) checkSheetWithTable(copyGrid(built.grid));
    expect(JSON.stringify(table(copyGrid(built.grid)))).toBe(before);
  });
});

describe("shared empty rule text and children", () => {
  it("gives nodes without either one frozen empty array, and the others arrays of their own", () => {
    const built = departmentFixture({ stage: "self" });
    const all = [...nodes(table(built.grid)), ...nodes(table(copyGrid(built.grid)))];
    const empty = all.map((n) => n.children).find((c) => c.length === 0)!;
    expect(Object.isFrozen(empty)).toBe(true);
    expect(() => (empty as TableNode[]).push(all[0]!)).toThrow(TypeError);
    let shared = 0;
    const owned = new Set<readonly unknown[]>();
    for (const n of all)
      for (const a of [n.children, n.ruleText]) {
        if (a.length === 0) {
          expect(a).toBe(empty);
          shared++;
        } else {
          expect(Object.isFrozen(a)).toBe(false);
          expect(owned.has(a)).toBe(false); // no two nodes hold one array
          owned.add(a);
        }
      }
    expect(shared).toBeGreaterThan(20);
    expect(owned.size).toBeGreaterThan(20);
    // Same JSON as the reference reader's own empty arrays.
    const ref = referenceReadTable(built.grid);
    expect(ref.ok && JSON.stringify(ref.table)).toBe(JSON.stringify(table(built.grid)));
  });
});

describe("per-row title and code slots", () => {
  it("reads a row's new title or code, not the one the previous table had there", () => {
    const built = departmentFixture({ stage: "self" });
    const row = built.rowOf["1.1"]! - 1;
    const titleCol = built.letterOf.title!.charCodeAt(0) - 65;
    const codeCol = built.letterOf.code!.charCodeAt(0) - 65;
    table(built.grid); // fills the slots
    const changed = copyGrid(built.grid, (values) => {
      values[row]![titleCol] = `${values[row]![titleCol] as string} (sửa)`;
      values[row]![codeCol] = "1.7";
    });
    const t = table(changed);
    const ref = referenceReadTable(changed);
    expect(ref.ok && t).toEqual(ref.ok && ref.table);
    const node = nodes(t).find((n) => n.row === row + 1)!;
    expect(node.code).toBe("1.7");
    expect(node.title.endsWith("(sửa)")).toBe(true);
    // And back: the original texts at the same row.
    expect(table(copyGrid(built.grid))).toEqual(table(built.grid));
  });
});

describe("the read plan kept for a template's header", () => {
  it("reads each sheet of a template at its own origin and with its own header", () => {
    // Sheets of one template share one header object (header-template.ts) and so one read plan:
    // the plan must follow the sheet's origin column, and a forced header row or a column
    // mapping (a header of its own) must not get the template's plan.
    const built = departmentFixture({ stage: "appraised" });
    const plain = built.grid;
    const shifted: Grid = { ...copyGrid(plain), origin: { row: 2, col: 3 } };
    const mapped = { columns: { self: built.letterOf.appraisal1!, appraisal1: built.letterOf.self! } };
    for (const [grid, options] of [
      [plain, {}],
      [shifted, {}],
      [plain, {}],
      [plain, mapped],
      [shifted, { headerRow: built.headerRows.at(-1)! + 2 }],
      [shifted, {}],
      [plain, {}],
    ] as const) {
      expect(readTable(grid, options)).toEqual(referenceReadTable(grid, options));
    }
    const cell = (grid: Grid) => nodes(table(grid))[0]!.self!.cell;
    expect(cell(plain)).toBe(`${built.letterOf.self}${built.rowOf["1"]}`);
    expect(cell(shifted)).toBe(
      `${String.fromCharCode(built.letterOf.self!.charCodeAt(0) + 3)}${built.rowOf["1"]! + 2}`,
    );
  });
});
