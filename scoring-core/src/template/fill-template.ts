/**
 * A template filled in as a unit (and its appraisers) would: answers per criterion code go into
 * the input cells of that row, never over a formula; texts are neutralised like any other text
 * the tool writes. Formulas are then calculated so the grid holds what a spreadsheet shows.
 * Used by the CLI's sample-province generator and by round-trip property tests.
 */
import type { CellValue, Grid } from "../grid/grid";
import { neutralise } from "../output/neutralise";
import type { ColumnRole } from "../table/types";
import { evaluateTemplateFormulas } from "./evaluate-formulas";
import { templateToGrid } from "./template-to-grid";
import type { TemplateSpec } from "./template-spec";

export interface TemplateAnswer {
  self?: number | string | null;
  declared?: number | string | null;
  evidence?: string | null;
  explanation?: string | null;
  appraisal1?: number | string | null;
  appraisal2?: number | string | null;
  appraisalNote?: string | null;
  appraisalFlag?: string | null;
}

export type TemplateAnswers = Record<string, TemplateAnswer>;

const ANSWER_ROLES: (keyof TemplateAnswer & ColumnRole)[] = [
  "self",
  "declared",
  "evidence",
  "explanation",
  "appraisal1",
  "appraisal2",
  "appraisalNote",
  "appraisalFlag",
];

export function fillTemplate(
  spec: TemplateSpec,
  answers: TemplateAnswers,
  options: { calculate?: boolean } = {},
): Grid {
  const grid = templateToGrid(spec);
  const colOf = new Map(spec.columns.map((c, i) => [c.role, i] as const));
  spec.rows.forEach((row, r) => {
    if (!row.code || row.kind === "header" || row.kind === "title" || row.kind === "total") return;
    const answer = answers[row.code];
    if (!answer) return;
    for (const role of ANSWER_ROLES) {
      const value = answer[role];
      const c = colOf.get(role);
      if (value === undefined || c === undefined) continue;
      if (grid.formulas?.[r]?.[c]) continue; // a parent's sum stays a sum
      const cell: CellValue = typeof value === "string" ? neutralise(value) : value;
      grid.values[r]![c] = cell;
    }
  });
  return options.calculate === false ? grid : evaluateTemplateFormulas(grid);
}
