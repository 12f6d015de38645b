/**
 * Rule texts as decisions word them → structured rules, where the wording is clear. Anything
 * unclear gives null and the text is kept as written: a wrong rule would flag right scores.
 *
 * Recognised (after NFC; case, diacritics and spacing do not matter for keywords):
 * - survey: "Điều tra xã hội học", "ĐTXHH";
 * - ratio: "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa", "Điểm = (a/b) x điểm tối đa";
 * - step: "chấm theo bước 0,25" → a free range on that step;
 * - levels: "đúng hạn: 1 điểm; chậm: 0,5 điểm; không: 0 điểm", one level per line or after ";",
 *   "trừ 1 điểm" / "-1 điểm" for penalties; "Có: 1 điểm; Không: 0 điểm" is yes-no when the
 *   points are max and 0. A list without a 0 level gets "Không đạt: 0" (nobody is forced to
 *   score a task not done);
 * - thresholds: levels whose labels are percentage conditions ("Đạt 100%", "từ 80% đến dưới
 *   100%", "từ 70% - dưới 90%", "Trên 90%", "≥ 95%", "< 80%", "từ 90% trở lên"); below the
 *   lowest band a unit scores 0 (a band is added when the text leaves it unsaid).
 *   A band's lower bound is inclusive and its upper bound exclusive (the schema's convention),
 *   so "trên 90%" is read as "from 90%" and "đến 70%" as "below 70%": the published wordings
 *   pair them so that no value falls between two bands.
 * Rejected (null): points outside 0..max (or max..0 for a penalty), overlapping or unsorted
 * bands, a mix of percentage and plain labels, per-item wordings ("mỗi văn bản trừ 0,5 điểm"),
 * a single level, or any text around the levels that is not a heading.
 */
import { foldText } from "../grid/fold-text";
import { compare } from "../numbers/decimal";
import { ruleProblem } from "./rule-check";
import type { ScoringRule, ThresholdBand } from "./schema";

const NUM = String.raw`\d+(?:[.,]\d+)?`;
/** "<number> điểm" / "0,5đ" / "1 diem", with an attached sign ("-1 điểm"). */
const POINTS_RE = new RegExp(String.raw`([-−]?)(${NUM})\s*(?:điểm|diem|đ)(?![\p{L}\p{N}])`, "giu");

function toNumber(s: string): number {
  return Number(s.replace(",", "."));
}

/**
 * Rule texts repeat across every unit's copy of a province's template: each distinct (text, max)
 * is parsed once. Results are kept as JSON so no caller can change another's rule.
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 5_000;

/** Never throws: unclear or malformed input is null. */
export function parseRuleText(text: string, max: number): ScoringRule | null {
  if (typeof text !== "string" || typeof max !== "number" || !Number.isFinite(max)) return null;
  const key = `${max}\u0000${text}`;
  let json = memo.get(key);
  if (json === undefined) {
    let rule: ScoringRule | null = null;
    try {
      const nfc = text.normalize("NFC");
      rule = nfc.trim() === "" ? null : parse(nfc, max);
    } catch {
      rule = null;
    }
    json = JSON.stringify(rule);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, json);
  }
  return JSON.parse(json) as ScoringRule | null;
}

function parse(nfc: string, max: number): ScoringRule | null {
  const folded = foldText(nfc);
  const structured = parseStructured(nfc, folded, max);
  if (structured !== undefined) return structured;
  // Only a text with no scoring wording of its own is a survey item: "Có tổ chức điều tra xã
  // hội học: 1 điểm; Không: 0 điểm" is a self-scored task about running a survey.
  return /dieu tra xa hoi hoc|\bdtxhh\b/.test(folded) ? { kind: "survey" } : null;
}

/** A rule when the text has clear scoring wording (null when it does not fit the maximum), else undefined. */
/**
 * Per-case wordings: "Mỗi trường hợp bị xử lý trừ 0,5 điểm, tối đa trừ 2 điểm", "trừ 0,5 điểm
 * mỗi văn bản chậm, tối đa trừ 2", "0,25 điểm mỗi sáng kiến, tối đa 4 sáng kiến". "Tối đa N
 * điểm" (or a bare N) limits the points; "tối đa N <cases>" caps the count. Undefined when the
 * text is not a per-case wording; null when it is one but unclear (two amounts, no amount).
 */
function parsePerCount(folded: string, max: number): ScoringRule | null | undefined {
  if (!/\bmoi\b/.test(folded)) return undefined;
  const before = folded.split(/\btoi da\b/)[0]!;
  const amounts = [...before.matchAll(/(tru|cong|[-−])?\s*(\d+(?:[.,]\d+)?)\s*(?:diem|d)\b/g)];
  if (amounts.length !== 1) return amounts.length === 0 ? undefined : null;
  const m = amounts[0]!;
  const value = toNumber(m[2]!);
  if (!(value > 0)) return null;
  const deduct = m[1] === "tru" || m[1] === "-" || m[1] === "−" || compare(max, 0) < 0;
  const rule: Extract<ScoringRule, { kind: "per-count" }> = {
    kind: "per-count",
    each: deduct ? -value : value,
  };
  const cap = /\btoi da\s*(?:(?:tru|cong)\s*)?(\d+(?:[.,]\d+)?)\s*([a-z]+)?/.exec(folded);
  if (cap) {
    const n = toNumber(cap[1]!);
    const unit = cap[2] ?? "";
    if (unit === "" || unit === "diem" || unit === "d") rule.limit = n;
    else if (Number.isInteger(n) && n > 0) rule.maxCount = n;
    else return null;
  }
  return rule;
}

function parseStructured(nfc: string, folded: string, max: number): ScoringRule | null | undefined {
  const ratio = parseRatio(folded);
  if (ratio) return fits(ratio, max);
  const perCount = parsePerCount(folded, max);
  if (perCount !== undefined) return perCount === null ? null : fits(perCount, max);
  const step =
    /\b(?:theo )?buoc(?: cham(?: diem)?)?(?: la)? ?(\d+(?:[.,]\d+)?)|\bboi so cua (\d+(?:[.,]\d+)?)/.exec(
      folded,
    );
  if (step) {
    const value = toNumber(step[1] ?? step[2] ?? "");
    if (!(value > 0)) return null;
    return fits({ kind: "range", step: value }, max);
  }
  const entries = splitLevels(nfc, max);
  // No clear list of levels: not a structured rule (a survey mention may still decide).
  if (entries === "none" || entries === null || entries.length < 2) return undefined;
  const conditions = entries.map((e) => percentCondition(e.label));
  const withPercent = conditions.filter((c) => c !== null).length;
  if (withPercent === entries.length) {
    const bands: ThresholdBand[] = entries.map((e, i) => ({ ...conditions[i]!, points: e.points }));
    // Below the lowest band a unit scores 0 ("dưới 80%: 0 điểm" is often left unsaid).
    const lowest = Math.min(...bands.map((b) => b.min));
    if (lowest > 0) {
      const band: ThresholdBand = { min: 0, max: lowest, points: 0 };
      const descending = bands.length < 2 || compare(bands[0]!.min, bands[1]!.min) > 0;
      if (descending) bands.push(band);
      else bands.unshift(band);
    }
    return fits({ kind: "thresholds", bands }, max);
  }
  if (withPercent > 0) return null;
  const levels = entries.map((e) => ({ label: e.label, points: e.points }));
  if (levels.length === 2 && compare(max, 0) > 0) {
    const [a, b] = levels.map((l) => foldText(l.label));
    const yes = (s: string) => /^(co|dat)\b/.test(s);
    const no = (s: string) => /^khong\b/.test(s);
    const pointsOf = (pred: (s: string) => boolean) => levels.find((l) => pred(foldText(l.label)))?.points;
    if ((yes(a!) && no(b!)) || (no(a!) && yes(b!))) {
      if (compare(pointsOf(yes)!, max) === 0 && compare(pointsOf(no)!, 0) === 0) return { kind: "yes-no" };
    }
  }
  if (!levels.some((l) => compare(l.points, 0) === 0)) {
    levels.push({ label: compare(max, 0) < 0 ? "Không vi phạm" : "Không đạt", points: 0 });
  }
  return fits({ kind: "levels", levels }, max);
}

function fits(rule: ScoringRule, max: number): ScoringRule | null {
  return ruleProblem(rule, max) === null ? rule : null;
}

function parseRatio(folded: string): ScoringRule | null {
  const times = /(?:^|[\s)])[x×*]\s*(?:so )?diem toi da|diem toi da\s*[x×*]/.test(folded);
  if (!times) return null;
  if (!/ty le|\w\s*\/\s*\w/.test(folded)) return null;
  const round = /lam tron[^0-9]{0,30}(\d)\s*(?:chu so|so le)/.exec(folded);
  return round ? { kind: "ratio", decimals: Number(round[1]) } : { kind: "ratio" };
}

interface Entry {
  label: string;
  points: number;
}

/**
 * Every "label: N điểm" in order; "none" when the text names no points at all; null when any
 * text is left that is not a heading.
 */
function splitLevels(nfc: string, max: number): Entry[] | null | "none" {
  const out: Entry[] = [];
  let last = 0;
  for (const m of nfc.matchAll(POINTS_RE)) {
    const start = m.index;
    let between = nfc.slice(last, start);
    last = start + m[0].length;
    let sign = m[1] ? -1 : 1;
    // The label is the last line before the points (a first line may be a heading).
    const lines = between.split(/[\r\n]+/).filter((l) => l.trim() !== "");
    if (lines.length > 1 && out.length > 0) return null;
    between = lines[lines.length - 1] ?? "";
    // A leading apostrophe is the spreadsheet's "this is text" mark (neutralise adds it).
    between = between.replace(/^[\s;,.'\-+•*–—)]+/u, "").replace(/^[a-zđ]\)\s*/iu, "");
    between = between.replace(/[\s:：=,–-]+$/u, "");
    const verb = /\s(trừ|được|cho)$/iu.exec(between);
    if (verb) {
      if (/^trừ$/iu.test(verb[1]!)) sign = -1;
      between = between.slice(0, verb.index).replace(/[\s:：=,–-]+$/u, "");
    }
    const label = between.replace(/\s+/g, " ").trim();
    if (label === "") return null;
    const f = foldText(label);
    if (/^(toi da|toi thieu|moi|tong|diem toi da|diem)\b/.test(f) || /\bmoi\b/.test(f)) return null;
    let points = toNumber(m[2]!) * sign;
    if (points === 0) points = 0; // no -0
    // "trừ 1 điểm" on a penalty item whose points are written without sign.
    if (compare(max, 0) < 0 && points > 0 && /\btru\b/.test(foldText(nfc.slice(0, start)))) points = -points;
    out.push({ label, points });
  }
  if (out.length === 0) return "none";
  const tail = nfc.slice(last).replace(/[\s.;,)]+/gu, "");
  return tail === "" ? out : null;
}

const PCT = String.raw`(\d+(?:[.,]\d+)?)\s*%`;
const OPT_PCT = String.raw`(\d+(?:[.,]\d+)?)\s*%?`;
/** "từ 80% đến dưới 100%", "từ 70% - dưới 90%", "80% - 100%" */
const BETWEEN_RE = new RegExp(
  String.raw`(?:\btu\b|^)\s*${OPT_PCT}\s*(?:den|-|–|toi)\s*(duoi|nho hon)?\s*${PCT}`,
);
/** "từ 90%", "trên 90%", "≥ 95%" */
const FROM_RE = new RegExp(String.raw`(?:\b(?:tu|tren|lon hon|it nhat|toi thieu)|>=|≥|>)\s*${PCT}`);
/** "90% trở lên" */
const UPWARDS_RE = new RegExp(String.raw`${PCT}\s*tro len`);
/** "dưới 80%", "< 80%" */
const BELOW_RE = new RegExp(String.raw`(?:\b(?:duoi|nho hon|khong qua|khong vuot qua)|<=|≤|<)\s*${PCT}`);
/** "Đạt 100%", "100% công chức…" */
const AT_RE = new RegExp(String.raw`^(?:dat\s*)?${PCT}`);
const ANY_RE = new RegExp(PCT);

/** A percentage condition in a label → a band's bounds, else null. */
function percentCondition(label: string): { min: number; max?: number } | null {
  // "Tỷ lệ hồ sơ đúng hạn: Đạt 100%": the condition is the last part holding a percentage.
  const parts = foldText(label)
    .split(/[:：]/)
    .filter((p) => p.includes("%"));
  const f = (parts[parts.length - 1] ?? "").trim();
  if (f === "") return null;
  let m = BETWEEN_RE.exec(f);
  if (m) return { min: toNumber(m[1]!), max: toNumber(m[3]!) };
  m = FROM_RE.exec(f) ?? UPWARDS_RE.exec(f);
  if (m) return { min: toNumber(m[1]!) };
  m = BELOW_RE.exec(f);
  if (m) return { min: 0, max: toNumber(m[1]!) };
  m = AT_RE.exec(f) ?? ANY_RE.exec(f);
  if (m) return { min: toNumber(m[1]!) };
  return null;
}
