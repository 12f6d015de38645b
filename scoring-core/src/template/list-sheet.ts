/**
 * The cells a template's drop-down lists take their items from. A list typed into the rule
 * ("0,0.5,1") is parsed with the user's regional settings, so with a decimal comma picking
 * "0.5" can enter text; a list whose source is a range of numeric cells gives the number.
 * One column per distinct list (the levels, then any accepted text such as "Không áp dụng"),
 * on a (very) hidden tool sheet whose name carries a hash of its content: identical lists
 * reuse the sheet, different lists get another, so an earlier template's lists never change.
 * Every host and the cli's templates use this one layout.
 */
import { a1 } from "../grid/address";
import type { TemplateSpec, TemplateValidation } from "./template-spec";

export interface TemplateListSheet {
  /** "CCHC_DS_" + 8 hex digits of the content's hash. */
  name: string;
  /** columns[c] = the items of list c, top to bottom (numbers, then texts). */
  columns: (number | string)[][];
  /** The list's source range, "'CCHC_DS_…'!$A$1:$A$3" (no "="), or undefined for a non-list. */
  sourceOf(v: TemplateValidation): string | undefined;
  /** The source range of one of the spec's text lists (e.g. the appraisal flag), or undefined. */
  textSourceOf(values: readonly string[]): string | undefined;
}

const itemsOf = (v: TemplateValidation & { kind: "list" }): (number | string)[] => [
  ...v.values,
  ...(v.allowText ?? []),
];

export function templateListSheet(spec: TemplateSpec): TemplateListSheet | null {
  const lists: (number | string)[][] = [];
  const index = new Map<string, number>();
  const keyOf = (v: TemplateValidation & { kind: "list" }) => JSON.stringify(itemsOf(v));
  for (const row of spec.rows) {
    const v = row.validation;
    if (v?.kind !== "list") continue;
    const key = keyOf(v);
    if (!index.has(key)) {
      index.set(key, lists.length);
      lists.push(itemsOf(v));
    }
  }
  const textKey = (values: readonly string[]) => `text:${JSON.stringify(values)}`;
  for (const t of spec.textLists ?? []) {
    const key = textKey(t.values);
    if (!index.has(key)) {
      index.set(key, lists.length);
      lists.push([...t.values]);
    }
  }
  if (lists.length === 0) return null;
  // FNV-1a over the content: a stable, short name.
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(lists)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const name = `CCHC_DS_${h.toString(16).padStart(8, "0")}`;
  const source = (key: string) => {
    const c = index.get(key);
    if (c === undefined) return undefined;
    const col = a1(0, c).replace(/\d+$/, "");
    return `'${name}'!$${col}$1:$${col}$${lists[c]!.length}`;
  };
  return {
    name,
    columns: lists,
    sourceOf: (v) => (v.kind === "list" ? source(keyOf(v)) : undefined),
    textSourceOf: (values) => source(textKey(values)),
  };
}
