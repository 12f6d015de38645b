/**
 * What "Không áp dụng" does to a parent's points, per the set's notApplicablePolicy on each item.
 * Decisions differ even within one document, so the policy is per item:
 *   exclude    — the item leaves the maximum (the default, and the rule without a set);
 *   full-marks — the item counts as achieved in full;
 *   rescale    — the parent keeps its full maximum: the remaining items' points are scaled by
 *                parent maximum ÷ their maxima;
 *   share      — the item's maximum is split equally among the applicable siblings, each sibling's
 *                points scaled by its new maximum ÷ its own.
 * All values are integer micro-points (numbers/decimal.ts); each scaling rounds once, half away
 * from zero, so hosts get the same figure.
 */
import type { NotApplicablePolicy } from "./schema";

export interface PolicyChild {
  /** The child's full maximum (micro-points). */
  max: number;
  /** Its maximum once its own N/A items left it (micro-points). */
  applicableMax: number;
  self: number;
  appraised: number;
  notApplicable: boolean;
  policy: NotApplicablePolicy | undefined;
}

export interface PolicyResult {
  applicableMax: number;
  self: number;
  appraised: number;
}

/** Half away from zero, for a scaled micro-point value. */
function scale(units: number, num: number, den: number): number {
  if (den === 0) return 0;
  const exact = (units * num) / den;
  return Math.sign(exact) * Math.round(Math.abs(exact));
}

/** True when some not-applicable child has a policy other than exclude (otherwise the plain sums stand). */
export function needsPolicy(children: readonly PolicyChild[]): boolean {
  return children.some((c) => c.notApplicable && (c.policy ?? "exclude") !== "exclude");
}

/**
 * The parent's applicable maximum and points after its children's N/A policies. Children that
 * are applicable are taken with their own (already resolved) sums.
 */
export function resolveNotApplicable(children: readonly PolicyChild[]): PolicyResult {
  const live = children.filter((c) => !c.notApplicable);
  const out: PolicyResult = { applicableMax: 0, self: 0, appraised: 0 };
  for (const c of live) {
    out.applicableMax += c.applicableMax;
    out.self += c.self;
    out.appraised += c.appraised;
  }
  const na = children.filter((c) => c.notApplicable);
  // full-marks first: those items are achieved, and count as live for the others' shares.
  for (const c of na)
    if (c.policy === "full-marks") {
      out.applicableMax += c.max;
      out.self += c.max;
      out.appraised += c.max;
    }
  const liveMax = live.reduce((s, c) => s + c.applicableMax, 0);
  if (live.length === 0 || liveMax === 0) return out;

  // share: each applicable sibling gets an equal part of the item's maximum.
  const shared = na.filter((c) => c.policy === "share").reduce((s, c) => s + c.max, 0);
  if (shared !== 0) {
    const parts = splitEqually(shared, live.length);
    out.applicableMax = 0;
    out.self = 0;
    out.appraised = 0;
    live.forEach((c, i) => {
      const newMax = c.applicableMax + parts[i]!;
      out.applicableMax += newMax;
      out.self += scale(c.self, newMax, c.applicableMax);
      out.appraised += scale(c.appraised, newMax, c.applicableMax);
    });
    for (const c of na)
      if (c.policy === "full-marks") {
        out.applicableMax += c.max;
        out.self += c.max;
        out.appraised += c.max;
      }
  }

  // rescale: the live items (as they stand now) are scaled up to cover the rescaled items too.
  const rescaled = na.filter((c) => c.policy === "rescale").reduce((s, c) => s + c.max, 0);
  if (rescaled !== 0) {
    const fullMarks = na.filter((c) => c.policy === "full-marks").reduce((s, c) => s + c.max, 0);
    const base = out.applicableMax - fullMarks;
    const target = base + rescaled;
    out.self = scale(out.self - fullMarks, target, base) + fullMarks;
    out.appraised = scale(out.appraised - fullMarks, target, base) + fullMarks;
    out.applicableMax = target + fullMarks;
  }
  return out;
}

/** n integer parts adding up to total exactly (the remainder goes to the first parts). */
export function splitEqually(total: number, n: number): number[] {
  const sign = Math.sign(total);
  const abs = Math.abs(total);
  const base = Math.floor(abs / n);
  const rest = abs - base * n;
  return Array.from({ length: n }, (_, i) => sign * (base + (i < rest ? 1 : 0)));
}

/** What the totals walk knows of a child node and its sums (micro-points). */
export interface HookNode {
  notApplicable: boolean;
  surveyScored: boolean;
  crit: { notApplicablePolicy?: NotApplicablePolicy | undefined } | null;
}
export interface HookAcc {
  max: number;
  applicableMax: number;
  self: number;
  appraised: number;
}

/** True when some child's N/A policy changes its parent's sums (the hook below then applies). */
export function hasNotApplicablePolicy(nodes: readonly HookNode[]): boolean {
  for (const n of nodes)
    if (n.notApplicable && !n.surveyScored && (n.crit?.notApplicablePolicy ?? "exclude") !== "exclude")
      return true;
  return false;
}

/**
 * The totals hook: a parent's applicable maximum and points when a child's N/A policy changes
 * them, else null (the plain sums stand). Survey-scored children are scored by the survey, not
 * here: they pass through unscaled.
 */
export function notApplicableTotals(
  nodes: readonly HookNode[],
  accs: readonly HookAcc[],
): PolicyResult | null {
  // Hot path (every parent of every table): most parents have no N/A child with a policy, so
  // look first and build nothing.
  if (!hasNotApplicablePolicy(nodes)) return null;
  const kids = nodes.map((n, i) => ({
    ...accs[i]!,
    notApplicable: n.notApplicable,
    policy: n.crit?.notApplicablePolicy,
    survey: n.surveyScored,
  }));
  const scored = kids.filter((k) => !k.survey);
  if (!needsPolicy(scored)) return null;
  const r = resolveNotApplicable(scored);
  for (const k of kids)
    if (k.survey) {
      r.applicableMax += k.applicableMax;
      r.self += k.self;
      r.appraised += k.appraised;
    }
  return r;
}
