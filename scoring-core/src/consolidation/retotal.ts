/**
 * A unit's totals again, with some leaves' points replaced (the province-average rule, computed
 * once every unit is read), through the core's own totals — so a rescaled N/A sibling, a bonus or
 * penalty cap and the set's clamped total range apply exactly as when the unit was first scored.
 *
 * A UnitResult survives without its workbook (the province edition packs it between calls), so
 * what totals need beyond its nodes is kept beside them when the unit has such items: the N/A
 * policies, the caps and the total range (`RetotalBasis`). The re-total rebuilds a table and a set
 * from the nodes and the basis and runs computeDetailed on them; the property tests check it
 * equals scoring the unit from scratch with those points.
 */
import type { CriteriaSet, Criterion } from "../criteria-set/schema";
import type { NodeTotals, RetotalBasis, UnitResult } from "../reports/schemas";
import type { NumberRead, ScoringTable, TableNode } from "../table/types";
import { computeDetailed } from "../totals/compute-totals";
import type { ScoreNode } from "../totals/score-tree";

/** What totals need of a scored tree beyond its nodes' figures. */
export function retotalBasis(tree: readonly ScoreNode[], set: CriteriaSet | null | undefined): RetotalBasis {
  const policies: Record<string, NonNullable<Criterion["notApplicablePolicy"]>> = {};
  const caps: Record<string, number> = {};
  const walk = (n: ScoreNode) => {
    const p = n.crit?.notApplicablePolicy;
    if (p && p !== "exclude") policies[n.code] = p;
    if (n.cap !== null) caps[n.code] = n.cap;
    for (const c of n.children) walk(c);
  };
  for (const f of tree) walk(f);
  const basis: RetotalBasis = {};
  if (Object.keys(policies).length > 0) basis.policies = policies;
  if (Object.keys(caps).length > 0) basis.caps = caps;
  const range = set?.classification.totalRange;
  if (range) basis.totalRange = { ...range };
  return basis;
}

function numberRead(value: number, row: number): NumberRead {
  return {
    cell: "",
    row,
    column: "",
    raw: value,
    formula: null,
    text: String(value),
    parsed: { kind: "number", value },
  };
}

function notApplicableRead(row: number): NumberRead {
  return {
    cell: "",
    row,
    column: "",
    raw: null,
    formula: null,
    text: "",
    parsed: { kind: "not-applicable" },
  };
}

/** No cap: larger than any total (micro-units stay exact integers). */
const NO_CAP = 1e9;

interface Built {
  table: TableNode;
  crit: Criterion;
  children: Built[];
}

/**
 * The unit's totals with `points` (leaf code → points, self and appraised alike) in place of what
 * its table said. Leaves not named keep their figures; round, basis and survey status are kept.
 */
export function retotalUnit(unit: UnitResult, points: ReadonlyMap<string, number>): UnitResult {
  const basis = unit.retotal ?? {};
  const roots: Built[] = [];
  const stack: { code: string; built: Built }[] = [];
  const byCriterion: Record<string, number> = {};
  let surveyLeafMax = 0;
  unit.nodes.forEach((n: NodeTotals, i) => {
    while (stack.length > 0 && !n.code.startsWith(`${stack[stack.length - 1]!.code}.`)) stack.pop();
    const parent = stack[stack.length - 1]?.built ?? null;
    const row = i + 1;
    const table: TableNode = {
      code: n.code,
      rawCode: n.code,
      level: n.level,
      section: n.section,
      title: n.title,
      row,
      hidden: false,
      max: numberRead(n.max, row),
      declared: null,
      self: null,
      appraisals: [],
      evidence: null,
      explanation: null,
      appraisalNote: null,
      ruleText: [],
      children: [],
    };
    const crit: Criterion = { code: n.code, title: n.title || n.code, max: n.max };
    const policy = basis.policies?.[n.code];
    if (policy) crit.notApplicablePolicy = policy;
    const cap = basis.caps?.[n.code];
    if (cap !== undefined) crit.cap = cap;
    else if (!parent && n.section !== "main") crit.cap = NO_CAP;
    if (!parent && n.section === "bonus") crit.bonus = true;
    if (!parent && n.section === "penalty") crit.penalty = true;
    const built: Built = { table, crit, children: [] };
    if (parent) parent.children.push(built);
    else roots.push(built);
    stack.push({ code: n.code, built });
  });
  // Leaves get their figures (parents are summed by the totals).
  const fill = (b: Built, n: NodeTotals) => {
    if (b.children.length > 0) {
      b.table.children = b.children.map((c) => c.table);
      b.crit.children = b.children.map((c) => c.crit);
      return;
    }
    if (n.surveyScored) {
      b.crit.surveyScored = true;
      byCriterion[n.code] = n.survey;
      if (n.section === "main") surveyLeafMax += n.max;
      return;
    }
    if (n.notApplicable) {
      b.crit.mayBeNotApplicable = true;
      b.table.self = notApplicableRead(b.table.row);
      return;
    }
    const override = points.get(n.code);
    const self = override ?? n.self;
    const appraised = override ?? n.appraised;
    b.table.self = numberRead(self, b.table.row);
    if (n.hasAppraisal) b.table.appraisals = [numberRead(appraised, b.table.row)];
  };
  const all: Built[] = [];
  const flat = (list: Built[]) => {
    for (const b of list) {
      all.push(b);
      flat(b.children);
    }
  };
  flat(roots);
  // Children first, so a parent's lists are complete.
  for (let i = all.length - 1; i >= 0; i--) fill(all[i]!, unit.nodes[i]!);

  const table: ScoringTable = {
    sheet: "",
    unit: unit.unit,
    year: null,
    headerRows: [],
    columns: {},
    fields: roots.map((r) => r.table),
    totalRow: null,
    firstRow: 1,
    lastRow: unit.nodes.length,
  };
  const set = {
    schemaVersion: 1,
    id: "retotal",
    name: "retotal",
    year: 2000,
    unitTypes: ["retotal"],
    sample: false,
    source: {},
    fields: roots.map((r) => r.crit),
    classification: {
      bands: [{ label: "", labelEn: "", min: 0 }],
      ...(basis.totalRange ? { totalRange: basis.totalRange } : {}),
    },
    tieRule: { mode: "dense", decimals: 2 },
    rounding: { decimals: 2, mode: "half-away-from-zero" },
  } satisfies CriteriaSet;
  const t = unit.totals;
  const survey = {
    total: t.survey,
    byCriterion,
    ...(surveyLeafMax === 0 && t.surveyMax > 0 ? { max: t.surveyMax } : {}),
  };
  const { totals, nodes } = computeDetailed(table, { set, survey });
  return {
    ...unit,
    nodes: unit.nodes.map((n, i) => {
      const c = nodes[i]!;
      return {
        ...n,
        max: c.max,
        applicableMax: c.applicableMax,
        self: c.self,
        appraised: c.appraised,
        survey: c.survey,
        final: c.final,
        notApplicable: c.notApplicable,
        surveyScored: c.surveyScored,
        hasAppraisal: c.hasAppraisal,
      };
    }),
    totals: {
      ...t,
      max: totals.max,
      applicableMax: totals.applicableMax,
      selfMax: totals.selfMax,
      surveyMax: totals.surveyMax,
      self: totals.self,
      appraised: totals.appraised,
      survey: totals.survey,
      bonus: totals.bonus,
      penalty: totals.penalty,
      final: totals.final,
      index: totals.index,
    },
  };
}
