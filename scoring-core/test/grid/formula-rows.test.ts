/**
 * The grid contract's formula rows (grid.ts `Grid.formulas`): a row holding no formula may come as
 * a full row of nulls (the fixture builder's form), null (the Excel and Sheets adapters' form), an
 * empty array, a hole, or past the end of `formulas` (xlsx-grid stops after the last formula row and
 * cuts each row after its last formula). Every form must read the same: the reader's table,
 * checkSheet's report, formulaAt and the template calculation on each form against the dense one,
 * with random formulas (and "", and strings without "=") put on random cells.
 */
import fc from "fast-check";
import { checkSheet } from "../../src/check-sheet";
import { formulaAt, type FormulaRow, type Grid } from "../../src/grid/grid";
import { readTable } from "../../src/table/read-table";
import { buildTemplate } from "../../src/template/build-template";
import { evaluateTemplateFormulas } from "../../src/template/evaluate-formulas";
import { templateToGrid } from "../../src/template/template-to-grid";
import { SAMPLE_DEPARTMENT_2025 } from "../../src/criteria-set/samples/index";
import { hostFormulaRows } from "../fixtures/build-grid";
import { communeGrid } from "../fixtures/commune-grid";
import { departmentGrid } from "../fixtures/department-grid";

const isFormula = (f: string | null | undefined): boolean => typeof f === "string" && f.startsWith("=");
const hasFormula = (row: FormulaRow | undefined): boolean => !!row && row.some(isFormula);

/** Every row as wide as its values row, null where no formula was given. */
function dense(g: Grid): Grid {
  const formulas = g.values.map((v, r) => {
    const row = g.formulas?.[r] ?? [];
    return Array.from({ length: Math.max(v.length, row.length) }, (_, c) => row[c] ?? null);
  });
  return { ...g, formulas };
}

/** The sparse forms the contract allows, each from the dense grid. */
const FORMS: Record<string, (g: Grid) => Grid> = {
  "null rows": (g) => ({ ...g, formulas: g.formulas!.map((row) => (hasFormula(row) ? row : null)) }),
  "empty rows": (g) => ({ ...g, formulas: g.formulas!.map((row) => (hasFormula(row) ? row : [])) }),
  holes: (g) => {
    const formulas = new Array<FormulaRow>(g.formulas!.length);
    g.formulas!.forEach((row, r) => {
      if (hasFormula(row)) formulas[r] = row;
    });
    return { ...g, formulas };
  },
  "cut (xlsx-grid)": (g) => {
    const formulas: FormulaRow[] = [];
    g.formulas!.forEach((row, r) => {
      if (!row || !hasFormula(row)) return;
      while (formulas.length < r) formulas.push(null);
      let n = row.length;
      while (n > 0 && !isFormula(row[n - 1])) n--;
      formulas.push(row.slice(0, n));
    });
    return { ...g, formulas };
  },
  "no formulas at all": (g) => (g.formulas!.some(hasFormula) ? g : { ...g, formulas: undefined }),
  hostFormulaRows,
};

interface Put {
  row: number;
  col: number;
  formula: string | null;
}
const putsArb = fc.array(
  fc.record({
    row: fc.nat(120),
    col: fc.nat(13),
    formula: fc.option(fc.constantFrom("=SUM(D9:D12)", "=D9", "=#REF!+0", "", "SUM", " =D9"), { nil: null }),
  }),
  { maxLength: 20 },
);

/** The grid, dense, with the formulas put (a formula over a blank cell, "" or text that is none). */
function withPuts(g: Grid, puts: Put[]): Grid {
  const d = dense(g);
  const formulas = d.formulas!.map((row) => [...row!]);
  for (const p of puts) if (p.row < formulas.length) formulas[p.row]![p.col] = p.formula;
  return { ...d, formulas };
}

describe("formula rows in every form the grid contract allows", () => {
  it("read, check and formulaAt the same as the dense grid, on damaged department and commune sheets", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("department-self", "department-appraised", "commune"),
        putsArb,
        (sheet, puts) => {
          const base =
            sheet === "commune"
              ? communeGrid()
              : departmentGrid({ stage: sheet === "department-self" ? "self" : "appraised" });
          const want = withPuts(base, puts);
          const table = readTable(want);
          const report = checkSheet(want);
          for (const [name, form] of Object.entries(FORMS)) {
            const got = form(want);
            expect([name, readTable(got)]).toEqual([name, table]);
            expect([name, checkSheet(got)]).toEqual([name, report]);
            for (let r = 0; r <= want.values.length; r++)
              for (let c = 0; c <= 14; c++)
                if (formulaAt(got, r, c) !== formulaAt(want, r, c))
                  throw new Error(`${name}: formulaAt(${r}, ${c}) differs`);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("gives the forms what they claim: no row of nulls where a row holds no formula", () => {
    const want = dense(departmentGrid());
    for (const name of ["null rows", "hostFormulaRows"]) {
      const got = FORMS[name]!(want);
      got.formulas!.forEach((row, r) => {
        if (row !== null) expect([r, hasFormula(row)]).toEqual([r, true]);
        else expect([r, hasFormula(want.formulas![r])]).toEqual([r, false]);
      });
      const nulls = got.formulas!.filter((row) => row === null).length;
      expect(nulls).toBe(want.formulas!.filter((row) => !hasFormula(row)).length);
      expect(nulls).toBeGreaterThan(want.formulas!.length / 2);
    }
  });

  it("calculates a template the same whatever the form of its formula rows", () => {
    const spec = buildTemplate(SAMPLE_DEPARTMENT_2025, {
      unit: "Sở Tư pháp",
      unitType: "department",
      year: SAMPLE_DEPARTMENT_2025.year,
    });
    const want = evaluateTemplateFormulas(templateToGrid(spec)).values;
    expect(want.flat().some((v) => typeof v === "number")).toBe(true);
    for (const [name, form] of Object.entries(FORMS)) {
      const got = form(dense(templateToGrid(spec)));
      expect([name, evaluateTemplateFormulas(got).values]).toEqual([name, want]);
    }
  });
});
