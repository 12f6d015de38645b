/**
 * A template as the grid a host would read right after writing it: texts and numbers in
 * `values`, formulas in `formulas` with their value left null (no calculation has run), title
 * rows merged. Texts are exactly what the host writes (already neutralised by buildTemplate).
 */
import type { CellValue, Grid } from "../grid/grid";
import type { TemplateSpec } from "./template-spec";

export function templateToGrid(spec: TemplateSpec): Grid {
  const width = Math.max(spec.columns.length, ...spec.rows.map((r) => r.cells.length));
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (const row of spec.rows) {
    const v: CellValue[] = [];
    const f: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row.cells[c] ?? null;
      if (cell !== null && typeof cell === "object") {
        v.push(null);
        f.push(cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`);
      } else {
        v.push(cell);
        f.push(null);
      }
    }
    values.push(v);
    formulas.push(f);
  }
  const merges =
    spec.merges ??
    spec.rows.flatMap((r, i) =>
      r.kind === "title" ? [{ top: i, left: 0, bottom: i, right: width - 1 }] : [],
    );
  return { sheet: spec.sheetName, values, formulas, merges: merges.map((m) => ({ ...m })) };
}
