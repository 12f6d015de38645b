/**
 * Presentation only: the report's issues listed by severity, then by field (the first segment
 * of the criterion code). Counts shown in headers come from the report, not from here.
 */
import type { Severity } from "@cchc/scoring-core";
import type { ReportIssue as Issue } from "./report-in-lang";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export interface FieldGroup {
  /** "2" for criterion "2.1.3"; null for whole-sheet issues. */
  field: string | null;
  issues: Issue[];
}

export interface SeverityGroup {
  severity: Severity;
  fields: FieldGroup[];
  shown: number;
}

export function fieldOf(criterion: string | null): string | null {
  if (criterion === null || criterion.trim() === "") return null;
  return criterion.split(".")[0] ?? null;
}

export function groupIssues(issues: readonly Issue[]): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const fields = new Map<string | null, Issue[]>();
    let shown = 0;
    for (const issue of issues) {
      if (issue.severity !== severity) continue;
      const key = fieldOf(issue.criterion);
      const list = fields.get(key);
      if (list) list.push(issue);
      else fields.set(key, [issue]);
      shown++;
    }
    if (shown === 0) continue;
    // Whole-sheet issues first, then fields in the report's own order of appearance.
    const ordered = [...fields.entries()].sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : 0));
    out.push({ severity, shown, fields: ordered.map(([field, list]) => ({ field, issues: list })) });
  }
  return out;
}
