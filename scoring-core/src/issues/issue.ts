import { z } from "zod";
import { CATALOGUE, ISSUE_CODES, type IssueCode } from "./catalogue";
import type { Lang } from "../messages/lang";
import { formatNumber } from "../messages/format-number";
import { roundTo } from "../numbers/decimal";

export const SeveritySchema = z.enum(["error", "warning", "info"]);

export const IssueCodeSchema = z.enum(ISSUE_CODES as [IssueCode, ...IssueCode[]]);

export const IssueSchema = z.object({
  /** A stable code from the catalogue (ISSUES.md). */
  code: IssueCodeSchema,
  severity: SeveritySchema,
  sheet: z.string().nullable(),
  /** A1 address, e.g. "F12" (null for whole-sheet or criteria-set issues). */
  cell: z.string().nullable(),
  /** 1-based sheet row. */
  row: z.number().int().nullable(),
  /** Column letters, e.g. "F". */
  column: z.string().nullable(),
  /** Criterion code, e.g. "2.1.3". */
  criterion: z.string().nullable(),
  /** The raw value found in the cell. */
  value: z.union([z.string(), z.number(), z.boolean()]).nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Message in the report's language. */
  message: z.string(),
});
export type Issue = z.infer<typeof IssueSchema>;

export interface IssueInput {
  sheet?: string | null;
  cell?: string | null;
  row?: number | null;
  column?: string | null;
  criterion?: string | null;
  value?: string | number | boolean | null;
  params?: Record<string, string | number>;
}

const ROW_PARAMS = new Set(["row", "other"]);

/** A template split once: literal text at even indexes, placeholder names at odd ones. */
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** A placeholder's value: the params first (they win over the issue's own fields), then those fields. */
function valueOf(name: string, input: IssueInput, sheet: string | null | undefined) {
  const params = input.params;
  if (params !== undefined && hasOwn.call(params, name)) return params[name];
  switch (name) {
    case "sheet":
      return sheet;
    case "cell":
      return input.cell;
    case "row":
      return input.row;
    case "column":
      return input.column;
    case "criterion":
      return input.criterion;
    case "value":
      return input.value;
    default:
      return undefined;
  }
}

/** Fills a message template; numbers print with the language's decimal separator. */
export function renderMessage(code: IssueCode, input: IssueInput, lang: Lang): string {
  return render(code, input, lang, input.sheet);
}

function render(code: IssueCode, input: IssueInput, lang: Lang, sheet: string | null | undefined): string {
  const parts = partsOf(CATALOGUE[code][lang]);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const v = valueOf(name, input, sheet);
    if (v !== null && v !== undefined) {
      if (typeof v !== "number") out += String(v);
      // Row numbers are counts, not quantities: "dòng 1234", never "dòng 1.234". Whole numbers
      // under 1000 print the same in both languages.
      else if (ROW_PARAMS.has(name) || (Number.isInteger(v) && v > -1000 && v < 1000)) out += String(v);
      // Up to 6 decimals (trailing zeros dropped): a message must show 0,125, not a rounded 0,13.
      else out += messageNumber(v, lang);
    }
    out += parts[i + 1]!;
  }
  return out;
}

/**
 * formatNumber(v, lang, 6) — scores are under 1000, where no thousands separator is needed, so
 * the digits are cut by hand instead of through its regexes; larger numbers go to formatNumber.
 */
function messageNumber(v: number, lang: Lang): string {
  const r = roundTo(v, 6);
  if (!(Math.abs(r) < 1000)) return formatNumber(v, lang, 6);
  const s = Math.abs(r).toFixed(6);
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--; // trailing zeros
  if (s.charCodeAt(end - 1) === 46) end--; // then the point
  const dot = s.indexOf(".");
  const digits =
    dot < 0 || dot >= end
      ? s.slice(0, end)
      : s.slice(0, dot) + (lang === "vi" ? "," : ".") + s.slice(dot + 1, end);
  return r < 0 ? "-" + digits : digits;
}

export function makeIssue(code: IssueCode, input: IssueInput, lang: Lang): Issue {
  return issueOf(code, input, lang, input.sheet);
}

/** makeIssue with the sheet given apart (the collector's: no copy of the input per issue). */
function issueOf(code: IssueCode, input: IssueInput, lang: Lang, sheet: string | null | undefined): Issue {
  return {
    code,
    severity: CATALOGUE[code].severity,
    sheet: sheet ?? null,
    cell: input.cell ?? null,
    row: input.row ?? null,
    column: input.column ?? null,
    criterion: input.criterion ?? null,
    value: input.value ?? null,
    params: input.params ?? {},
    message: render(code, input, lang, sheet),
  };
}

/** Re-renders an issue's message in another language. */
export function translateIssue(issue: Issue, lang: Lang): Issue {
  return { ...issue, message: renderMessage(issue.code, issue, lang) };
}

export interface IssueCounts {
  error: number;
  warning: number;
  info: number;
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
    // Built only when listed: past the limit an issue is only counted.
    if (this.issues.length < this.limit) {
      // The collector's sheet, unless the input names one (as { sheet, ...input } did).
      const sheet = hasOwn.call(input, "sheet") ? input.sheet : this.sheet;
      this.issues.push(issueOf(code, input, this.lang, sheet));
    }
  }

  /**
   * add() with the fields given one by one: the issue is built directly, in the report's field
   * order, with no input object and no spread (validation's hot path). Same issue as
   * add(code, { cell, row, column, criterion, value, params }).
   */
  addAt(
    code: IssueCode,
    cell: string | null,
    row: number | null,
    column: string | null,
    criterion: string | null,
    value: string | number | boolean | null,
    params?: Record<string, string | number>,
  ): void {
    this.total++;
    const severity = CATALOGUE[code].severity;
    this.counts[severity]++;
    if (this.issues.length >= this.limit) return;
    const issue: Issue = {
      code,
      severity,
      sheet: this.sheet ?? null,
      cell,
      row,
      column,
      criterion,
      value,
      params: params ?? {},
      message: "",
    };
    // The issue carries every field a template names (and null renders as nothing, like undefined).
    issue.message = render(code, issue, this.lang, this.sheet);
    this.issues.push(issue);
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
