/**
 * lostPoints against the straightforward per-code implementation it replaced (kept here as the
 * oracle): same rows, same order, on random units mixing layouts, sections and not-applicable leaves.
 */
import fc from "fast-check";
import { fromUnits } from "../../src/numbers/decimal";
import { lostPoints } from "../../src/ranking/lost-points";
import { rankUnits } from "../../src/ranking/rank-units";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import type { LostPointsRow, NodeTotals, UnitResult } from "../../src/reports/schemas";
import { node, unitResult } from "./unit-builder";

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
function compareCodesOld(a: string, b: string): number {
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

// Micro-units of a node figure: node totals come from fromUnits, so rounding restores them exactly. */
const units6 = (x: number): number => Math.round(x * 1_000_000);

function referenceLostPoints(units: readonly UnitResult[]): LostPointsRow[] {
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
  rows.sort((x, y) => y.lost - x.lost || compareCodesOld(x.code, y.code));
  return rows;
}

/** Layouts: shared codes, a reordered one, a deeper one (a leaf split into items), a shorter one. */
const LAYOUTS: [string, NodeTotals["level"]][][] = [
  [
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.2", "criterion"],
    ["2", "field"],
    ["2.1", "criterion"],
    ["2.2", "criterion"],
  ],
  [
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.2", "criterion"],
    ["2", "field"],
    ["2.1", "criterion"],
    ["2.2", "criterion"],
  ],
  [
    ["2", "field"],
    ["2.1", "criterion"],
    ["2.2", "criterion"],
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.2", "criterion"],
  ],
  [
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.1.a", "item"],
    ["1.1.b", "item"],
    ["1.2", "criterion"],
    ["2", "field"],
    ["2.1", "criterion"],
  ],
  [
    ["1", "field"],
    ["1.1", "criterion"],
    ["1.2", "criterion"],
  ],
  [
    ["1", "field"],
    ["1.2", "criterion"],
    ["1.10", "criterion"],
    ["1.9", "criterion"],
  ],
];

const leafArb = fc.record({
  max: fc.integer({ min: 0, max: 4000 }).map((q) => fromUnits(q * 250)),
  part: fc.double({ min: 0, max: 1, noNaN: true }),
  section: fc.constantFrom<NodeTotals["section"]>("main", "main", "main", "bonus", "penalty"),
  notApplicable: fc.constantFrom(false, false, false, false, true),
  survey: fc.constantFrom(0, 0, 1),
  surveyScored: fc.boolean(),
});

const unitArb = fc.tuple(
  fc.integer({ min: 0, max: LAYOUTS.length - 1 }),
  fc.array(leafArb, { minLength: 8, maxLength: 8 }),
);

function build(
  layout: number,
  leaves: {
    max: number;
    part: number;
    section: NodeTotals["section"];
    notApplicable: boolean;
    survey: number;
    surveyScored: boolean;
  }[],
  i: number,
): UnitResult {
  const nodes = LAYOUTS[layout]!.map(([code, level], k) => {
    const l = leaves[k % leaves.length]!;
    const final = fromUnits(Math.round(l.max * l.part * 4) * 250_000);
    return node(code, level, l.max, Math.min(final, l.max), {
      section: l.section,
      notApplicable: l.notApplicable,
      survey: l.survey,
      surveyScored: l.surveyScored,
    });
  });
  return unitResult(`Đơn vị ${i}`, 50, { nodes });
}

describe("lostPoints (layout reuse and typed accumulators)", () => {
  it("gives exactly the rows of the per-code reference implementation", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 30 }), (specs) => {
        const units = specs.map(([layout, leaves], i) => build(layout, leaves, i));
        const expected: LostPointsRow[] = referenceLostPoints(units);
        expect(lostPoints(units)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("rankUnits can skip it; ranks are the same either way", () => {
    const units = [0, 1, 2, 3].map((i) =>
      unitResult(`Đơn vị ${i}`, 40 + i, {
        nodes: [node("1", "field", 2, 1), node("1.1", "criterion", 2, 1)],
      }),
    );
    const classification = CLASSIFICATION_PRESETS["national"]!;
    const full = rankUnits(units, { classification });
    const ranksOnly = rankUnits(units, { classification, lostPoints: false });
    expect(full.lostPoints.length).toBe(1);
    expect(ranksOnly.lostPoints).toEqual([]);
    expect(ranksOnly.groups).toEqual(full.groups);
  });
});
