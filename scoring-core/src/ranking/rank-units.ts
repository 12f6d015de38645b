/**
 * Ranking within groups. Ties are explicit: indexes equal once rounded half away from zero at
 * tieRule.decimals share a rank (87,244 and 87,2449 tie at 2 decimals); dense gives 1,1,2 and
 * competition 1,1,3. Tied units are listed by name, so the input order never changes the output.
 */
import { ownValue } from "../keys/own-keys";
import { TieRuleSchema, type ClassBand, type Classification, type TieRule } from "../criteria-set/schema";
import { applyAverageRules } from "../consolidation/average-rules";
import type { Lang } from "../messages/lang";
import type {
  FailedUnit,
  RankStatus,
  RankedRow,
  RankingReport,
  SkippedFile,
  UnitResult,
} from "../reports/schemas";
import type { Issue } from "../issues/issue";
import { makeIssue } from "../issues/issue";
import { REPORT_SCHEMA_VERSION } from "../reports/schemas";
import { roundTo } from "../numbers/decimal";
import { applyClassRules, orderedBands } from "./classify";
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
 * The band an index falls in, bands high to low (makeClassifier's rule, as a plain function: a
 * classifier closure made per ranking would be a new call target each time).
 */
function bandOf(bands: readonly ClassBand[], index: number | null): ClassBand | null {
  if (index === null || !Number.isFinite(index)) return null;
  for (let i = 0; i < bands.length; i++) if (index >= bands[i]!.min) return bands[i]!;
  return null;
}

/** The four standings a ranking can give, in one language (shared by its units, never written). */
interface Standings {
  ranked: Standing;
  provisionalNoSurvey: Standing;
  provisionalMissing: Standing;
  heldOut: Standing;
}

function standingsIn(lang: Lang): Standings {
  return {
    ranked: { status: "ranked", reason: null },
    provisionalNoSurvey: { status: "provisional", reason: REASONS.provisionalNoSurvey[lang] },
    provisionalMissing: { status: "provisional", reason: REASONS.provisionalMissing[lang] },
    heldOut: { status: "held-out", reason: REASONS.heldOut[lang] },
  };
}

/**
 * rankStanding's decision, picking one of `s`. The options come as plain values, read once per
 * ranking: option objects of different shapes would make this call site polymorphic.
 */
function pickStanding(
  unit: UnitResult,
  surveyProvided: boolean,
  missingProvisional: boolean,
  s: Standings,
): Standing {
  const t = unit.totals;
  if (t.surveyGiven) return s.ranked;
  // Nothing to miss: no survey table, and the unit's table (or set) has no survey-scored item.
  if (!surveyProvided && t.surveyMax === 0) return s.ranked;
  if (!surveyProvided) return s.provisionalNoSurvey;
  // A survey table was given but has no row for this unit: whatever the table's own maximum
  // says, the others got survey points and this unit would silently get 0.
  return missingProvisional ? s.provisionalMissing : s.heldOut;
}

/**
 * Whether a unit can be ranked: survey points missing are never a silent 0. Pure, so every
 * host decides the same way.
 */
export function rankStanding(
  unit: UnitResult,
  options: Pick<RankOptions, "surveyProvided" | "missingSurvey" | "lang">,
): Standing {
  const { status, reason } = pickStanding(
    unit,
    Boolean(options.surveyProvided),
    options.missingSurvey === "provisional",
    standingsIn(options.lang ?? "vi"),
  );
  return { status, reason };
}

let collator: Intl.Collator | null = null;
/**
 * Vietnamese collation (localeCompare(…, "vi")), created once. Two strings alike up to a pair of
 * different ASCII digits ("Phường 2", "Phường 10") are decided by those digits, as the collator
 * decides them (distinct primary weights in digit order, no contraction ends in a digit, numeric
 * ordering off), without its ≈ 70 ns call: tied units in a ranking are often numbered alike.
 */
export function compareVi(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  if (k < n) {
    const x = a.charCodeAt(k) - 48;
    const y = b.charCodeAt(k) - 48;
    if (x >= 0 && x <= 9 && y >= 0 && y <= 9) return x < y ? -1 : 1;
  }
  collator ??= new Intl.Collator("vi");
  return collator.compare(a, b);
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

/**
 * The orders a ranking sorts by, over units given by their position in `units`: sort entries are
 * plain numbers, and the keys live in arrays (no object per unit). A class, not closures made per
 * ranking, so optimised code that inlines these calls stays valid from one ranking to the next.
 */
class Orders {
  private first: Map<string, number> | null = null;

  /**
   * `key`: each unit's tie key (tieKey), -Infinity when it has no index (ranked last); `tb`: each
   * unit's tie-break keys after the index (tie-break.ts), null when the set has none.
   */
  constructor(
    private readonly units: readonly UnitResult[],
    private readonly key: Float64Array,
    private readonly tb: (readonly number[])[] | null,
  ) {}

  /** Published index (tie key), then the set's tie-break keys: what decides a rank. */
  byKey(a: number, b: number): number {
    const x = this.key[a]!;
    const y = this.key[b]!;
    if (x !== y) return y > x ? 1 : -1;
    return this.tb === null ? 0 : compareTieBreak(this.tb[a]!, this.tb[b]!);
  }

  /**
   * Units by name in Vietnamese collation; two names the collation holds equal (the same name in
   * NFC and NFD…) in the order they first appear. This is the order of the names' positions in the
   * stably sorted list of distinct names, without sorting every name: only tied units are compared.
   */
  byName(a: number, b: number): number {
    const units = this.units;
    const x = units[a]!.unit;
    const y = units[b]!.unit;
    if (x === y) return 0;
    const c = compareVi(x, y);
    if (c !== 0) return c;
    if (this.first === null) {
      const first = (this.first = new Map<string, number>());
      for (let i = 0; i < units.length; i++) if (!first.has(units[i]!.unit)) first.set(units[i]!.unit, i);
    }
    return this.first.get(x)! - this.first.get(y)!;
  }

  /** After the index and tie-break keys: name, file, then the figures (input order never matters). */
  byRest(a: number, b: number): number {
    const x = this.units[a]!;
    const y = this.units[b]!;
    return (
      this.byName(a, b) ||
      compareVi(x.file ?? "", y.file ?? "") ||
      y.totals.final - x.totals.final ||
      x.errors - y.errors ||
      x.warnings - y.warnings ||
      y.totals.appraised - x.totals.appraised ||
      y.totals.self - x.totals.self
    );
  }
}

/**
 * Sorts a group: by index and tie-break keys, then each run of ties by the rest. The same order as
 * one sort by the whole comparison (both stable), with names collated only where units tie.
 */
function sortGroup(list: number[], orders: Orders): void {
  list.sort((a, b) => orders.byKey(a, b));
  for (let i = 0; i < list.length;) {
    let j = i + 1;
    while (j < list.length && orders.byKey(list[i]!, list[j]!) === 0) j++;
    if (j - i > 1) {
      const run = list.slice(i, j).sort((a, b) => orders.byRest(a, b));
      for (let k = 0; k < run.length; k++) list[i + k] = run[k]!;
    }
    i = j;
  }
}

/** Ranks one group's first `count` units (sorted by sortGroup), into `ranks`. */
function assignRanks(
  sorted: readonly number[],
  count: number,
  mode: TieRule["mode"],
  orders: Orders,
  ranks: number[],
): void {
  let rank = 0;
  for (let i = 0; i < count; i++) {
    if (i === 0 || orders.byKey(sorted[i]!, sorted[i - 1]!) !== 0) rank = mode === "dense" ? rank + 1 : i + 1;
    ranks[i] = rank;
  }
}

/** Ranks units within each group by index, classifies them, and adds the lost-points analysis. */
export function rankUnits(scored: UnitResult[], options: RankOptions): RankingReport {
  // Items scored against the group's average get their points now that every unit is read.
  // Every option read once, here: option objects of different shapes would otherwise make each
  // later read polymorphic, and optimised code would be thrown away at each new shape.
  const { classification, tieRule, groupOrder, flags, failed, skipped } = options;
  const withLostPoints = options.lostPoints !== false;
  const lang = options.lang ?? "vi";
  const surveyProvided = Boolean(options.surveyProvided);
  const missingProvisional = options.missingSurvey === "provisional";
  const issues: Issue[] = [...(options.issues ?? [])];
  const units = applyAverageRules(scored).units;
  const tie = TieRuleSchema.parse(tieRule ?? {});
  const groups = new Map<string, number[]>();
  const tieBreak = classification.tieBreak;
  const tieBreaks = tieBreak !== undefined && tieBreak.length > 0;
  const key = new Float64Array(units.length);
  const tb: number[][] | null = tieBreaks ? new Array<number[]>(units.length) : null;
  const standing = new Array<Standing>(units.length);
  const standings = standingsIn(lang);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const t = unit.totals;
    const i = t.index;
    key[u] = i === null || !Number.isFinite(i) ? -Infinity : tieKey(i, tie.decimals);
    let list = groups.get(unit.group);
    if (!list) groups.set(unit.group, (list = []));
    if (tb !== null) tb[u] = tieBreakValues(unit, tieBreak);
    const st = (standing[u] = pickStanding(unit, surveyProvided, missingProvisional, standings));
    if (surveyProvided && !t.surveyGiven && t.surveyMax > 0) {
      const outcome = st.status === "held-out" ? REASONS.outcomeHeld[lang] : REASONS.outcomeProvisional[lang];
      issues.push(makeIssue("survey-missing", { value: unit.unit, params: { outcome } }, lang));
    }
    list.push(u);
  }
  const orders = new Orders(units, key, tb);
  const order = groupOrder ?? [];
  const groupNames = [...groups.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    if (ia >= 0 || ib >= 0) return ia < 0 ? 1 : ib < 0 ? -1 : ia - ib;
    return compareVi(a, b);
  });
  const bands = orderedBands(classification);
  // The class rules change a band only through a condition a unit is flagged with, or the top
  // class's quota: without either, a unit's class is its index's band (applyClassRules maps
  // every band to itself).
  const rules =
    classification.topQuotaPercent !== undefined ||
    (flags !== undefined && (classification.conditions ?? []).length > 0);
  const scale = 10 ** tie.decimals;
  const out: RankingReport["groups"] = [];
  const ranks: number[] = [];
  for (const group of groupNames) {
    const all = groups.get(group)!;
    sortGroup(all, orders);
    // Held-out units are listed after the ranked ones, by name, and take no rank.
    let held: number[] | null = null;
    let listed = all;
    for (let k = 0; k < all.length; k++) {
      if (standing[all[k]!]!.status !== "held-out") continue;
      const ranked = all.slice(0, k);
      held = [all[k]!];
      for (let m = k + 1; m < all.length; m++)
        (standing[all[m]!]!.status === "held-out" ? held : ranked).push(all[m]!);
      held.sort((a, b) => orders.byName(a, b));
      listed = ranked;
      for (let m = 0; m < held.length; m++) listed.push(held[m]!);
      break;
    }
    const count = held === null ? all.length : all.length - held.length;
    assignRanks(listed, count, tie.mode, orders, ranks);
    // Classified on the published (rounded) index, so the band matches the figure people see;
    // then the set's class rules (conditions, top-class quota: classify.ts). Held-out units are
    // not ranked, so not classified either.
    const ruled = rules
      ? applyClassRules(
          listed.slice(0, count).map((u, i) => ({
            band: bandOf(bands, key[u] === -Infinity ? null : key[u]! / scale),
            rank: ranks[i]!,
            // Own keys only: a unit named "constructor" must not read Object.prototype's.
            flags: ownValue(flags, units[u]!.unit) ?? [],
          })),
          classification,
        )
      : null;
    const rows = new Array<RankedRow>(listed.length);
    for (let r = 0; r < listed.length; r++) {
      const u = listed[r]!;
      const unit = units[u]!;
      const st = standing[u]!;
      const inRanks = r < count;
      const band = !inRanks
        ? null
        : ruled !== null
          ? (ruled[r] ?? null)
          : bandOf(bands, key[u] === -Infinity ? null : key[u]! / scale);
      const t = unit.totals;
      rows[r] = {
        rank: inRanks ? ranks[r]! : null,
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
    }
    out.push({ group, rows });
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    lang,
    groups: out,
    lostPoints: withLostPoints ? lostPoints(units) : [],
    failed: failed ?? [],
    skipped: skipped ?? [],
    issues,
  };
}
