/** Reading one answer cell against a question's scale: a weight, excluded, blank or not on the scale. */
import { foldText } from "../grid/fold-text";
import { parseNumberCell } from "../numbers/parse-number";
import type { CellValue } from "../grid/grid";
import { BUILTIN_SCALES, EXCLUDED_ANSWERS, type Scale, type SurveyDesign } from "./design-schema";
import { hasOwnKey } from "../keys/own-keys";

export type AnswerValue =
  | { kind: "weight"; weight: number }
  | { kind: "excluded" }
  | { kind: "blank" }
  | { kind: "invalid"; text: string };

const BLANK: AnswerValue = { kind: "blank" };
const EXCLUDED: AnswerValue = { kind: "excluded" };

function fold(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

const EXCLUDED_KEYS = new Set(EXCLUDED_ANSWERS.map(fold));
const EXCLUDED_PREFIX = /^(khong biet|khong tra loi|khong y kien)\b/;

/** A compiled scale: folded labels → weight, memoised per distinct cell text. */
export class ScaleReader {
  private readonly labels = new Map<string, number | null>();
  private readonly memo = new Map<string, AnswerValue>();

  constructor(readonly scale: Scale) {
    if (scale.kind === "options")
      for (const o of scale.options)
        for (const l of [o.label, ...(o.aliases ?? [])]) {
          const k = fold(l);
          if (!this.labels.has(k)) this.labels.set(k, o.weight);
        }
  }

  read(v: CellValue): AnswerValue {
    if (v === null || v === "") return BLANK;
    if (typeof v === "boolean") return { kind: "invalid", text: String(v) };
    const key = typeof v === "number" ? String(v) : v;
    let r = this.memo.get(key);
    if (!r) {
      r = this.compute(v);
      if (this.memo.size < 10_000) this.memo.set(key, r);
    }
    return r;
  }

  private compute(v: string | number): AnswerValue {
    const text = typeof v === "number" ? String(v) : v.trim();
    if (text === "") return BLANK;
    const f = fold(text);
    if (this.scale.kind === "numeric") {
      if (EXCLUDED_KEYS.has(f) || EXCLUDED_PREFIX.test(f)) return EXCLUDED;
      const p = parseNumberCell(v);
      const { min, max } = this.scale;
      if (p.kind !== "number" || p.value < min || p.value > max || max <= min)
        return { kind: "invalid", text };
      return { kind: "weight", weight: (p.value - min) / (max - min) };
    }
    const direct = this.option(f);
    if (direct !== undefined) return direct;
    // "A. Rất tốt", "A) Rất tốt", "A - Rất tốt": the letter decides; the text must not contradict it.
    const m = /^([a-z0-9])(?: (.*))?$/.exec(f);
    if (m && /^[a-z0-9][\s.):\-–]/.test(foldText(text) + " ")) {
      const byLetter = this.option(m[1]!);
      if (byLetter !== undefined) {
        const rest = m[2] === undefined ? undefined : this.option(m[2]);
        if (rest === undefined || sameWeight(rest, byLetter)) return byLetter;
        return { kind: "invalid", text };
      }
    }
    if (EXCLUDED_KEYS.has(f) || EXCLUDED_PREFIX.test(f)) return EXCLUDED;
    return { kind: "invalid", text };
  }

  private option(f: string): AnswerValue | undefined {
    if (!this.labels.has(f)) return undefined;
    const w = this.labels.get(f)!;
    return w === null ? EXCLUDED : { kind: "weight", weight: w };
  }
}

function sameWeight(a: AnswerValue, b: AnswerValue): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== "weight" || (b.kind === "weight" && a.weight === b.weight);
}

/** The scale a question uses: the design's named scale, else a built-in one. */
export function scaleNamed(design: SurveyDesign, name: string | undefined): Scale | null {
  const n = name ?? design.defaultScale;
  // Own keys only: a scale named "constructor" or "toString" is not Object.prototype's member.
  if (hasOwnKey(design.scales, n)) return design.scales[n]!;
  return hasOwnKey(BUILTIN_SCALES, n) ? BUILTIN_SCALES[n]! : null;
}
