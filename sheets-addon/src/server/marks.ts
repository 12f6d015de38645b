/**
 * Marks: the cells of a report's issues are coloured by conditional-format rules appended to the
 * sheet's own rules. Ours are recognisable by a marker inside their formula (and their sheets
 * are recorded in the document properties), so one call removes them and the user's rules stay.
 */
import { ValidationReportSchema } from "@cchc/scoring-core";
import { markIssues as markIssuesFlow, type CellMark } from "@cchc/scoring-core/workflow";
import { AddonError } from "../shared/errors";
import { activeBook } from "./book";
import { withDocumentLock } from "./lock";
import type { Book, Services, Sheet } from "./services";
import { runOnSheets, SheetsWorkbook } from "./workbook";

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
    // Our rules cover cells and vertical runs: count the cells of each range.
    if (isMarkRule(rule))
      cleared += rule.getRanges().reduce((n, r) => n + r.getNumRows() * r.getNumColumns(), 0);
    else keep.push(rule);
  }
  if (keep.length !== rules.length) sheet.setConditionalFormatRules(keep);
  return cleared;
}

/**
 * Marks a report's cells: which cells, merged into vertical runs of one severity, is the core's
 * flow (workflow/markIssues → markRuns); this adapter only draws them.
 */
export function markIssues(svc: Services, input: unknown): { marked: number } {
  const parsed = ValidationReportSchema.safeParse(input);
  if (!parsed.success) throw new AddonError("report-invalid");
  const report = parsed.data;
  const book = activeBook(svc);
  if (!book.getSheetByName(report.sheet)) throw new AddonError("sheet-not-found", report.sheet);
  return runOnSheets(markIssuesFlow(new SheetsWorkbook(svc), report));
}

/**
 * The port's markCells: per sheet, our earlier rules replaced by one rule per severity over its
 * cells and runs, appended after the user's own rules (one setConditionalFormatRules per sheet).
 */
export function markCells(svc: Services, book: Book, marks: readonly CellMark[]): void {
  const bySheet = new Map<string, Map<string, string[]>>();
  for (const m of marks) {
    let sheet = bySheet.get(m.sheet);
    if (!sheet)
      bySheet.set(
        m.sheet,
        (sheet = new Map([
          ["error", []],
          ["warning", []],
        ])),
      );
    sheet.get(m.severity ?? "error")!.push(m.address);
  }
  const sheets = [...bySheet.keys()].map((name) => {
    const sheet = book.getSheetByName(name);
    if (!sheet) throw new AddonError("sheet-not-found", name);
    return sheet;
  });
  withDocumentLock(svc, () => {
    const ids: number[] = [];
    sheets.forEach((sheet) => {
      const rules = sheet.getConditionalFormatRules().filter((r) => !isMarkRule(r));
      for (const [severity, list] of bySheet.get(sheet.getName())!) {
        if (list.length === 0) continue;
        rules.push(
          svc.SpreadsheetApp.newConditionalFormatRule()
            .whenFormulaSatisfied(markFormula(severity))
            .setBackground(COLOURS[severity] ?? "#fce8b2")
            .setRanges(sheet.getRangeList(list).getRanges())
            .build(),
        );
      }
      // One write replaces the rules: the user's own rules first, ours appended.
      sheet.setConditionalFormatRules(rules);
      ids.push(sheet.getSheetId());
    });
    if (ids.length > 0) record(svc, [...recordedSheets(svc), ...ids]);
  });
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
