/**
 * Trends across years from the year records (last years' ranking workbooks). Units are matched
 * by name variants and, across a reorganisation, through a mapping of old names to new ones
 * (merged departments, districts → communes). A unit that matches nothing is listed, not dropped.
 * Field points are compared as a share of the field's maximum, so a year whose set changed the
 * maxima still compares.
 */
import { sub } from "../numbers/decimal";
import { compareVi } from "../ranking/rank-units";
import type { YearRecord } from "./year-record";
import { unitNameCore } from "../consolidation/unit-names";
import { renameResolver, type Renames } from "./rename-resolver";

export interface TrendYear {
  year: number | null;
  index: number | null;
  rank: number | null;
  classification: string | null;
  /** Index change from the unit's previous year in the list (null for the first or a missing index). */
  change: number | null;
  /**
   * Where several units of this year became this one (a merger), their own figures; the unit's
   * index, rank and class for the year are then null: a merged unit has no single past index.
   */
  mergedFrom: { unit: string; index: number | null; rank: number | null }[];
}

export interface FieldTrend {
  code: string;
  title: string;
  /** Per year (same order as `years`): points ÷ maximum × 100, null when absent. */
  shares: (number | null)[];
}

export interface UnitTrend {
  unit: string;
  group: string;
  /** Names the unit had in earlier years, where they differ. */
  formerNames: string[];
  years: TrendYear[];
  fields: FieldTrend[];
  /** Last index − first index over the years the unit has one. */
  totalChange: number | null;
}

export interface UnmatchedUnit {
  unit: string;
  group: string;
  year: number | null;
}

export interface TrendReport {
  years: (number | null)[];
  units: UnitTrend[];
  /** Units of an earlier year found in no later year (merged away or renamed without a mapping). */
  unmatched: UnmatchedUnit[];
  /** Units ordered by how far their index fell from the previous year to the last (largest fall first). */
  fellMost: { unit: string; group: string; change: number }[];
}

export interface TrendOptions {
  /** Old name → new name (the units list's mapping across a reorganisation). */
  renames?: Renames;
}

const share = (points: number, max: number): number | null =>
  max > 0 ? Math.round((points / max) * 1e6) / 1e4 : null;

/** Builds the trend report; records are ordered by year (null years keep their given order). */
export function buildTrends(records: readonly YearRecord[], options: TrendOptions = {}): TrendReport {
  const sorted = [...records].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const resolve = renameResolver(options.renames);

  const last = sorted.length - 1;
  const lastKeys = new Set((sorted[last]?.units ?? []).map((u) => unitNameCore(u.unit)));
  const byKey = new Map<string, { unit: string; group: string; names: Set<string> }>();
  const unmatched: UnmatchedUnit[] = [];
  // Per year, per key: the units that are (or became) this unit; more than one is a merger.
  const perYear: Map<string, YearRecord["units"][number][]>[] = sorted.map(() => new Map());

  sorted.forEach((rec, y) => {
    for (const u of rec.units) {
      const own = unitNameCore(u.unit);
      const key = y === last ? own : resolve(u.unit);
      if (y < last && !lastKeys.has(key)) {
        unmatched.push({ unit: u.unit, group: u.group, year: rec.year });
        continue;
      }
      const list = perYear[y]!.get(key);
      if (list) list.push(u);
      else perYear[y]!.set(key, [u]);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { unit: u.unit, group: u.group, names: new Set() }));
      entry.names.add(u.unit);
      if (y === last) {
        entry.unit = u.unit;
        entry.group = u.group;
      }
    }
  });

  const units: UnitTrend[] = [];
  for (const [key, entry] of byKey) {
    const years: TrendYear[] = [];
    let previous: number | null = null;
    let first: number | null = null;
    let lastIndex: number | null = null;
    const single = (y: number): YearRecord["units"][number] | undefined => {
      const list = perYear[y]!.get(key);
      return list?.length === 1 ? list[0] : undefined;
    };
    sorted.forEach((rec, y) => {
      const list = perYear[y]!.get(key) ?? [];
      const u = single(y);
      const index = u?.index ?? null;
      years.push({
        year: rec.year,
        index,
        rank: u?.rank ?? null,
        classification: u?.classification ?? null,
        change: index !== null && previous !== null ? sub(index, previous) : null,
        mergedFrom: list.length > 1 ? list.map((m) => ({ unit: m.unit, index: m.index, rank: m.rank })) : [],
      });
      if (index !== null) {
        previous = index;
        first ??= index;
        lastIndex = index;
      }
    });
    const fieldTitles = new Map<string, string>();
    for (let y = 0; y < sorted.length; y++)
      for (const f of single(y)?.fields ?? []) fieldTitles.set(f.code, f.title);
    const fields: FieldTrend[] = [...fieldTitles].map(([code, title]) => ({
      code,
      title,
      shares: sorted.map((_, y) => {
        const f = single(y)?.fields.find((x) => x.code === code);
        return f ? share(f.points, f.max) : null;
      }),
    }));
    units.push({
      unit: entry.unit,
      group: entry.group,
      formerNames: [...entry.names].filter((n) => n !== entry.unit),
      years,
      fields,
      totalChange: first !== null && lastIndex !== null && sorted.length > 1 ? sub(lastIndex, first) : null,
    });
  }
  // Within a group, in the latest year's rank order (units without a rank last), as officials read it.
  const lastRank = (u: UnitTrend): number => u.years[u.years.length - 1]?.rank ?? Number.MAX_SAFE_INTEGER;
  units.sort((a, b) => compareVi(a.group, b.group) || lastRank(a) - lastRank(b) || compareVi(a.unit, b.unit));

  const fellMost = units
    .map((u) => ({ unit: u.unit, group: u.group, change: u.years[u.years.length - 1]?.change ?? null }))
    .filter((x): x is { unit: string; group: string; change: number } => x.change !== null && x.change < 0)
    .sort((a, b) => a.change - b.change || compareVi(a.unit, b.unit));

  return { years: sorted.map((r) => r.year), units, unmatched, fellMost };
}
