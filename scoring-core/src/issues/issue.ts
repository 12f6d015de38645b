import { z } from "zod";
import { CATALOGUE, ISSUE_CODES, type IssueCode } from "./catalogue";
import type { Lang } from "../messages/lang";
import { formatNumber } from "../messages/format-number";
import { roundTo } from "../numbers/decimal";
import { BoundedMemo } from "../memo/bounded-memo";

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
const hasOwn = Object.prototype.hasOwnProperty;

/** Which field of the issue a placeholder reads when the params do not name it. */
const FIELD_SLOTS: Record<string, number> = { sheet: 1, cell: 2, row: 3, column: 4, criterion: 5, value: 6 };

/**
 * A message template compiled once per code and language: the literal text around the
 * placeholders, and for each placeholder its name, the issue field it falls back to (0: none)
 * and whether it is a row number. Rendering then only joins strings (no split, no name lookups).
 */
interface Compiled {
  /** Literal text: before the first placeholder, then after each. */
  readonly texts: readonly string[];
  readonly names: readonly string[];
  readonly slots: readonly number[];
  readonly rows: readonly boolean[];
}

const compiledVi = new Map<IssueCode, Compiled>();
const compiledEn = new Map<IssueCode, Compiled>();

function compile(template: string): Compiled {
  const parts = template.split(/\{(\w+)\}/);
  const texts: string[] = [parts[0]!];
  const names: string[] = [];
  const slots: number[] = [];
  const rows: boolean[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    names.push(name);
    slots.push(hasOwn.call(FIELD_SLOTS, name) ? FIELD_SLOTS[name]! : 0);
    rows.push(ROW_PARAMS.has(name));
    texts.push(parts[i + 1]!);
  }
  return { texts, names, slots, rows };
}

function compiledOf(code: IssueCode, lang: Lang): Compiled {
  const byCode = lang === "vi" ? compiledVi : compiledEn;
  let c = byCode.get(code);
  if (c === undefined) {
    c = compile(CATALOGUE[code][lang]);
    byCode.set(code, c);
  }
  return c;
}

/** A placeholder's value: the params first (they win over the issue's own fields), then those fields. */
function valueOf(
  name: string,
  slot: number,
  input: IssueInput,
  sheet: string | null | undefined,
  params: Record<string, string | number> | undefined,
) {
  if (params !== undefined && hasOwn.call(params, name)) return params[name];
  switch (slot) {
    case 1:
      return sheet;
    case 2:
      return input.cell;
    case 3:
      return input.row;
    case 4:
      return input.column;
    case 5:
      return input.criterion;
    case 6:
      return input.value;
    default:
      return undefined;
  }
}

/** Fills a message template; numbers print with the language's decimal separator. */
export function renderMessage(code: IssueCode, input: IssueInput, lang: Lang): string {
  return render(code, input, lang, input.sheet, input.params);
}

/** `params`: the input's (given apart so the collector can say "none" without an empty object). */
function render(
  code: IssueCode,
  input: IssueInput,
  lang: Lang,
  sheet: string | null | undefined,
  params: Record<string, string | number> | undefined,
): string {
  const { texts, names, slots, rows } = compiledOf(code, lang);
  let out = texts[0]!;
  for (let i = 0; i < names.length; i++) {
    const v = valueOf(names[i]!, slots[i]!, input, sheet, params);
    if (v !== null && v !== undefined) {
      if (typeof v !== "number") out += String(v);
      // Row numbers are counts, not quantities: "dòng 1234", never "dòng 1.234". Whole numbers
      // under 1000 print the same in both languages.
      else if (rows[i]! || (Number.isInteger(v) && v > -1000 && v < 1000)) out += String(v);
      // Up to 6 decimals (trailing zeros dropped): a message must show 0,125, not a rounded 0,13.
      else out += messageNumber(v, lang);
    }
    out += texts[i + 1]!;
  }
  return out;
}

/**
 * formatNumber(v, lang, 6) — scores are under 1000, where no thousands separator is needed, so
 * the number is printed by hand instead of through its regexes; larger numbers go to formatNumber.
 * Rounded to 6 decimals, a number under 1000 is the double nearest a decimal of at most 15
 * significant digits, so its shortest form (String) is exactly that decimal without trailing
 * zeros, as toFixed(6) with the zeros cut gives it; never in exponent form (it is 0 or ≥ 1e-6).
 */
function messageNumber(v: number, lang: Lang): string {
  return lang === "vi" ? viNumbers.get(v, viNumber) : enNumbers.get(v, enNumber);
}

/**
 * Printed numbers by value: a province's scores sit on a few grid points (0,25, 1,5, …), so each
 * is printed once (bounded, as the reader's memos; -0 and 0 print the same, as Map keys they are).
 */
const viNumbers = new BoundedMemo<number, string>(1024);
const enNumbers = new BoundedMemo<number, string>(1024);
const viNumber = (v: number): string => printNumber(v, "vi");
const enNumber = (v: number): string => printNumber(v, "en");

function printNumber(v: number, lang: Lang): string {
  const r = roundTo(v, 6);
  if (!(Math.abs(r) < 1000)) return formatNumber(v, lang, 6);
  if (r === 0) return "0"; // -0 as well
  const s = String(r);
  return lang === "vi" ? s.replace(".", ",") : s;
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
    message: render(code, input, lang, sheet, input.params),
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
    issue.message = render(code, issue, this.lang, this.sheet, params);
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
