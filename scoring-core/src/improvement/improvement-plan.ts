/**
 * The province's improvement plan from a year's results: where units lose most points (per group,
 * since a department's 5.2.1 and a commune's 5.2.1 are different criteria), who owns each field,
 * each unit's three weakest criteria, and a task table shaped like a Kế hoạch's (nhiệm vụ, cơ quan
 * chủ trì, cơ quan phối hợp, kết quả đầu ra, thời hạn — the deadline is left for the Sở to set).
 */
import { fromUnits, sub, toUnits } from "../numbers/decimal";
import { formatNumber } from "../messages/format-number";
import { compareVi } from "../ranking/rank-units";
import type { UnitYear, YearRecord } from "../years/year-record";
import type { CriteriaSet } from "../criteria-set/schema";
import {
  appraiserResolver,
  appraiserSourcesUsed,
  type AppraiserSource,
  type ResolvedAppraiser,
} from "../output/resolve-appraiser";
import { DEFAULT_FIELD_OWNERS, type FieldOwners } from "./field-owners";

export interface PlanCriterion {
  group: string;
  code: string;
  title: string;
  fieldCode: string | null;
  fieldTitle: string | null;
  /** Units scored on it (applicable). */
  units: number;
  unitsLosing: number;
  /** Σ (maximum − points) over units. */
  lost: number;
  /** Σ maximum over units. */
  max: number;
  /** lost ÷ max × 100 (share of the available points lost). */
  lostShare: number;
  owner: string | null;
  /** Where `owner` came from: the set's "Cơ quan thẩm định" or the built-in/configured list. */
  ownerSource: AppraiserSource | null;
  surveyScored: boolean;
  /** Names of the units that lost points, worst first. */
  losingUnits: string[];
}

export interface PlanField {
  group: string;
  code: string;
  title: string;
  lost: number;
  max: number;
  lostShare: number;
  owner: string | null;
  ownerSource: AppraiserSource | null;
  /** Change of the field's share of maximum from last year (percentage points), when given. */
  shareChange: number | null;
}

export interface UnitWeakness {
  unit: string;
  group: string;
  criteria: { code: string; title: string; lost: number; max: number }[];
}

export interface PlanTask {
  group: string;
  code: string;
  /** Nhiệm vụ */
  task: string;
  /** Cơ quan chủ trì */
  lead: string;
  /** Cơ quan phối hợp */
  partners: string;
  /** Kết quả đầu ra */
  output: string;
  /** Thời hạn: left blank for the Sở Nội vụ. */
  deadline: string;
}

export interface ImprovementPlan {
  year: number | null;
  criteria: PlanCriterion[];
  fields: PlanField[];
  weakest: UnitWeakness[];
  tasks: PlanTask[];
  /** Where the owners shown came from, for the plan's note: set, list, both ("mixed") or none. */
  ownerSource: AppraiserSource | "mixed" | null;
}

export interface PlanOptions {
  /** Field owners where the set names no appraiser (default DEFAULT_FIELD_OWNERS). */
  owners?: FieldOwners;
  /** The sets the units were scored with: their "Cơ quan thẩm định" comes first (resolve-appraiser.ts). */
  sets?: readonly CriteriaSet[];
  /** Last year's record: fields gain their change in share of maximum. */
  previous?: YearRecord | null;
  /** How many criteria become tasks per group (most points lost first). Default 10. */
  tasksPerGroup?: number;
  /** How many weakest criteria per unit. Default 3. */
  weakestPerUnit?: number;
}

const LIST_NAMES = 5;

function fieldOf(code: string, fields: UnitYear["fields"]): UnitYear["fields"][number] | null {
  let best: UnitYear["fields"][number] | null = null;
  for (const f of fields)
    if (code.startsWith(`${f.code}.`) && (!best || f.code.length > best.code.length)) best = f;
  return best;
}

/**
 * Whether a unit's survey items count: only where the survey was given per criterion. A unit whose
 * survey came as one total (or not at all) has 0 on each survey item, which is no loss to plan against.
 */
function surveyCounts(u: UnitYear): boolean {
  const surveyPerCriterion = u.leaves.some((l) => l.surveyScored && l.final !== 0) || (u.survey ?? 0) === 0;
  return u.survey !== null && surveyPerCriterion;
}

/**
 * The unit's fields to plan against. A field made only of survey items has 0 points where the
 * survey came as one total: that total is the field's points when it is the only such field;
 * where the survey is missing (null) the field is left out, its 0 being no loss.
 */
function plannedFields(u: UnitYear): UnitYear["fields"] {
  if (surveyCounts(u)) return u.fields;
  const surveyOnly = (f: UnitYear["fields"][number]): boolean => {
    const leaves = u.leaves.filter((l) => l.code.startsWith(`${f.code}.`));
    return leaves.length > 0 && leaves.every((l) => l.surveyScored);
  };
  const survey = u.fields.filter(surveyOnly);
  const total = u.survey;
  if (survey.length === 1 && total !== null && total > 0)
    return u.fields.map((f) => (f === survey[0] ? { ...f, points: Math.min(f.max, total) } : f));
  return u.fields.filter((f) => !surveyOnly(f));
}

const pct = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 1e6) / 1e4 : 0);

function namesList(names: string[]): string {
  if (names.length <= LIST_NAMES) return names.join(", ");
  return `${names.slice(0, LIST_NAMES).join(", ")} và ${names.length - LIST_NAMES} đơn vị khác`;
}

export function improvementPlan(record: YearRecord, options: PlanOptions = {}): ImprovementPlan {
  const resolve = appraiserResolver({
    ...(options.sets ? { sets: options.sets } : {}),
    owners: options.owners ?? DEFAULT_FIELD_OWNERS,
  });
  const ownerOfNode = (code: string, unitType: string | null, fieldCode: string, fieldTitle: string) =>
    resolve({ code, unitType, fieldCode, fieldTitle });
  const fieldType = new Map<string, string | null>();
  const perGroup = options.tasksPerGroup ?? 10;
  const weakestN = options.weakestPerUnit ?? 3;

  interface Acc extends Omit<
    PlanCriterion,
    "lost" | "max" | "lostShare" | "losingUnits" | "owner" | "ownerSource"
  > {
    who: ResolvedAppraiser | null;
    lostU: number;
    maxU: number;
    losing: { unit: string; lostU: number }[];
  }
  const crit = new Map<string, Acc>();
  const fieldAcc = new Map<
    string,
    { group: string; code: string; title: string; lostU: number; maxU: number }
  >();
  const weakest: UnitWeakness[] = [];

  for (const u of record.units) {
    const lostHere: { code: string; title: string; lostU: number; maxU: number }[] = [];
    // Survey items count only where the survey was given per criterion: a unit whose survey came
    // as one total (or not at all) has 0 on each survey item, which is no loss to plan against.
    const countSurvey = surveyCounts(u);
    for (const leaf of u.leaves) {
      if (leaf.surveyScored && !countSurvey) continue;
      const maxU = toUnits(leaf.max);
      const lostU = Math.max(0, maxU - toUnits(leaf.final));
      const field = fieldOf(leaf.code, u.fields);
      const key = `${u.group}\u0000${leaf.code}`;
      let a = crit.get(key);
      if (!a) {
        a = {
          group: u.group,
          code: leaf.code,
          title: leaf.title,
          fieldCode: field?.code ?? null,
          fieldTitle: field?.title ?? null,
          units: 0,
          unitsLosing: 0,
          who: field ? ownerOfNode(leaf.code, u.unitType, field.code, field.title) : null,
          surveyScored: leaf.surveyScored,
          lostU: 0,
          maxU: 0,
          losing: [],
        };
        crit.set(key, a);
      }
      a.units++;
      a.maxU += maxU;
      a.lostU += lostU;
      if (lostU > 0) {
        a.unitsLosing++;
        a.losing.push({ unit: u.unit, lostU });
        lostHere.push({ code: leaf.code, title: leaf.title, lostU, maxU });
      }
    }
    for (const f of plannedFields(u)) {
      const key = `${u.group}\u0000${f.code}`;
      let a = fieldAcc.get(key);
      if (!a) fieldAcc.set(key, (a = { group: u.group, code: f.code, title: f.title, lostU: 0, maxU: 0 }));
      if (!fieldType.has(key)) fieldType.set(key, u.unitType);
      a.maxU += toUnits(f.max);
      a.lostU += Math.max(0, toUnits(f.max) - toUnits(f.points));
    }
    lostHere.sort(
      (a, b) => b.lostU - a.lostU || b.lostU / b.maxU - a.lostU / a.maxU || a.code.localeCompare(b.code),
    );
    weakest.push({
      unit: u.unit,
      group: u.group,
      criteria: lostHere
        .slice(0, weakestN)
        .map((c) => ({ code: c.code, title: c.title, lost: fromUnits(c.lostU), max: fromUnits(c.maxU) })),
    });
  }

  const criteria: PlanCriterion[] = [...crit.values()]
    .map((a) => ({
      group: a.group,
      code: a.code,
      title: a.title,
      fieldCode: a.fieldCode,
      fieldTitle: a.fieldTitle,
      units: a.units,
      unitsLosing: a.unitsLosing,
      lost: fromUnits(a.lostU),
      max: fromUnits(a.maxU),
      lostShare: pct(a.lostU, a.maxU),
      owner: a.who?.department ?? null,
      ownerSource: a.who?.source ?? null,
      surveyScored: a.surveyScored,
      losingUnits: a.losing.sort((x, y) => y.lostU - x.lostU || compareVi(x.unit, y.unit)).map((x) => x.unit),
    }))
    .sort((a, b) => compareVi(a.group, b.group) || b.lost - a.lost || b.lostShare - a.lostShare);

  const previousShare = new Map<string, number>();
  if (options.previous) {
    const acc = new Map<string, { lostU: number; maxU: number }>();
    for (const u of options.previous.units)
      for (const f of plannedFields(u)) {
        const key = `${u.group}\u0000${f.code}`;
        const a = acc.get(key) ?? { lostU: 0, maxU: 0 };
        a.maxU += toUnits(f.max);
        a.lostU += Math.max(0, toUnits(f.max) - toUnits(f.points));
        acc.set(key, a);
      }
    for (const [k, a] of acc) previousShare.set(k, pct(a.maxU - a.lostU, a.maxU));
  }

  const fields: PlanField[] = [...fieldAcc.entries()]
    .map(([key, a]) => {
      const before = previousShare.get(key);
      const now = pct(a.maxU - a.lostU, a.maxU);
      const who = ownerOfNode(a.code, fieldType.get(key) ?? null, a.code, a.title);
      return {
        group: a.group,
        code: a.code,
        title: a.title,
        lost: fromUnits(a.lostU),
        max: fromUnits(a.maxU),
        lostShare: pct(a.lostU, a.maxU),
        owner: who?.department ?? null,
        ownerSource: who?.source ?? null,
        shareChange: before === undefined ? null : fromUnits(sub(toUnits(now), toUnits(before))),
      };
    })
    .sort((a, b) => compareVi(a.group, b.group) || b.lost - a.lost);

  const tasks: PlanTask[] = [];
  const taken = new Map<string, number>();
  for (const c of criteria) {
    if (c.lost <= 0) continue;
    const n = taken.get(c.group) ?? 0;
    if (n >= perGroup) continue;
    taken.set(c.group, n + 1);
    const full = c.units - c.unitsLosing;
    tasks.push({
      group: c.group,
      code: c.code,
      task: `Khắc phục điểm bị mất ở tiêu chí ${c.code} “${c.title}”: ${c.unitsLosing}/${c.units} đơn vị bị mất điểm, tổng ${formatVi(c.lost)} điểm (${formatVi(c.lostShare)} % số điểm tối đa).`,
      lead: c.surveyScored
        ? `${c.owner ?? "Sở Nội vụ"} (tiêu chí chấm qua điều tra xã hội học)`
        : (c.owner ?? ""),
      partners: namesList(c.losingUnits),
      output: `Số đơn vị đạt điểm tối đa ở tiêu chí ${c.code} tăng từ ${full}/${c.units} lên ${c.units}/${c.units}.`,
      deadline: "",
    });
  }
  const ownerSource = appraiserSourcesUsed([
    ...fields.map((f) => f.ownerSource),
    ...criteria.filter((c) => c.lost > 0).map((c) => c.ownerSource),
  ]);
  return { year: record.year, criteria, fields, weakest, tasks, ownerSource };
}

const formatVi = (x: number): string => formatNumber(x, "vi", 2);
