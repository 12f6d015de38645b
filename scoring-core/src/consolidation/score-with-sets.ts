/**
 * A unit's workbook scored on the right criteria set when a consolidation has one set per unit
 * type (departments, communes…): the type from the units list, else inferred from the unit's
 * name or title rows, else the set the table matches best. The inferred kind and group are put on
 * the result, so every host shows the same grouping.
 */
import type { CriteriaSet } from "../criteria-set/schema";
import type { Grid } from "../grid/grid";
import type { UnitKind } from "../reports/schemas";
import type { CheckOptions } from "../check-sheet";
import type { IssueCode } from "../issues/catalogue";
import { DEFAULT_GROUP, scoreWorkbook, type ScoreWorkbookResult, type UnitMeta } from "./score-workbook";
import { KIND_GROUP, kindFromName, kindFromTitleRows, kindOfUnitType } from "./unit-kind";

export type ScoreWithSetsResult = ScoreWorkbookResult & {
  /** The set the unit was scored on (null: none given, or none fits). */
  set?: CriteriaSet | null;
};

/** Issues that say a table does not follow a set: the fewest marks the best-matching set. */
const MISMATCH: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "criterion-missing",
  "criterion-unknown",
  "max-mismatch",
  "title-changed",
]);

function mismatches(r: ScoreWorkbookResult): number {
  return r.ok ? r.report.issues.filter((i) => MISMATCH.has(i.code)).length : Number.POSITIVE_INFINITY;
}

function sheetOf(grids: readonly Grid[], r: ScoreWorkbookResult): Grid | undefined {
  return r.ok ? grids.find((g) => g.sheet === r.report.sheet) : undefined;
}

/** The set for a unit type: the only set, else the one listing that type. */
export function setForUnitType(sets: readonly CriteriaSet[], unitType: string | null): CriteriaSet | null {
  if (sets.length === 1) return sets[0]!;
  if (unitType === null) return null;
  return sets.find((s) => s.unitTypes.includes(unitType)) ?? null;
}

export function scoreWithSets(
  grids: Grid[],
  meta: UnitMeta,
  options: Omit<CheckOptions, "set" | "unitType"> & { sets: readonly CriteriaSet[] },
): ScoreWithSetsResult {
  const lang = options.lang ?? "vi";
  // Copies with a key added are made with Object.assign, not `{ ...x, key }`: V8 (11.3, Node 20)
  // promotes every object a spread followed by a new key makes, so each file left ≈ 1 KB of
  // old-generation garbage on every thread of `cchc rank` (its peak RSS grew with the file count;
  // docs/benchmarks/cli.md, eighth session). Same keys, same order.
  const { sets, ...check } = options;
  let kind: UnitKind | null = kindOfUnitType(meta.unitType) ?? kindFromName(meta.unit);
  let first: ScoreWorkbookResult | null = null;
  if (!kind) {
    // A first look without a set reads the unit's name and title rows.
    first = scoreWorkbook(grids, meta, Object.assign({}, check, { set: null }));
    if (!first.ok) return first;
    const g = sheetOf(grids, first);
    kind = kindFromName(first.result.unit) ?? (g ? kindFromTitleRows(g) : null);
  }
  let unitType: string | null = meta.unitType ?? null;
  let set: CriteriaSet | null = null;
  let scored: ScoreWorkbookResult | null = null;
  if (sets.length > 0) {
    const byKind = kind ? sets.find((s) => s.unitTypes.includes(kind!)) : undefined;
    set = setForUnitType(sets, unitType) ?? byKind ?? null;
    if (!set && sets.length > 1) {
      // Neither the list nor the name says: the set the table follows best.
      let best: { set: CriteriaSet; r: ScoreWorkbookResult; n: number } | null = null;
      for (const s of sets) {
        const r = scoreWorkbook(
          grids,
          meta,
          Object.assign({}, check, { set: s, unitType: s.unitTypes[0] ?? null }),
        );
        const n = mismatches(r);
        if (!best || n < best.n) best = { set: s, r, n };
      }
      set = best!.set;
      kind ??= kindOfUnitType(set.unitTypes[0]);
      unitType = set.unitTypes[0] ?? null;
      scored = best!.r;
    }
    if (set && unitType === null && kind && set.unitTypes.includes(kind)) unitType = kind;
  }
  scored ??=
    sets.length === 0 && first
      ? first
      : scoreWorkbook(grids, meta, Object.assign({}, check, { set, unitType }));
  if (!scored.ok) return scored;
  const group = meta.group?.trim() || (kind ? KIND_GROUP[kind][lang] : DEFAULT_GROUP[lang]);
  const result = Object.assign({}, scored.result, { group, unitType, type: kind });
  return Object.assign({}, scored, { result, set });
}
