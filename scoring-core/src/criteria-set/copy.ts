/**
 * Next year's set from last year's: the same tree, rules and classes, a new year and id, and
 * nothing that belonged to last year's decision (its number, date and annex rows), so the copy
 * is never mistaken for an issued decision.
 */
import type { CriteriaSet, Criterion } from "./schema";

export interface CopyOptions {
  year: number;
  id?: string;
  name?: string;
}

function stripSource(nodes: readonly Criterion[]): Criterion[] {
  return nodes.map((n) => {
    const { source: _source, ...rest } = n;
    return rest.children ? { ...rest, children: stripSource(rest.children) } : rest;
  });
}

/** A year inside a text replaced by the new one ("…-2025" → "…-2026"); else the year appended. */
function withYear(text: string, from: number, to: number, sep: string): string {
  const re = new RegExp(`\\b${from}\\b`, "g");
  return re.test(text) ? text.replace(re, String(to)) : `${text}${sep}${to}`;
}

function shiftDate(iso: string, years: number): string {
  const m = /^(\d{4})(-\d{2}-\d{2})$/.exec(iso);
  if (!m) return iso;
  const shifted = `${Number(m[1]) + years}${m[2]}`;
  // 29 February in a year without it becomes 28 February.
  return shifted.endsWith("-02-29") && !isLeap(Number(m[1]) + years)
    ? shifted.replace("-02-29", "-02-28")
    : shifted;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** A set is plain JSON data: a JSON round trip is a deep copy. */
function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

export function copySetForYear(set: CriteriaSet, options: CopyOptions): CriteriaSet {
  const years = options.year - set.year;
  const copy: CriteriaSet = {
    ...clone(set),
    id: options.id ?? withYear(set.id, set.year, options.year, "-"),
    name: options.name ?? withYear(set.name, set.year, options.year, " "),
    year: options.year,
    // Last year's decision does not issue next year's set; the issuer usually stays.
    source: set.source.issuer ? { issuer: set.source.issuer } : {},
    fields: stripSource(clone(set.fields)),
  };
  if (set.evidencePeriod)
    copy.evidencePeriod = {
      from: shiftDate(set.evidencePeriod.from, years),
      to: shiftDate(set.evidencePeriod.to, years),
    };
  return copy;
}
