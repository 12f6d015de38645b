/**
 * What changed between two years' sets: items added and removed, renumbered (matched by title
 * similarity), re-titled, and changed maxima and rules. Officials read this before adopting next
 * year's decision, so a renumbered item is one "code" change, not a removal plus an addition.
 */
import { foldText } from "../grid/fold-text";
import type { Lang } from "../messages/lang";
import { compare } from "../numbers/decimal";
import { neutralise } from "../output/neutralise";
import type { SheetBlock } from "../output/sheet-block";
import { flattenSet } from "./lookup";
import type { Criterion, CriteriaSet } from "./schema";

export interface DiffItem {
  code: string;
  title: string;
  max: number;
}
export interface DiffChange {
  /** The item's code in the new set. */
  code: string;
  what: "max" | "title" | "rule" | "code";
  old: string | number;
  new: string | number;
}
export interface SetDiff {
  added: DiffItem[];
  removed: DiffItem[];
  changed: DiffChange[];
}

/** Word-bigram Dice similarity of two titles, 0..1, on folded (accent-free, lower-case) text. */
export function titleSimilarity(a: string, b: string): number {
  const words = (s: string) =>
    foldText(s)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const grams = (w: string[]) => {
    const out = new Map<string, number>();
    const list = w.length < 2 ? w : w.slice(1).map((x, i) => `${w[i]} ${x}`);
    for (const g of list) out.set(g, (out.get(g) ?? 0) + 1);
    return out;
  };
  const ga = grams(words(a));
  const gb = grams(words(b));
  const total = [...ga.values()].reduce((s, n) => s + n, 0) + [...gb.values()].reduce((s, n) => s + n, 0);
  if (total === 0) return a.trim() === b.trim() ? 1 : 0;
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / total;
}

/** Same code, titles at least this alike: the same item (its title may have been edited). */
const SAME_CODE = 0.5;
/** Different codes, titles at least this alike: the item was renumbered. */
const RENUMBERED = 0.8;

function ruleWords(n: Criterion): string {
  if (n.ruleText !== undefined && n.ruleText.trim() !== "") return n.ruleText.trim();
  return n.rule ? JSON.stringify(n.rule) : "";
}

function maxWords(n: Criterion): string | number {
  if (!n.maxByUnitType || Object.keys(n.maxByUnitType).length === 0) return n.max;
  const per = Object.entries(n.maxByUnitType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([t, m]) => `${t}: ${m}`)
    .join("; ");
  return `${n.max} (${per})`;
}

function compareItem(oldNode: Criterion, newNode: Criterion, out: DiffChange[]): void {
  const code = newNode.code;
  if (oldNode.code !== newNode.code) out.push({ code, what: "code", old: oldNode.code, new: newNode.code });
  if (oldNode.title.trim() !== newNode.title.trim())
    out.push({ code, what: "title", old: oldNode.title, new: newNode.title });
  const om = maxWords(oldNode);
  const nm = maxWords(newNode);
  const maxChanged =
    typeof om === "number" && typeof nm === "number" ? compare(om, nm) !== 0 : String(om) !== String(nm);
  if (maxChanged) out.push({ code, what: "max", old: om, new: nm });
  const or = ruleWords(oldNode);
  const nr = ruleWords(newNode);
  // The rule's words or its structure: either changing changes how units are scored.
  if (or !== nr || JSON.stringify(oldNode.rule ?? null) !== JSON.stringify(newNode.rule ?? null))
    out.push({ code, what: "rule", old: or, new: nr });
}

const item = (n: Criterion): DiffItem => ({ code: n.code, title: n.title, max: n.max });

/** The differences from `before` to `after`, in the new set's tree order (removed: the old set's). */
export function diffSets(before: CriteriaSet, after: CriteriaSet): SetDiff {
  const olds = flattenSet(before).map((x) => x.node);
  const news = flattenSet(after).map((x) => x.node);
  const pair = new Map<Criterion, Criterion>(); // new → old
  const usedOld = new Set<Criterion>();
  const oldByCode = new Map<string, Criterion>();
  for (const o of olds) if (!oldByCode.has(o.code)) oldByCode.set(o.code, o);

  // 1. Best title matches first, over both sides: the same code with a similar title, or a
  // different code with a very similar one (renumbered). A same-code pair is preferred on ties.
  const candidates: { n: Criterion; o: Criterion; s: number }[] = [];
  for (const n of news)
    for (const o of olds) {
      const sim = titleSimilarity(o.title, n.title);
      const same = o.code === n.code;
      if (sim >= (same ? SAME_CODE : RENUMBERED)) candidates.push({ n, o, s: sim + (same ? 0.15 : 0) });
    }
  candidates.sort((x, y) => y.s - x.s);
  for (const { n, o } of candidates) {
    if (pair.has(n) || usedOld.has(o)) continue;
    pair.set(n, o);
    usedOld.add(o);
  }
  // 2. Same code left on both sides: the item was re-titled.
  for (const n of news) {
    if (pair.has(n)) continue;
    const o = oldByCode.get(n.code);
    if (o && !usedOld.has(o)) {
      pair.set(n, o);
      usedOld.add(o);
    }
  }
  const changed: DiffChange[] = [];
  const added: DiffItem[] = [];
  for (const n of news) {
    const o = pair.get(n);
    if (o) compareItem(o, n, changed);
    else added.push(item(n));
  }
  const removed = olds.filter((o) => !usedOld.has(o)).map(item);
  return { added, removed, changed };
}

const HEAD: Record<Lang, string[]> = {
  vi: ["Thay đổi", "Mã", "Nội dung", "Cũ", "Mới"],
  en: ["Change", "Code", "Item", "Old", "New"],
};
const KIND: Record<Lang, Record<"added" | "removed" | DiffChange["what"], string>> = {
  vi: {
    added: "Thêm mới",
    removed: "Bỏ",
    code: "Đổi số thứ tự",
    title: "Đổi tên",
    max: "Đổi điểm tối đa",
    rule: "Đổi cách tính điểm",
  },
  en: {
    added: "Added",
    removed: "Removed",
    code: "Renumbered",
    title: "Re-titled",
    max: "Maximum changed",
    rule: "Rule changed",
  },
};

/** The diff as a sheet the hosts (and the cli's .xlsx writer) render. */
export function diffSheet(diff: SetDiff, before: CriteriaSet, after: CriteriaSet, lang: Lang): SheetBlock {
  const title =
    lang === "vi"
      ? `So sánh bộ tiêu chí: ${before.name} (${before.year}) → ${after.name} (${after.year})`
      : `Criteria sets compared: ${before.name} (${before.year}) → ${after.name} (${after.year})`;
  const titles = new Map(flattenSet(after).map(({ node }) => [node.code, node.title]));
  const text = (v: string | number) => (typeof v === "number" ? v : neutralise(v));
  const rows: (string | number | null)[][] = [[neutralise(title)], HEAD[lang]];
  for (const a of diff.added) rows.push([KIND[lang].added, a.code, neutralise(a.title), null, a.max]);
  for (const r of diff.removed) rows.push([KIND[lang].removed, r.code, neutralise(r.title), r.max, null]);
  for (const c of diff.changed)
    rows.push([KIND[lang][c.what], c.code, neutralise(titles.get(c.code) ?? ""), text(c.old), text(c.new)]);
  return {
    name: lang === "vi" ? "So sánh bộ tiêu chí" : "Set comparison",
    rows,
    headerRows: [1],
    titleRows: [0],
    marker: "cchc:set-diff:v1",
    columnWidths: [20, 10, 60, 30, 30],
    numberColumns: [],
    links: [],
  };
}
