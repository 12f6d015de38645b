/**
 * Units' results in a compact form for the trip to the server and the sidebar's saved job:
 * node titles are kept once per code and each node becomes a tuple. 300 units' results shrink
 * from about 6,5 MB of JSON to well under the 5 MB a browser's localStorage holds.
 * unpackResults(packResults(x)) equals x.
 */
import type { NodeTotals, UnitResult } from "../reports/schemas";

const LEVELS = ["field", "criterion", "subcriterion", "item"] as const;
const SECTIONS = ["main", "bonus", "penalty"] as const;

type NodeTuple = [
  code: string,
  level: number,
  section: number,
  row: number | null,
  max: number,
  applicableMax: number,
  self: number,
  appraised: number,
  survey: number,
  final: number,
  /** notApplicable | surveyScored << 1 | hasAppraisal << 2 */
  flags: number,
];

export interface PackedResults {
  /** Title per code; a code whose title differs between units keeps its own in `odd`. */
  titles: Record<string, string>;
  units: (Omit<UnitResult, "nodes"> & { nodes: NodeTuple[]; odd?: Record<number, string> })[];
}

export function packResults(results: readonly UnitResult[]): PackedResults {
  const titles: Record<string, string> = {};
  const units = results.map(({ nodes, ...rest }) => {
    const odd: Record<number, string> = {};
    const tuples = nodes.map((n, i): NodeTuple => {
      if (!(n.code in titles)) titles[n.code] = n.title;
      else if (titles[n.code] !== n.title) odd[i] = n.title;
      return [
        n.code,
        LEVELS.indexOf(n.level),
        SECTIONS.indexOf(n.section),
        n.row,
        n.max,
        n.applicableMax,
        n.self,
        n.appraised,
        n.survey,
        n.final,
        (n.notApplicable ? 1 : 0) | (n.surveyScored ? 2 : 0) | (n.hasAppraisal ? 4 : 0),
      ];
    });
    return Object.keys(odd).length > 0 ? { ...rest, nodes: tuples, odd } : { ...rest, nodes: tuples };
  });
  return { titles, units };
}

export function unpackResults(packed: PackedResults): UnitResult[] {
  return packed.units.map(({ nodes, odd, ...rest }) => ({
    ...rest,
    nodes: nodes.map((t, i): NodeTotals => ({
      code: t[0],
      title: odd?.[i] ?? packed.titles[t[0]] ?? "",
      level: LEVELS[t[1]] ?? "item",
      section: SECTIONS[t[2]] ?? "main",
      row: t[3],
      max: t[4],
      applicableMax: t[5],
      self: t[6],
      appraised: t[7],
      survey: t[8],
      final: t[9],
      notApplicable: (t[10] & 1) !== 0,
      surveyScored: (t[10] & 2) !== 0,
      hasAppraisal: (t[10] & 4) !== 0,
    })),
  }));
}
