/**
 * Where units lose points: per leaf criterion, the sum over units of (applicable maximum − points),
 * for improvement plans. Exact (micro-units); ordered by points lost.
 */
import type { LostPointsRow, NodeTotals, UnitResult } from "../reports/schemas";
import { fromUnits } from "../numbers/decimal";

const DEPTH: Record<NodeTotals["level"], number> = { field: 0, criterion: 1, subcriterion: 2, item: 3 };

interface Acc {
  code: string;
  title: string;
  level: NodeTotals["level"];
  units: number;
  unitsLosing: number;
  lost: number;
  max: number;
  survey: number;
  surveyScored: boolean;
}

/** Codes "1.10" after "1.9": numeric by part. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    if (Number.isFinite(nx) && Number.isFinite(ny) && nx !== ny) return nx - ny;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Micro-units of a node figure: node totals come from fromUnits, so rounding restores them exactly. */
const units6 = (x: number): number => Math.round(x * 1_000_000);

export function lostPoints(units: readonly UnitResult[]): LostPointsRow[] {
  const byCode = new Map<string, Acc>();
  // Units of one criteria set share a layout: remember the previous unit's accumulators by
  // position and reuse them while the codes match, instead of a map lookup per node.
  let layout: (Acc | null)[] = [];
  let layoutCodes: string[] = [];
  for (const u of units) {
    const nodes = u.nodes;
    const same = nodes.length === layoutCodes.length;
    const nextLayout: (Acc | null)[] = new Array<Acc | null>(nodes.length).fill(null);
    const nextCodes: string[] = new Array<string>(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      nextCodes[i] = n.code;
      const next = nodes[i + 1];
      // Nodes are in tree order: a node has children exactly when the next one is deeper.
      if (next && DEPTH[next.level] > DEPTH[n.level]) continue;
      if (n.section !== "main" || n.notApplicable) continue;
      let acc = same && layoutCodes[i] === n.code ? layout[i] : null;
      if (!acc) {
        acc = byCode.get(n.code) ?? null;
        if (!acc) {
          acc = {
            code: n.code,
            title: n.title,
            level: n.level,
            units: 0,
            unitsLosing: 0,
            lost: 0,
            max: 0,
            survey: 0,
            surveyScored: n.surveyScored,
          };
          byCode.set(n.code, acc);
        }
      }
      nextLayout[i] = acc;
      const max = units6(n.applicableMax);
      const lost = max - units6(n.final);
      acc.units++;
      if (lost > 0) acc.unitsLosing++;
      acc.lost += lost;
      acc.max += max;
      if (n.survey !== 0) acc.survey++;
    }
    layout = nextLayout;
    layoutCodes = nextCodes;
  }
  const rows: LostPointsRow[] = [];
  for (const a of byCode.values()) {
    // Survey items whose points came only as a total would show every point as lost: leave them out.
    if (a.surveyScored && a.survey === 0) continue;
    rows.push({
      code: a.code,
      title: a.title,
      level: a.level,
      units: a.units,
      unitsLosing: a.unitsLosing,
      lost: fromUnits(a.lost),
      averageLost: a.units === 0 ? 0 : a.lost / a.units / 1_000_000,
      lostPercent: a.max === 0 ? 0 : (a.lost * 100) / a.max,
    });
  }
  rows.sort((x, y) => y.lost - x.lost || compareCodes(x.code, y.code));
  return rows;
}
