// FROZEN REFERENCE: src/ranking/lost-points.ts as at e1eac5c (session 5 start), the oracle of
// ranking-differential.test.ts. Never edit it to follow the product code.
/**
 * Where units lose points: per leaf criterion, the sum over units of (applicable maximum − points),
 * for improvement plans. Exact (micro-units); ordered by points lost.
 */
import type { LostPointsRow, NodeTotals, UnitResult } from "../../../src/reports/schemas";
import { fromUnits } from "../../../src/numbers/decimal";

const DEPTH: Record<NodeTotals["level"], number> = { field: 0, criterion: 1, subcriterion: 2, item: 3 };

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

/** A leaf criterion's row, in first-seen order; its figures live in the accumulator array. */
interface RowInfo {
  code: string;
  title: string;
  level: NodeTotals["level"];
  surveyScored: boolean;
}

/** Accumulator stride: units, units losing, lost (micro-units), max (micro-units), units with survey points. */
const STRIDE = 5;
/** Layout slot of a node with children (not counted). */
const PARENT = -1;
/** Layout slot of a leaf whose accumulator is not looked up yet. */
const UNRESOLVED = -2;

/**
 * One pass over every unit's nodes. Units of one criteria set share a layout (same codes and
 * levels in the same order): the layout — which nodes are leaves and which accumulator each one
 * feeds — is worked out once and reused while it matches, and the sums go into one Float64Array
 * (integers: exact far beyond any real total) rather than objects looked up by code.
 */
/** A unit's layout: codes, levels, and which nodes are parents (not counted). */
function layOut(nodes: readonly NodeTotals[]): {
  codes: string[];
  levels: NodeTotals["level"][];
  slots: Int32Array;
} {
  const n = nodes.length;
  const codes = new Array<string>(n);
  const levels = new Array<NodeTotals["level"]>(n);
  const slots = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const nj = nodes[j]!;
    codes[j] = nj.code;
    levels[j] = nj.level;
    const next = nodes[j + 1];
    // Nodes are in tree order: a node has children exactly when the next one is deeper.
    slots[j] = next && DEPTH[next.level] > DEPTH[nj.level] ? PARENT : UNRESOLVED;
  }
  return { codes, levels, slots };
}

export function lostPoints(units: readonly UnitResult[]): LostPointsRow[] {
  const byCode = new Map<string, number>();
  const infos: RowInfo[] = [];
  let acc = new Float64Array(64 * STRIDE);
  let codes: string[] = [];
  let levels: NodeTotals["level"][] = [];
  let slots: Int32Array = new Int32Array(0);

  // One loop, no closure: the accumulator and the layout live in locals (a closure over
  // reassigned variables reloads them from its context at every node).
  for (const u of units) {
    const nodes = u.nodes;
    const n = nodes.length;
    // While this unit follows the layout, count as we check; from the first difference, lay it out anew.
    let i = 0;
    let fresh = n !== codes.length;
    for (; i < n; i++) {
      const node = nodes[i]!;
      if (!fresh) {
        // A node's slot also depends on the next node's level (leaf or parent).
        if (
          codes[i] !== node.code ||
          levels[i] !== node.level ||
          (i + 1 < n && levels[i + 1] !== nodes[i + 1]!.level)
        ) {
          fresh = true;
          ({ codes, levels, slots } = layOut(nodes));
        }
      } else if (i === 0) ({ codes, levels, slots } = layOut(nodes));
      let slot = slots[i]!;
      if (slot === PARENT) continue;
      if (node.section !== "main" || node.notApplicable) continue;
      if (slot === UNRESOLVED) {
        let found = byCode.get(node.code);
        if (found === undefined) {
          found = infos.length;
          infos.push({
            code: node.code,
            title: node.title,
            level: node.level,
            surveyScored: node.surveyScored,
          });
          byCode.set(node.code, found);
          if ((found + 1) * STRIDE > acc.length) {
            const bigger = new Float64Array(acc.length * 2);
            bigger.set(acc);
            acc = bigger;
          }
        }
        slot = found;
        slots[i] = found;
      }
      const o = slot * STRIDE;
      const max = units6(node.applicableMax);
      const lost = max - units6(node.final);
      acc[o]!++;
      if (lost > 0) acc[o + 1]!++;
      acc[o + 2]! += lost;
      acc[o + 3]! += max;
      if (node.survey !== 0) acc[o + 4]!++;
    }
  }
  const rows: LostPointsRow[] = [];
  for (let k = 0; k < infos.length; k++) {
    const a = infos[k]!;
    const o = k * STRIDE;
    const count = acc[o]!;
    const lost = acc[o + 2]!;
    const max = acc[o + 3]!;
    // Survey items whose points came only as a total would show every point as lost: leave them out.
    if (a.surveyScored && acc[o + 4] === 0) continue;
    rows.push({
      code: a.code,
      title: a.title,
      level: a.level,
      units: count,
      unitsLosing: acc[o + 1]!,
      lost: fromUnits(lost),
      averageLost: count === 0 ? 0 : lost / count / 1_000_000,
      lostPercent: max === 0 ? 0 : (lost * 100) / max,
    });
  }
  rows.sort((x, y) => y.lost - x.lost || compareCodes(x.code, y.code));
  return rows;
}
