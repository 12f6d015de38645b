// FROZEN REFERENCE: src/ranking/rank-units.ts as at e1eac5c (session 5 start), the oracle of
// ranking-differential.test.ts. Never edit it to follow the product code.
/**
 * Ranking within groups. Ties are explicit: indexes equal once rounded half away from zero at
 * tieRule.decimals share a rank (87,244 and 87,2449 tie at 2 decimals); dense gives 1,1,2 and
 * competition 1,1,3. Tied units are listed by name, so the input order never changes the output.
 */
import { TieRuleSchema, type Classification, type TieRule } from "../../../src/criteria-set/schema";
import { applyAverageRules } from "../../../src/consolidation/average-rules";
import type { Lang } from "../../../src/messages/lang";
import type {
  FailedUnit,
  RankStatus,
  RankedRow,
  RankingReport,
  SkippedFile,
  UnitResult,
} from "../../../src/reports/schemas";
import type { Issue } from "../../../src/issues/issue";
import { makeIssue } from "../../../src/issues/issue";
import { REPORT_SCHEMA_VERSION } from "../../../src/reports/schemas";
import { roundTo } from "../../../src/numbers/decimal";
import { applyClassRules, makeClassifier } from "./classify";
import { compareTieBreak, tieBreakValues } from "./tie-break";
import { lostPoints } from "./lost-points";

export interface RankOptions {
  classification: Classification;
  tieRule?: TieRule;
  lang?: Lang;
  failed?: FailedUnit[];
  /** Group order for output (others follow alphabetically). */
  groupOrder?: string[];
  /**
   * The lost-points analysis (a walk over every node of every unit) is on by default; false skips
   * it for callers that only need ranks and classes (report.lostPoints is then empty).
   */
  lostPoints?: boolean;
  /**
   * A survey (ĐTXHH) table was given for this consolidation: a unit without survey points is then
   * missing from it (survey-missing, held out or provisional). Without one, every unit's survey is
   * "chưa có" and the ranks are provisional.
   */
  surveyProvided?: boolean;
  /** The setting for a unit missing from the survey table (default "hold-out"). */
  missingSurvey?: "hold-out" | "provisional";
  /** Files skipped on purpose (duplicates, the tool's own outputs), carried into the report. */
  skipped?: SkippedFile[];
  /** Consolidation issues found by the caller (unit-duplicate-file…), carried into the report. */
  issues?: Issue[];
  /** Conditions that hold per unit name (classification.conditions ids), e.g. {"Sở X": ["discipline"]}. */
  flags?: Record<string, readonly string[]>;
}

const REASONS = {
  heldOut: {
    vi: "Chưa xếp hạng: không có điểm ĐTXHH của đơn vị trong bảng điều tra xã hội học.",
    en: "Not ranked: the survey (ĐTXHH) table has no points for this unit.",
  },
  provisionalMissing: {
    vi: "Xếp hạng tạm tính: chưa có điểm ĐTXHH của đơn vị trong bảng điều tra xã hội học.",
    en: "Provisional rank: the survey (ĐTXHH) table has no points for this unit yet.",
  },
  provisionalNoSurvey: {
    vi: "Xếp hạng tạm tính: chưa có bảng điểm ĐTXHH.",
    en: "Provisional rank: no survey (ĐTXHH) points yet.",
  },
  outcomeHeld: { vi: "đơn vị chưa được xếp hạng", en: "the unit is not ranked" },
  outcomeProvisional: { vi: "xếp hạng của đơn vị là tạm tính", en: "its rank is provisional" },
} as const;

interface Standing {
  status: RankStatus;
  reason: string | null;
}

/**
 * Whether a unit can be ranked: survey points missing are never a silent 0. Pure, so every
 * host decides the same way.
 */
export function rankStanding(
  unit: UnitResult,
  options: Pick<RankOptions, "surveyProvided" | "missingSurvey" | "lang">,
): Standing {
  const lang = options.lang ?? "vi";
  const t = unit.totals;
  if (t.surveyGiven) return { status: "ranked", reason: null };
  // Nothing to miss: no survey table, and the unit's table (or set) has no survey-scored item.
  if (!options.surveyProvided && t.surveyMax === 0) return { status: "ranked", reason: null };
  if (!options.surveyProvided) return { status: "provisional", reason: REASONS.provisionalNoSurvey[lang] };
  // A survey table was given but has no row for this unit: whatever the table's own maximum
  // says, the others got survey points and this unit would silently get 0.
  return options.missingSurvey === "provisional"
    ? { status: "provisional", reason: REASONS.provisionalMissing[lang] }
    : { status: "held-out", reason: REASONS.heldOut[lang] };
}

let collator: Intl.Collator | null = null;
/** Vietnamese collation (localeCompare(…, "vi")), created once. */
export function compareVi(a: string, b: string): number {
  collator ??= new Intl.Collator("vi");
  return collator.compare(a, b);
}

interface Keyed {
  unit: UnitResult;
  standing: Standing;
  /** Tie key (tieKey); -Infinity when there is no index (ranked last). */
  key: number;
  /** The set's tie-break keys after the index (tie-break.ts); empty without one. */
  tb: number[];
}

/**
 * The tie key: the index rounded half away from zero at `decimals`, as an integer count of
 * 10^-decimals. Math.round is exact unless the value sits within float noise of a half; those
 * (rare) cases go through roundTo, which decides on 15 significant digits as Excel does.
 */
export function tieKey(index: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Math.abs(index) * scale;
  const frac = scaled - Math.floor(scaled);
  const r =
    Math.abs(frac - 0.5) > 1e-6 ? Math.round(scaled) : Math.round(Math.abs(roundTo(index, decimals)) * scale);
  return index < 0 ? -r : r;
}

/** Published index (tie key), then the set's tie-break keys: what decides a rank. */
function compareKeyAndTieBreak(a: Keyed, b: Keyed): number {
  if (a.key !== b.key) return b.key > a.key ? 1 : -1;
  return compareTieBreak(a.tb, b.tb);
}

/**
 * Units by name in Vietnamese collation; two names the collation holds equal (the same name in
 * NFC and NFD…) in the order they first appear. This is the order of the names' positions in the
 * stably sorted list of distinct names, without sorting every name: only tied units are compared.
 */
function nameComparer(units: readonly UnitResult[]): (a: Keyed, b: Keyed) => number {
  let first: Map<string, number> | null = null;
  return (a, b) => {
    const x = a.unit.unit;
    const y = b.unit.unit;
    if (x === y) return 0;
    const c = compareVi(x, y);
    if (c !== 0) return c;
    if (first === null) {
      first = new Map();
      for (let i = 0; i < units.length; i++) if (!first.has(units[i]!.unit)) first.set(units[i]!.unit, i);
    }
    return first.get(x)! - first.get(y)!;
  };
}

/** After the index and tie-break keys: name, file, then the figures (input order never matters). */
function compareRest(a: Keyed, b: Keyed, byName: (a: Keyed, b: Keyed) => number): number {
  return (
    byName(a, b) ||
    compareVi(a.unit.file ?? "", b.unit.file ?? "") ||
    b.unit.totals.final - a.unit.totals.final ||
    a.unit.errors - b.unit.errors ||
    a.unit.warnings - b.unit.warnings ||
    b.unit.totals.appraised - a.unit.totals.appraised ||
    b.unit.totals.self - a.unit.totals.self
  );
}

/**
 * Sorts a group: by index and tie-break keys, then each run of ties by the rest. The same order as
 * one sort by the whole comparison (both stable), with names collated only where units tie.
 */
function sortGroup(list: Keyed[], byName: (a: Keyed, b: Keyed) => number): void {
  list.sort(compareKeyAndTieBreak);
  for (let i = 0; i < list.length;) {
    let j = i + 1;
    while (j < list.length && compareKeyAndTieBreak(list[i]!, list[j]!) === 0) j++;
    if (j - i > 1) {
      const run = list.slice(i, j).sort((a, b) => compareRest(a, b, byName));
      for (let k = 0; k < run.length; k++) list[i + k] = run[k]!;
    }
    i = j;
  }
}

/** Ranks one group's units (already sorted by sortGroup). */
function assignRanks(sorted: Keyed[], mode: TieRule["mode"]): number[] {
  const ranks: number[] = [];
  let rank = 0;
  for (let i = 0; i < sorted.length; i++) {
    const differs =
      i === 0 ||
      sorted[i]!.key !== sorted[i - 1]!.key ||
      compareTieBreak(sorted[i]!.tb, sorted[i - 1]!.tb) !== 0;
    if (differs) rank = mode === "dense" ? rank + 1 : i + 1;
    ranks.push(rank);
  }
  return ranks;
}

/** Ranks units within each group by index, classifies them, and adds the lost-points analysis. */
export function rankUnits(scored: UnitResult[], options: RankOptions): RankingReport {
  // Items scored against the group's average get their points now that every unit is read.
  const units = applyAverageRules(scored).units;
  const tie = TieRuleSchema.parse(options.tieRule ?? {});
  const groups = new Map<string, Keyed[]>();
  const byName = nameComparer(units);
  const tieBreak = options.classification.tieBreak;
  const noTieBreak: number[] = [];
  const lang = options.lang ?? "vi";
  const issues: Issue[] = [...(options.issues ?? [])];
  for (const unit of units) {
    const i = unit.totals.index;
    const key = i === null || !Number.isFinite(i) ? -Infinity : tieKey(i, tie.decimals);
    let list = groups.get(unit.group);
    if (!list) groups.set(unit.group, (list = []));
    // Without tie-break keys every unit shares one empty list (compared, never written).
    const tb = tieBreak && tieBreak.length > 0 ? tieBreakValues(unit, tieBreak) : noTieBreak;
    const standing = rankStanding(unit, options);
    if (options.surveyProvided && !unit.totals.surveyGiven && unit.totals.surveyMax > 0) {
      const outcome =
        standing.status === "held-out" ? REASONS.outcomeHeld[lang] : REASONS.outcomeProvisional[lang];
      issues.push(makeIssue("survey-missing", { value: unit.unit, params: { outcome } }, lang));
    }
    list.push({ unit, standing, key, tb });
  }
  const order = options.groupOrder ?? [];
  const groupNames = [...groups.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    if (ia >= 0 || ib >= 0) return ia < 0 ? 1 : ib < 0 ? -1 : ia - ib;
    return compareVi(a, b);
  });
  const classify = makeClassifier(options.classification);
  const scale = 10 ** tie.decimals;
  const out: RankingReport["groups"] = [];
  for (const group of groupNames) {
    const all = groups.get(group)!;
    sortGroup(all, byName);
    // Held-out units are listed after the ranked ones, by name, and take no rank.
    const sorted: Keyed[] = [];
    const held: Keyed[] = [];
    for (const k of all) (k.standing.status === "held-out" ? held : sorted).push(k);
    held.sort(byName);
    const ranks = assignRanks(sorted, tie.mode);
    // Classified on the published (rounded) index, so the band matches the figure people see;
    // then the set's class rules (conditions, top-class quota: classify.ts). Held-out units are
    // not ranked, so not classified either.
    const bands = applyClassRules(
      sorted.map(({ unit, key }, i) => ({
        band: classify(key === -Infinity ? null : key / scale),
        rank: ranks[i]!,
        flags: options.flags?.[unit.unit] ?? [],
      })),
      options.classification,
    );
    const rows: RankedRow[] = [...sorted, ...held].map(({ unit, standing: st }, i) => {
      const band = i < sorted.length ? (bands[i] ?? null) : null;
      const t = unit.totals;
      return {
        rank: i < sorted.length ? ranks[i]! : null,
        unit: unit.unit,
        group,
        type: unit.type ?? null,
        status: st.status,
        reason: st.reason,
        self: t.self,
        appraised: t.appraisalRound > 0 ? t.appraised : null,
        appraisalRound: t.appraisalRound,
        basis: t.basis,
        survey: t.surveyGiven ? t.survey : null,
        bonus: t.bonus,
        penalty: t.penalty,
        final: t.final,
        max: t.applicableMax,
        index: t.index,
        classification: band?.label ?? null,
        classificationEn: band?.labelEn ?? null,
        errors: unit.errors,
        warnings: unit.warnings,
        file: unit.file,
      };
    });
    out.push({ group, rows });
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    lang: options.lang ?? "vi",
    groups: out,
    lostPoints: options.lostPoints === false ? [] : lostPoints(units),
    failed: options.failed ?? [],
    skipped: options.skipped ?? [],
    issues,
  };
}
