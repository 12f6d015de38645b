/**
 * The appraisal use case for one sheet: read the table, check its appraisal columns and the
 * unit's answers, list flagged and open items, summarise. Hosts and the cli call this one
 * function so their figures cannot differ.
 */
import { z } from "zod";
import type { CriteriaSet } from "../criteria-set/schema";
import type { Grid } from "../grid/grid";
import { IssueCollector, IssueSchema } from "../issues/issue";
import type { Lang } from "../messages/lang";
import { readTable, type ReadOptions } from "../table/read-table";
import { checkAnswers, checkAppraisal } from "./check-appraisal";
import { appraisalState, flaggedItems, openItems } from "./flagged-items";
import { readAppraisalItems } from "./read-rounds";
import {
  AppraisalStateSchema,
  FlaggedItemSchema,
  UnitAppraisalSummarySchema,
  type AppraisalState,
} from "./schema";
import { summariseUnit, type SummaryOptions } from "./summary";

const Letter = z.string().nullable();

export const AppraisalReportSchema = z.object({
  sheet: z.string(),
  unit: z.string().nullable(),
  /** Column letters found for each part of the round trip (null: not in the header). */
  columns: z.object({
    round1: Letter,
    round2: Letter,
    flag: Letter,
    note: Letter,
    answer: Letter,
    evidence: Letter,
  }),
  state: AppraisalStateSchema,
  flagged: z.array(FlaggedItemSchema),
  /** Codes of flagged items without a round-2 score. */
  open: z.array(z.string()),
  /** Appraisal issues only (ranges and signs are in the sheet's validation report). */
  issues: z.array(IssueSchema),
  summary: UnitAppraisalSummarySchema,
});
export type AppraisalReport = z.infer<typeof AppraisalReportSchema>;

export interface AppraiseOptions extends Pick<ReadOptions, "headerRow" | "columns"> {
  lang?: Lang;
  set?: CriteriaSet | null;
  unitType?: string | null;
  /** The unit's name when the sheet's title does not say it. */
  unit?: string | null;
  appraisers?: SummaryOptions["appraisers"];
}

/** Null when the sheet holds no scoring table (the validation report says why). */
export function appraiseSheet(grid: Grid, options: AppraiseOptions = {}): AppraisalReport | null {
  const lang = options.lang ?? "vi";
  const read = readTable(grid, {
    lang,
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
  });
  if (!read.ok) return null;
  const table = read.table;
  const issues = new IssueCollector(lang, grid.sheet);
  const items = checkAppraisal(table, issues, {
    set: options.set ?? null,
    unitType: options.unitType ?? null,
  });
  checkAnswers(items, issues);
  const c = table.columns;
  const unit = options.unit ?? table.unit;
  return {
    sheet: table.sheet,
    unit,
    columns: {
      round1: c.appraisal1?.letter ?? null,
      round2: c.appraisal2?.letter ?? null,
      flag: c.appraisalFlag?.letter ?? null,
      note: c.appraisalNote?.letter ?? null,
      answer: c.explanation?.letter ?? null,
      evidence: c.evidence?.letter ?? null,
    },
    state: appraisalState(items),
    flagged: flaggedItems(items),
    open: openItems(items).map((i) => i.code),
    issues: issues.issues,
    summary: summariseUnit(unit ?? table.sheet, items, {
      lang,
      ...(options.appraisers ? { appraisers: options.appraisers } : {}),
    }),
  };
}

/** Status and open items only (what a ranking reports per unit): no checks, no summary. */
export function appraisalStateOfSheet(
  grid: Grid,
  options: Pick<AppraiseOptions, "lang" | "headerRow" | "columns"> = {},
): AppraisalState | null {
  const read = readTable(grid, {
    lang: options.lang ?? "vi",
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
  });
  return read.ok ? appraisalState(readAppraisalItems(read.table)) : null;
}
