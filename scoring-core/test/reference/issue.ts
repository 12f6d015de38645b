/** The issue collector as it was before session 4 (reference for the differential tests). */
import { CATALOGUE, type IssueCode } from "../../src/issues/catalogue";
import type { Issue, IssueCounts, IssueInput } from "../../src/issues/issue";
import type { Lang } from "../../src/messages/lang";
import { formatNumber } from "../../src/messages/format-number";

const ROW_PARAMS = new Set(["row", "other"]);

/** Fills a message template; numbers print with the language's decimal separator. */
export function renderMessage(code: IssueCode, input: IssueInput, lang: Lang): string {
  const template: string = CATALOGUE[code][lang];
  const vars: Record<string, string | number | boolean | null | undefined> = {
    sheet: input.sheet,
    cell: input.cell,
    row: input.row,
    column: input.column,
    criterion: input.criterion,
    value: input.value,
    ...input.params,
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === null || v === undefined) return "";
    // Row numbers are counts, not quantities: "dòng 1234", never "dòng 1.234".
    if (typeof v === "number" && ROW_PARAMS.has(name)) return String(v);
    // Up to 6 decimals (trailing zeros dropped): a message must show 0,125, not a rounded 0,13.
    return typeof v === "number" ? formatNumber(v, lang, 6) : String(v);
  });
}

export function makeIssue(code: IssueCode, input: IssueInput, lang: Lang): Issue {
  return {
    code,
    severity: CATALOGUE[code].severity,
    sheet: input.sheet ?? null,
    cell: input.cell ?? null,
    row: input.row ?? null,
    column: input.column ?? null,
    criterion: input.criterion ?? null,
    value: input.value ?? null,
    params: input.params ?? {},
    message: renderMessage(code, input, lang),
  };
}

/**
 * Collects issues up to a limit but always counts them all, so a report can say
 * "1 240 issues, first 500 shown" truthfully.
 */
export class IssueCollector {
  readonly issues: Issue[] = [];
  readonly counts: IssueCounts = { error: 0, warning: 0, info: 0 };
  total = 0;

  constructor(
    readonly lang: Lang,
    readonly sheet: string | null,
    readonly limit = 1000,
  ) {}

  add(code: IssueCode, input: IssueInput = {}): void {
    this.total++;
    this.counts[CATALOGUE[code].severity]++;
    if (this.issues.length < this.limit)
      this.issues.push(makeIssue(code, { sheet: this.sheet, ...input }, this.lang));
  }

  addIssue(issue: Issue): void {
    this.total++;
    this.counts[issue.severity]++;
    if (this.issues.length < this.limit) this.issues.push(issue);
  }

  get truncated(): boolean {
    return this.total > this.issues.length;
  }
}
