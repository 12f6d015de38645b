/**
 * Rules that compare a unit with the average of its group ("bằng hoặc trên mức trung bình của
 * tỉnh: 2 điểm; dưới: 0"). A unit's own table cannot score them: the average needs every unit.
 * So scoring a workbook keeps each such item's declared figure (averageItems), and ranking, once
 * all units are read, computes the group's average and each unit's points, and totals the unit
 * again with those points through the core's totals (consolidation/retotal.ts), so N/A rescaling,
 * bonus/penalty caps and a clamped total apply — the same in every host.
 */
import { provinceAverage, vsAveragePoints } from "../criteria-set/rule-eval";
import { fromUnits, SCALE } from "../numbers/decimal";
import type { AverageItem, UnitResult } from "../reports/schemas";
import { retotalUnit } from "./retotal";
import type { ScoreNode } from "../totals/score-tree";
import { parseLooseDecimal } from "../validation/declared-figure";

/**
 * A declared figure as a plain number: 95, "95", "95 %", "0,95", "17/20" (→ 85, a percentage).
 * null when blank or not a number (validation says so).
 */
export function figureValue(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  if (text === "") return null;
  const frac = /^([\d.,\s]+)\/([\d.,\s]+)$/.exec(text);
  if (frac) {
    const num = parseLooseDecimal(frac[1]!);
    const den = parseLooseDecimal(frac[2]!);
    if (num === null || den === null || den <= 0n) return null;
    return fromUnits(Math.round((Number(num) * 100 * SCALE) / Number(den)));
  }
  const v = parseLooseDecimal(text.replace(/\s*%$/, ""));
  return v === null ? null : fromUnits(Number(v));
}

/** The vs-average items of a scored tree, with the unit's figures (none: empty). */
export function averageItems(tree: readonly ScoreNode[]): AverageItem[] {
  const out: AverageItem[] = [];
  const walk = (n: ScoreNode) => {
    for (const c of n.children) walk(c);
    if (n.children.length > 0 || n.rule?.kind !== "vs-average" || n.notApplicable) return;
    out.push({
      code: n.code,
      value: figureValue(n.table?.declared?.raw ?? null),
      atOrAbove: n.rule.atOrAbove,
      below: n.rule.below,
      better: n.rule.better ?? "higher",
    });
  };
  for (const f of tree) walk(f);
  return out;
}

export interface GroupAverage {
  group: string;
  code: string;
  /** The average of the figures given (null: no unit gave one). */
  average: number | null;
  /** Units whose figure counted. */
  units: number;
}

/**
 * Each group's average per vs-average item and every unit's points on it. A unit without a
 * figure keeps what its table says (validation reported the missing figure); units without such
 * items are returned as they are.
 */
export function applyAverageRules(units: readonly UnitResult[]): {
  units: UnitResult[];
  averages: GroupAverage[];
} {
  if (!units.some((u) => (u.averageItems?.length ?? 0) > 0)) return { units: [...units], averages: [] };
  const averages: GroupAverage[] = [];
  const out = [...units];
  const groups = new Map<string, number[]>();
  units.forEach((u, i) => {
    const list = groups.get(u.group);
    if (list) list.push(i);
    else groups.set(u.group, [i]);
  });
  const points = units.map(() => new Map<string, number>());
  for (const [group, members] of groups) {
    const codes = [...new Set(members.flatMap((i) => (units[i]!.averageItems ?? []).map((a) => a.code)))];
    for (const code of codes) {
      const values = members.map((i) => units[i]!.averageItems?.find((a) => a.code === code)?.value ?? null);
      const average = provinceAverage(values);
      averages.push({ group, code, average, units: values.filter((v) => v !== null).length });
      for (const i of members) {
        const item = units[i]!.averageItems?.find((a) => a.code === code);
        if (!item) continue;
        const value = vsAveragePoints(
          { kind: "vs-average", atOrAbove: item.atOrAbove, below: item.below, better: item.better },
          item.value,
          average,
        );
        if (value !== null) points[i]!.set(code, value);
      }
    }
  }
  points.forEach((p, i) => {
    if (p.size > 0) out[i] = retotalUnit(units[i]!, p);
  });
  return { units: out, averages };
}
