/**
 * The change log the council can trust: the hosts keep a snapshot of a unit's appraisal cells
 * and, after an edit, append the differences (who, when, which round, old → new) to a tool sheet
 * units cannot edit. This is the pure diff; the hosts write it.
 */
import { toUnits } from "../numbers/decimal";
import type { AppraisalItem, AppraisalLogEntry, AppraisalSnapshot } from "./schema";
import { hasOwnKey, ownValue } from "../keys/own-keys";

export function snapshotOf(items: readonly AppraisalItem[]): AppraisalSnapshot {
  const s: AppraisalSnapshot = {};
  for (const i of items) s[i.code] = { round1: i.round1, round2: i.round2 };
  return s;
}

const same = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : toUnits(a) === toUnits(b);

/** One entry per round whose score was set, changed or cleared, in code order of `after` then removed codes. */
export function diffSnapshots(
  before: AppraisalSnapshot,
  after: AppraisalSnapshot,
  meta: { at: string; by: string; unit: string },
): AppraisalLogEntry[] {
  const out: AppraisalLogEntry[] = [];
  const codes = [...Object.keys(after), ...Object.keys(before).filter((c) => !hasOwnKey(after, c))];
  for (const code of codes) {
    const b = ownValue(before, code) ?? { round1: null, round2: null };
    const a = ownValue(after, code) ?? { round1: null, round2: null };
    for (const round of [1, 2] as const) {
      const old = round === 1 ? b.round1 : b.round2;
      const now = round === 1 ? a.round1 : a.round2;
      if (!same(old, now)) out.push({ ...meta, code, round, old, new: now });
    }
  }
  return out;
}
