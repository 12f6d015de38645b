/**
 * Where units lose points: per leaf criterion, the sum over units of (applicable maximum − points),
 * for improvement plans. Exact (micro-units); ordered by points lost.
 */
import type { LostPointsRow, NodeTotals, UnitResult } from "../reports/schemas";
import { fromUnits } from "../numbers/decimal";

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
const PARENT = -2;
/** Layout slot of a leaf whose row is not looked up yet. */
const UNRESOLVED = -1;

/**
 * One pass over every unit's nodes. Units of one criteria set share a layout (the same levels in
 * the same order, so the same leaves): which nodes are leaves is worked out once and reused while
 * a unit's levels match, and each leaf position remembers the code it last had and that code's
 * row, so a counted leaf costs one string comparison, not a lookup by code (parents' codes are
 * never read). The sums go into one Float64Array (integers: exact far beyond any real total).
 */
export function lostPoints(units: readonly UnitResult[]): LostPointsRow[] {
  const byCode = new Map<string, number>();
  const infos: RowInfo[] = [];
  let acc = new Float64Array(64 * STRIDE);
  let surveyRow = new Uint8Array(64);
  // The layout: every node's level; per position PARENT, or the row of the code last counted
  // there (UNRESOLVED until a unit counts that leaf: a row is made only for a leaf that is
  // counted, in first-seen order) and that code.
  let levels: NodeTotals["level"][] = [];
  let rowAt = new Int32Array(0);
  let codeAt: string[] = [];

  // One loop, no closure: the accumulator and the layout live in locals (a closure over
  // reassigned variables reloads them from its context at every node). Each node is read once.
  for (let u = 0; u < units.length; u++) {
    const nodes = units[u]!.nodes;
    const n = nodes.length;
    let fresh = n !== levels.length || (n > 0 && nodes[0]!.level !== levels[0]);
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      // Node i's slot holds while the next node's level matches too (it decides leaf or parent).
      if (!fresh && i + 1 < n && nodes[i + 1]!.level !== levels[i + 1]) fresh = true;
      if (fresh) {
        // Lay the unit out anew; the nodes before i have the same levels, so the same slots.
        fresh = false;
        levels = new Array<NodeTotals["level"]>(n);
        rowAt = new Int32Array(n);
        codeAt = new Array<string>(n).fill("");
        for (let j = 0; j < n; j++) {
          const level = nodes[j]!.level;
          levels[j] = level;
          // Nodes are in tree order: a node has children exactly when the next one is deeper.
          rowAt[j] = j + 1 < n && DEPTH[nodes[j + 1]!.level] > DEPTH[level] ? PARENT : UNRESOLVED;
        }
      }
      let row = rowAt[i]!;
      if (row === PARENT) continue;
      if (node.section !== "main" || node.notApplicable) continue;
      const code = node.code;
      if (row === UNRESOLVED || code !== codeAt[i]) {
        let found = byCode.get(code);
        if (found === undefined) {
          found = infos.length;
          infos.push({ code, title: node.title, level: node.level, surveyScored: node.surveyScored });
          byCode.set(code, found);
          if ((found + 1) * STRIDE > acc.length) {
            const bigger = new Float64Array(acc.length * 2);
            bigger.set(acc);
            acc = bigger;
            const wider = new Uint8Array(surveyRow.length * 2);
            wider.set(surveyRow);
            surveyRow = wider;
          }
          surveyRow[found] = node.surveyScored ? 1 : 0;
        }
        row = found;
        rowAt[i] = found;
        codeAt[i] = code;
      }
      const o = row * STRIDE;
      const max = units6(node.applicableMax);
      const lost = max - units6(node.final);
      acc[o]!++;
      if (lost > 0) acc[o + 1]!++;
      acc[o + 2]! += lost;
      acc[o + 3]! += max;
      // Only a survey-scored row reads its units with survey points (below): others skip the load.
      if (surveyRow[row] === 1 && node.survey !== 0) acc[o + 4]!++;
    }
  }
  return rowsOf(infos, acc);
}

/** The rows, by points lost (a function of its own: the walk above is compiled apart from it). */
function rowsOf(infos: readonly RowInfo[], acc: Float64Array): LostPointsRow[] {
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
