/**
 * Marks: the cells of a report's issues are coloured by conditional-format rules appended to the
 * sheet's own rules. Ours are recognisable by a marker inside their formula (and their sheets
 * are recorded in the document properties), so one call removes them and the user's rules stay.
 */
import { ValidationReportSchema, type Issue } from "@cchc/scoring-core";
import { AddonError } from "../shared/errors";
import { activeBook } from "./book";
import { withDocumentLock } from "./lock";
import type { Book, Services, Sheet } from "./services";

export const MARKS_KEY = "cchc.marks";
/** N("…") is 0, so the condition always holds; the text identifies the rule as ours. */
const markFormula = (severity: string) => `=N("cchc-mark:${severity}")=0`;
const MARK_PREFIX = '=N("cchc-mark:';
const COLOURS: Record<string, string> = { error: "#f4c7c3", warning: "#fce8b2" };

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export function isMarkRule(rule: Rule): boolean {
  const cond = rule.getBooleanCondition();
  if (!cond) return false;
  const first = cond.getCriteriaValues()[0];
  return typeof first === "string" && first.startsWith(MARK_PREFIX);
}

/** Sheet ids that carry our marks, as recorded. */
function recordedSheets(svc: Services): number[] {
  const text = svc.PropertiesService.getDocumentProperties().getProperty(MARKS_KEY);
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is number => typeof x === "number") : [];
  } catch {
    return [];
  }
}

function record(svc: Services, ids: number[]): void {
  const props = svc.PropertiesService.getDocumentProperties();
  if (ids.length === 0) props.deleteProperty(MARKS_KEY);
  else props.setProperty(MARKS_KEY, JSON.stringify([...new Set(ids)]));
}

/** Removes our rules from one sheet; returns how many cells they covered. */
function clearSheet(sheet: Sheet): number {
  const rules = sheet.getConditionalFormatRules();
  const keep: Rule[] = [];
  let cleared = 0;
  for (const rule of rules) {
    // Our rules cover single cells (one range per issue cell), so ranges count cells.
    if (isMarkRule(rule)) cleared += rule.getRanges().length;
    else keep.push(rule);
  }
  if (keep.length !== rules.length) sheet.setConditionalFormatRules(keep);
  return cleared;
}

export function markIssues(svc: Services, input: unknown): { marked: number } {
  const parsed = ValidationReportSchema.safeParse(input);
  if (!parsed.success) throw new AddonError("report-invalid");
  const report = parsed.data;
  const book = activeBook(svc);
  const sheet = book.getSheetByName(report.sheet);
  if (!sheet) throw new AddonError("sheet-not-found", report.sheet);
  const cells = cellsBySeverity(report.issues, report.sheet);
  return withDocumentLock(svc, () => {
    const rules = sheet.getConditionalFormatRules().filter((r) => !isMarkRule(r));
    let marked = 0;
    for (const [severity, list] of cells) {
      if (list.length === 0) continue;
      const ranges = sheet.getRangeList(list).getRanges();
      rules.push(
        svc.SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(markFormula(severity))
          .setBackground(COLOURS[severity] ?? "#fce8b2")
          .setRanges(ranges)
          .build(),
      );
      marked += list.length;
    }
    // One write replaces the rules: the user's own rules first, ours appended.
    sheet.setConditionalFormatRules(rules);
    const ids = recordedSheets(svc);
    record(svc, [...ids, sheet.getSheetId()]);
    return { marked };
  });
}

/** Distinct A1 cells per severity; a cell with an error is not marked again as a warning. */
export function cellsBySeverity(issues: Issue[], sheet: string): Map<string, string[]> {
  const errors = new Set<string>();
  const warnings = new Set<string>();
  for (const issue of issues) {
    if (!issue.cell || (issue.sheet ?? sheet) !== sheet) continue;
    if (issue.severity === "error") errors.add(issue.cell);
    else if (issue.severity === "warning") warnings.add(issue.cell);
  }
  for (const c of errors) warnings.delete(c);
  return new Map([
    ["error", [...errors]],
    ["warning", [...warnings]],
  ]);
}

export function clearMarks(svc: Services): { cleared: number } {
  const book: Book = activeBook(svc);
  return withDocumentLock(svc, () => {
    const left = recordedSheets(svc);
    let cleared = 0;
    try {
      while (left.length > 0) {
        const sheet = book.getSheetById(left[0]!);
        // A sheet deleted since has nothing left to clear.
        if (sheet) cleared += clearSheet(sheet);
        left.shift();
      }
    } finally {
      // Sheets not cleared (an error part-way) stay recorded for the next click.
      record(svc, left);
    }
    return { cleared };
  });
}
