/**
 * Consolidation output, ready to publish: per group a ranking sheet (heading block, maxima in
 * the headers, values rounded as published), points per field, points per criterion, lost
 * points and a chart sheet; then a checking sheet (errors, warnings, files, appraisal status:
 * never published), units that have not submitted and files that could not be processed.
 *
 * Everything is per group, hence per criteria set: a department's 5.2.1 and a commune's 5.2.1
 * are different criteria and are never summed together. Not-applicable items are said, never 0.
 */
import type { Lang } from "../messages/lang";
import type { NodeTotals, RankedRow, RankingReport, UnitResult } from "../reports/schemas";
import { compareCodes, lostPoints } from "../ranking/lost-points";
import { roundTo } from "../numbers/decimal";
import { heldBlock, type OutChart, type SheetBlock, type StreamedSheetBlock } from "./sheet-block";
import { BlockBuilder, safeSheetName, uniqueSheetName, type InCell } from "./block-builder";
import { labels } from "./labels";
import { classText } from "./standing-text";
import { RANKING_SHEET_MARKER } from "./markers";
import { writeHeading, type PublishHeading } from "./heading";
import { DEFAULT_APPRAISERS, type AppraiserRule } from "./appraisers";
import { appraiserResolver, type AppraiserResolver } from "./resolve-appraiser";
import type { CriteriaSet } from "../criteria-set/schema";
import type { AppraisalStatus } from "../appraisal/schema";
import { issueTitle } from "../issues/catalogue";

export interface RankingSheetsOptions {
  /**
   * The units' results, for the per-field and per-criterion sheets (the ranking report carries
   * totals only). Required so no caller can silently write a per-field sheet without fields.
   */
  units: readonly UnitResult[];
  /** Issuing body, year, province, decision for the heading block. */
  heading?: PublishHeading;
  /** Decimals of published figures (the set's rounding; default 2). */
  decimals?: number;
  /** Units on the units list with no file. */
  notSubmitted?: readonly { unit: string; group: string; file: string | null }[];
  /** Field → appraising department where the set names none; default DEFAULT_APPRAISERS. */
  appraisers?: readonly AppraiserRule[];
  /**
   * The sets the units were scored with: their "Cơ quan thẩm định" (node, else nearest ancestor)
   * comes before the `appraisers` list (resolve-appraiser.ts).
   */
  sets?: readonly CriteriaSet[];
  /**
   * Each unit's issues by code (by unit name), for the checking sheet: short titles with counts,
   * the codes in a narrow last column.
   */
  issueCodes?: ReadonlyMap<string, Readonly<Record<string, number>>>;
  /**
   * Per unit name, its appraisal status and flagged items without a round-2 score (#17): shown
   * in the checking sheet only (not published). Null for a unit whose table was not read.
   */
  appraisal?: ReadonlyMap<string, { status: AppraisalStatus; openItems: number } | null>;
}

type Group = RankingReport["groups"][number];

type UnitRef = { group: string; unit: string; file: string | null };

/**
 * The units by group, name and file (the last of equal ones, as a Map by all three would keep),
 * looked up without making a key string: a country has thousands of units, each looked up by
 * every sheet.
 */
class UnitIndex {
  private readonly byName = new Map<string, UnitResult | UnitResult[]>();

  constructor(units: readonly UnitResult[]) {
    for (const u of units) {
      const had = this.byName.get(u.unit);
      if (had === undefined) this.byName.set(u.unit, u);
      else {
        const list = Array.isArray(had) ? had : [had];
        const i = list.findIndex((x) => same(x, u));
        if (i >= 0) list[i] = u;
        else list.push(u);
        this.byName.set(u.unit, list.length === 1 ? list[0]! : list);
      }
    }
  }

  get(r: UnitRef): UnitResult | undefined {
    const had = this.byName.get(r.unit);
    if (had === undefined) return undefined;
    if (!Array.isArray(had)) return same(had, r) ? had : undefined;
    return had.find((x) => same(x, r));
  }
}

const same = (a: UnitRef, b: UnitRef): boolean =>
  a.unit === b.unit && a.group === b.group && (a.file ?? "") === (b.file ?? "");

/** The value all units share (a group's maximum under one set), or null when they differ. */
function common(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const first = roundTo(values[0]!, 6);
  return values.every((v) => roundTo(v, 6) === first) ? first : null;
}

/** A published figure: rounded as published; a missing one as its text ("chưa có"), never 0. */
function published(v: number | null | undefined, decimals: number, missing: string): InCell {
  return v === null || v === undefined || !Number.isFinite(v) ? missing : roundTo(v, decimals);
}

/** Leaves of the main section in tree order (a node is a leaf when the next one is not deeper). */
const DEPTH: Record<NodeTotals["level"], number> = { field: 0, criterion: 1, subcriterion: 2, item: 3 };
function mainLeaves(nodes: readonly NodeTotals[]): NodeTotals[] {
  const out: NodeTotals[] = [];
  nodes.forEach((n, i) => {
    const next = nodes[i + 1];
    if (n.section !== "main") return;
    if (next && DEPTH[next.level] > DEPTH[n.level]) return;
    out.push(n);
  });
  return out;
}

/**
 * Competition ranks (1, 1, 3) of values, highest first; null values get no rank. A rank is 1 +
 * how many values are higher: the first place of the value in the sorted list (n log n, not n²:
 * a country's group has thousands of units).
 */
function ranksOf(values: (number | null)[], decimals: number): (number | null)[] {
  const rounded = values.map((v) => (v === null ? null : roundTo(v, decimals)));
  const sorted = rounded
    .filter((v): v is number => v !== null && !Number.isNaN(v))
    .sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  const firstAt = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!firstAt.has(v)) firstAt.set(v, i);
  });
  return rounded.map((v) => (v === null ? null : 1 + (firstAt.get(v) ?? 0)));
}

interface Ctx {
  lang: Lang;
  decimals: number;
  heading: PublishHeading;
  byUnit: UnitIndex;
  /** Whether a row's unit has any appraised score: read once, for two sheets. */
  appraised: Map<RankedRow, boolean>;
  issueCodes: ReadonlyMap<string, Readonly<Record<string, number>>>;
  appraisal?: RankingSheetsOptions["appraisal"];
}

// The appraised column holds "chưa thẩm định" where a unit is not appraised yet: wide enough for it.
const RANKING_WIDTHS = [5, 34, 11, 14, 11, 8, 8, 10, 9, 9, 7, 13];

/**
 * Whether the row's unit has any appraised score (false without a unit). Each unit's nodes are
 * read once here and kept as one boolean: a host may hold its units packed (the cli), where every
 * read of `nodes` rebuilds them.
 */
function isAppraised(r: RankedRow, ctx: Ctx): boolean {
  let hit = ctx.appraised.get(r);
  if (hit === undefined) {
    hit = (ctx.byUnit.get(r)?.nodes ?? []).some((n) => n.hasAppraisal);
    ctx.appraised.set(r, hit);
  }
  return hit;
}

/**
 * Per row of a group, the final points of some of its unit's nodes by code, read in one pass of
 * the unit's nodes and kept as numbers (not the nodes): `state` 0 = no such node, 1 = points,
 * 2 = not applicable. A code seen twice in one unit keeps its last node, as a Map by code would.
 */
class RowPoints {
  readonly index = new Map<string, number>();
  /** Row r's figures are at [starts[r], starts[r + 1]) of these, by code index (one buffer each, not one a row). */
  private finals = new Float64Array(0);
  private states = new Uint8Array(0);
  private readonly starts: Int32Array;
  private rows = 0;

  /**
   * `expected`: the rows to come. The buffers are sized for them at the first row's width and
   * grow only when a later row has more codes: a country's criteria sheet (5,000 units × 70
   * codes) is then one allocation, not a doubling series whose dropped buffers wait for a full
   * collection.
   */
  constructor(private readonly expected: number) {
    this.starts = new Int32Array(expected + 1);
  }

  /** Adds the next row from its picked nodes (none: a row without a unit). */
  add(nodes: readonly NodeTotals[]): void {
    if (this.rows >= this.expected) throw new Error("RowPoints: more rows than expected");
    for (const n of nodes) if (!this.index.has(n.code)) this.index.set(n.code, this.index.size);
    const at = this.starts[this.rows]!;
    const end = at + this.index.size;
    if (end > this.finals.length) {
      // Room for the rows to come at this row's width, and at least twice what there was.
      const size = Math.max(end + (this.expected - this.rows - 1) * this.index.size, this.finals.length * 2);
      const finals = new Float64Array(size);
      finals.set(this.finals.subarray(0, at));
      this.finals = finals;
      const states = new Uint8Array(size);
      states.set(this.states.subarray(0, at));
      this.states = states;
    }
    for (const n of nodes) {
      const k = at + this.index.get(n.code)!;
      this.finals[k] = n.final;
      this.states[k] = n.notApplicable ? 2 : 1;
    }
    this.starts[++this.rows] = end;
  }

  state(row: number, code: string): number {
    const k = this.index.get(code);
    const at = this.starts[row]!;
    return k === undefined || at + k >= this.starts[row + 1]! ? 0 : this.states[at + k]!;
  }

  final(row: number, code: string): number {
    return this.finals[this.starts[row]! + this.index.get(code)!]!;
  }
}

/** A code's title (the first seen) and its maxima, folded into `common` as they come. */
class CodeMaxima {
  readonly titles = new Map<string, string>();
  private readonly first = new Map<string, number>();
  private readonly differ = new Set<string>();

  add(code: string, title: string, max: number): void {
    if (!this.titles.has(code)) this.titles.set(code, title);
    const v = roundTo(max, 6);
    const f = this.first.get(code);
    if (f === undefined) this.first.set(code, v);
    if (f !== undefined ? f !== v : Number.isNaN(v)) this.differ.add(code);
  }

  /** As common(every maximum seen for the code): null when none or when they differ. */
  common(code: string): number | null {
    const f = this.first.get(code);
    return f === undefined || this.differ.has(code) ? null : f;
  }
}

function rankingSheet(
  group: Group,
  units: readonly UnitResult[],
  ctx: Ctx,
  name: string,
): StreamedSheetBlock {
  const L = labels(ctx.lang);
  const b = new BlockBuilder();
  writeHeading(
    b,
    ctx.heading,
    L.rankingDocTitle(ctx.heading.year ?? null, group.group),
    RANKING_WIDTHS,
    ctx.lang,
  );
  const m = (f: (u: UnitResult) => number) => common(units.map(f));
  const missing = L.surveyMissing;
  b.header([
    L.no,
    L.unit,
    L.withMax(
      L.self,
      m((u) => u.totals.selfMax),
    ),
    L.withMax(
      L.appraised,
      m((u) => u.totals.selfMax),
    ),
    L.withMax(
      L.survey,
      m((u) => u.totals.surveyMax),
    ),
    L.bonus,
    L.penalty,
    L.withMax(
      L.final,
      m((u) => u.totals.max),
    ),
    L.max,
    L.index,
    L.rank,
    L.classification,
  ]);
  const d = ctx.decimals;
  const row = (i: number): InCell[] => {
    const r: RankedRow = group.rows[i]!;
    // Without any appraised score the appraised figure repeats the self-assessment: say so.
    const appraised = isAppraised(r, ctx);
    return [
      i + 1,
      r.unit,
      published(r.self, d, missing),
      appraised ? published(r.appraised, d, L.notAppraised) : L.notAppraised,
      published(r.survey, d, missing),
      published(r.bonus, d, missing),
      published(r.penalty, d, missing),
      published(r.final, d, missing),
      published(r.max, d, missing),
      published(r.index, d, missing),
      // Held out (e.g. no survey points): no rank and no class, said in words; a provisional
      // rank keeps its number and its class says so (the reason is on the unit's feedback).
      r.status === "held-out" ? "—" : r.rank,
      classText(r, ctx.lang),
    ];
  };
  const block = b.buildStreamed(
    name,
    RANKING_WIDTHS,
    [2, 3, 4, 5, 6, 7, 8, 9],
    RANKING_SHEET_MARKER,
    group.rows.length,
    row,
  );
  return { ...block, kind: "ranking", decimals: d, wrapColumns: [1], centerColumns: [0, 10] };
}

function fieldsSheet(group: Group, ctx: Ctx, name: string): StreamedSheetBlock {
  const L = labels(ctx.lang);
  // One read of each unit's nodes: the group's fields (main section, first title, common
  // maximum) and, per row, its field nodes' points (any section, as looked up by code).
  const maxima = new CodeMaxima();
  const points = new RowPoints(group.rows.length);
  for (const r of group.rows) {
    const nodes = ctx.byUnit.get(r)?.nodes ?? [];
    for (const n of nodes)
      if (n.level === "field" && n.section === "main") maxima.add(n.code, n.title, n.max);
    points.add(nodes.filter((n) => n.level === "field"));
  }
  const fields = [...maxima.titles.keys()]
    .sort(compareCodes)
    .map((code) => ({ code, title: maxima.titles.get(code)!, max: maxima.common(code) }));
  const widths = [5, 32, ...fields.flatMap(() => [8, 6]), 9, 9];
  const b = new BlockBuilder();
  writeHeading(b, ctx.heading, L.fieldsDocTitle(ctx.heading.year ?? null, group.group), widths, ctx.lang, {
    full: false,
  });
  // Two header rows: the field (with its maximum) over "Điểm" and "Hạng".
  const top = b.header([
    L.no,
    L.unit,
    ...fields.flatMap((f) => [L.withMax(`${f.code}. ${f.title}`, f.max), null]),
    L.final,
    L.index,
  ]);
  const sub = b.header([null, null, ...fields.flatMap(() => [L.points, L.rankInField]), null, null]);
  b.merge(top, 0, 1, 2);
  b.merge(top, 1, 1, 2);
  fields.forEach((_, k) => b.merge(top, 2 + 2 * k, 2));
  b.merge(top, 2 + 2 * fields.length, 1, 2);
  b.merge(top, 3 + 2 * fields.length, 1, 2);
  void sub;

  const d = ctx.decimals;
  // Per field, each unit's points, or "Không áp dụng" when the whole field does not apply.
  const ranks = fields.map((f) =>
    ranksOf(
      group.rows.map((_, i) => (points.state(i, f.code) === 1 ? points.final(i, f.code) : null)),
      d,
    ),
  );
  const row = (i: number): InCell[] => {
    const r = group.rows[i]!;
    return [
      i + 1,
      r.unit,
      ...fields.flatMap((f, k): InCell[] => {
        const state = points.state(i, f.code);
        if (state === 0) return [null, null];
        if (state === 2) return [L.notApplicable, null];
        return [roundTo(points.final(i, f.code), d), ranks[k]![i] ?? null];
      }),
      published(r.final, d, L.surveyMissing),
      published(r.index, d, L.surveyMissing),
    ];
  };
  const numberCols = [...fields.map((_, k) => 2 + 2 * k), 2 + 2 * fields.length, 3 + 2 * fields.length];
  const block = b.buildStreamed(name, widths, numberCols, RANKING_SHEET_MARKER, group.rows.length, row);
  const rankCols = fields.map((_, k) => 3 + 2 * k);
  return { ...block, kind: "fields", decimals: d, wrapColumns: [1], centerColumns: [0, ...rankCols] };
}

function criteriaSheet(group: Group, ctx: Ctx, name: string): StreamedSheetBlock {
  const L = labels(ctx.lang);
  // Leaf criteria of the group's set, in code order, with their common maximum; per row, the
  // points of its unit's leaves (one read of each unit's nodes).
  const maxima = new CodeMaxima();
  const points = new RowPoints(group.rows.length);
  for (const r of group.rows) {
    const leaves = mainLeaves(ctx.byUnit.get(r)?.nodes ?? []);
    for (const n of leaves) maxima.add(n.code, n.title, n.max);
    points.add(leaves);
  }
  const codes = [...maxima.titles.keys()].sort(compareCodes);
  const widths = [5, 30, ...codes.map(() => 7), 9];
  const b = new BlockBuilder();
  // The sheet prints across pages: the title spans the first page's columns only.
  const firstPage = widths.slice(0, 14);
  writeHeading(
    b,
    ctx.heading,
    L.criteriaDocTitle(ctx.heading.year ?? null, group.group),
    firstPage,
    ctx.lang,
    {
      full: false,
    },
  );
  const legend = b.row([L.notApplicableLegend]);
  b.merge(legend, 0, firstPage.length);
  b.styled(legend, "note");
  b.header([L.no, L.unit, ...codes.map((c) => L.withMax(c, maxima.common(c))), L.final]);
  const d = ctx.decimals;
  const row = (i: number): InCell[] => {
    const r = group.rows[i]!;
    return [
      i + 1,
      r.unit,
      ...codes.map((c) => {
        const state = points.state(i, c);
        if (state === 0) return null;
        return state === 2 ? L.notApplicableShort : roundTo(points.final(i, c), d);
      }),
      published(r.final, d, L.surveyMissing),
    ];
  };
  const block = b.buildStreamed(
    name,
    widths,
    [...codes.map((_, k) => 2 + k), 2 + codes.length],
    RANKING_SHEET_MARKER,
    group.rows.length,
    row,
  );
  // Dozens of criteria cannot fit one page wide legibly: print across pages, unit names repeated.
  return {
    ...block,
    kind: "criteria",
    decimals: d,
    centerColumns: [0, ...codes.map((_, k) => 2 + k)],
    print: { fitToWidth: false, repeatColumns: 2 },
  };
}

const LOST_WIDTHS = [5, 7, 46, 7, 8, 10, 10, 9, 10, 8, 22];

function lostSheet(
  group: Group,
  units: readonly UnitResult[],
  ctx: Ctx,
  appraiser: AppraiserResolver,
  name: string,
): SheetBlock {
  const L = labels(ctx.lang);
  const b = new BlockBuilder();
  writeHeading(b, ctx.heading, L.lostDocTitle(ctx.heading.year ?? null, group.group), LOST_WIDTHS, ctx.lang, {
    full: false,
  });
  b.header([
    L.no,
    L.code,
    L.criterion,
    L.max,
    L.units,
    L.unitsNA,
    L.unitsLosing,
    L.lost,
    L.averageLost,
    L.lostPercent,
    L.appraiser,
  ]);
  // Maxima (folded as they come: not a list of every unit's), not-applicable counts and field
  // titles from the group's own nodes.
  const maxima = new CodeMaxima();
  const na = new Map<string, number>();
  const fieldTitle = new Map<string, string>();
  const unitType = new Map<string, string | null>();
  for (const u of units)
    for (const n of u.nodes) {
      if (n.level === "field" && !fieldTitle.has(n.code)) fieldTitle.set(n.code, n.title);
      if (!unitType.has(n.code)) unitType.set(n.code, u.unitType);
      if (n.section !== "main") continue;
      maxima.add(n.code, n.title, n.max);
      if (n.notApplicable) na.set(n.code, (na.get(n.code) ?? 0) + 1);
    }
  const rows = lostPoints(units).filter((r) => r.lost > 0);
  if (rows.length === 0) b.row(["", "", L.none]);
  const d = ctx.decimals;
  rows.forEach((r, i) => {
    const fieldCode = r.code.split(".")[0]!;
    const who = appraiser({
      code: r.code,
      unitType: unitType.get(r.code) ?? null,
      fieldCode,
      fieldTitle: fieldTitle.get(fieldCode) ?? "",
    });
    b.row([
      i + 1,
      r.code,
      r.title,
      published(maxima.common(r.code), d, ""),
      r.units,
      na.get(r.code) ?? 0,
      r.unitsLosing,
      roundTo(r.lost, d),
      roundTo(r.averageLost, d),
      roundTo(r.lostPercent, d),
      who?.department ?? "",
    ]);
  });
  const block = b.build(name, LOST_WIDTHS, [3, 7, 8, 9], RANKING_SHEET_MARKER);
  return { ...block, kind: "lost-points", decimals: d, wrapColumns: [2, 10], centerColumns: [0, 1, 4, 5, 6] };
}

/** A chart sheet: the title and a native bar chart of the index by unit, in rank order. */
function chartSheet(group: Group, ranking: SheetBlock, ctx: Ctx, name: string): SheetBlock | null {
  const L = labels(ctx.lang);
  const headerRow = Math.max(...ranking.headerRows);
  const fromRow = headerRow + 1;
  const toRow = headerRow + group.rows.length;
  if (group.rows.length === 0) return null;
  const values = group.rows.map((r) => (r.index === null ? null : roundTo(r.index, ctx.decimals)));
  const chart: OutChart = {
    title: L.chartTitle,
    seriesName: L.index,
    sheet: ranking.name,
    categoriesCol: 1,
    valuesCol: 9,
    fromRow,
    toRow,
    categories: group.rows.map((r) => r.unit),
    values,
  };
  const b = new BlockBuilder();
  const t = b.row([L.chartDocTitle(group.group)]);
  b.styled(t, "title");
  b.merge(t, 0, 12);
  const block = b.build(name, new Array<number>(12).fill(10), [], RANKING_SHEET_MARKER);
  return { ...block, kind: "chart", chart };
}

function checkingSheet(ranking: RankingReport, ctx: Ctx, name: string): StreamedSheetBlock {
  const L = labels(ctx.lang);
  const b = new BlockBuilder();
  b.title(L.checkingTitle);
  const rounds = ctx.appraisal;
  b.header([
    L.no,
    L.group,
    L.unit,
    L.file,
    L.errors,
    L.warnings,
    L.appraisal,
    L.issueTitle,
    L.issueCode,
    ...(rounds ? [L.appraisalStage, L.openItems] : []),
  ]);
  // The consolidation's own issues about a unit (no survey row, a second file) join its file's.
  const ranked = new Map<string, Record<string, number>>();
  for (const i of ranking.issues)
    if (typeof i.value === "string") {
      const codes = (ranked.get(i.value) ?? {}) as Record<string, number>;
      codes[i.code] = (codes[i.code] ?? 0) + 1;
      ranked.set(i.value, codes);
    }
  // Rows in the groups' order: group k's rows start at starts[k].
  const starts: number[] = [];
  let count = 0;
  for (const g of ranking.groups) {
    starts.push(count);
    count += g.rows.length;
  }
  let k = 0;
  const row = (i: number): InCell[] => {
    // The group holding row i: rows are taken in order, so it moves forward one group at a time.
    while (k > 0 && i < starts[k]!) k--;
    while (i >= starts[k]! + ranking.groups[k]!.rows.length) k++;
    const g = ranking.groups[k]!;
    const r = g.rows[i - starts[k]!]!;
    const appraised = isAppraised(r, ctx);
    const state = rounds?.get(r.unit) ?? null;
    const counts: Record<string, number> = { ...(ctx.issueCodes.get(r.unit) ?? {}) };
    for (const [code, n] of Object.entries(ranked.get(r.unit) ?? {})) counts[code] = (counts[code] ?? 0) + n;
    // Most frequent first; the title says what it is, the code stays for filters and scripts.
    const codes = Object.keys(counts).sort((a, c) => counts[c]! - counts[a]! || a.localeCompare(c));
    return [
      i + 1,
      g.group,
      r.unit,
      r.file ?? "",
      r.errors,
      r.warnings,
      appraised ? L.appraisedYes : L.appraisedNo,
      codes.map((c) => `${issueTitle(c, ctx.lang)} (${counts[c]})`).join("; "),
      codes.join("; "),
      ...(rounds ? [state ? L.appraisalStages[state.status] : "", state ? state.openItems : ""] : []),
    ];
  };
  const block = b.buildStreamed(
    name,
    [5, 16, 30, 24, 7, 9, 13, 40, 14, ...(rounds ? [16, 10] : [])],
    [],
    RANKING_SHEET_MARKER,
    count,
    row,
  );
  return { ...block, kind: "checking", wrapColumns: [2, 3, 7, 8], centerColumns: [0, 4, 5] };
}

function notSubmittedSheet(
  rows: NonNullable<RankingSheetsOptions["notSubmitted"]>,
  lang: Lang,
  name: string,
): SheetBlock {
  const L = labels(lang);
  const b = new BlockBuilder();
  b.title(L.notSubmittedTitle);
  b.header([L.no, L.group, L.unit, L.expectedFile]);
  if (rows.length === 0) b.row(["", L.none]);
  rows.forEach((r, i) => b.row([i + 1, r.group, r.unit, r.file ?? ""]));
  const block = b.build(name, [5, 20, 36, 36], [], RANKING_SHEET_MARKER);
  return { ...block, kind: "not-submitted", wrapColumns: [2, 3], centerColumns: [0] };
}

function failedSheet(ranking: RankingReport, lang: Lang, name: string): SheetBlock {
  const L = labels(lang);
  const b = new BlockBuilder();
  b.title(L.failedTitle);
  b.header([L.no, L.file, L.unit, L.reason]);
  if (ranking.failed.length === 0) b.row(["", L.none]);
  ranking.failed.forEach((f, i) => b.row([i + 1, f.file, f.unit ?? "", f.error]));
  const block = b.build(name, [5, 30, 28, 70], [], RANKING_SHEET_MARKER);
  return { ...block, kind: "failed", wrapColumns: [1, 2, 3], centerColumns: [0] };
}

/**
 * One sheet of the consolidation output, named at once and built when asked: a writer that
 * streams the workbook builds one sheet at a time, so a country's fields, criteria, lost-points and
 * checking sheets are never all held together (≈ 2,5 KB a unit, docs/benchmarks/cli.md).
 * `ready` is the block when it was built anyway (charts); `make` always gives it whole;
 * `stream` gives it with a large sheet's body rows made as they are taken (StreamedSheetBlock:
 * ranking, fields, criteria and checking sheets), `make`'s rows once taken.
 */
export interface PlannedSheet {
  name: string;
  ready: SheetBlock | null;
  make: () => SheetBlock;
  stream: () => SheetBlock | StreamedSheetBlock;
}

/**
 * Consolidation output. The ranking sheets come first, one per group in the report's order
 * (hosts chart them), then per group: fields, criteria, lost points, chart; then the checking,
 * not-submitted and failed sheets.
 */
export function rankingSheets(
  ranking: RankingReport,
  lang: Lang,
  options: RankingSheetsOptions,
): SheetBlock[] {
  return rankingSheetPlan(ranking, lang, options).map((p) => p.make());
}

/** rankingSheets' sheets, in its order and with its names, each built when `make` or `stream` is called. */
export function rankingSheetPlan(
  ranking: RankingReport,
  lang: Lang,
  options: RankingSheetsOptions,
): PlannedSheet[] {
  const L = labels(lang);
  const taken = new Set<string>();
  const name = (n: string) => uniqueSheetName(safeSheetName(n), taken);
  const ctx: Ctx = {
    lang,
    decimals: options.decimals ?? 2,
    heading: options.heading ?? {},
    byUnit: new UnitIndex(options.units),
    appraised: new Map(),
    issueCodes: options.issueCodes ?? new Map(),
    ...(options.appraisal ? { appraisal: options.appraisal } : {}),
  };
  // Fixed names first, so a group called "Kiểm tra" cannot take one of them.
  const fixed = {
    checking: name(L.checkingSheet),
    notSubmitted: name(L.notSubmittedSheet),
    failed: name(L.failedSheet),
  };
  const unitsOf = (g: Group) =>
    g.rows.map((r) => ctx.byUnit.get(r)).filter((u): u is UnitResult => u !== undefined);
  const built = (block: SheetBlock): PlannedSheet => ({
    name: block.name,
    ready: block,
    make: () => block,
    stream: () => block,
  });
  const later = (sheetName: string, make: (n: string) => SheetBlock | StreamedSheetBlock): PlannedSheet => ({
    name: sheetName,
    ready: null,
    make: () => heldBlock(make(sheetName)),
    stream: () => make(sheetName),
  });
  // A ranking sheet's head (heading, headers: what its chart needs) is built here, its rows when taken.
  const rankingBlocks = ranking.groups.map((g) =>
    rankingSheet(g, unitsOf(g), ctx, name(`${L.rankingShort} - ${g.group}`)),
  );
  const plan: PlannedSheet[] = rankingBlocks.map((block) => later(block.name, () => block));
  const appraiser = appraiserResolver({
    ...(options.sets ? { sets: options.sets } : {}),
    rules: options.appraisers ?? DEFAULT_APPRAISERS,
  });
  ranking.groups.forEach((g, i) => {
    plan.push(later(name(`${L.fieldsShort} - ${g.group}`), (n) => fieldsSheet(g, ctx, n)));
    plan.push(later(name(`${L.criteriaShort} - ${g.group}`), (n) => criteriaSheet(g, ctx, n)));
    plan.push(later(name(`${L.lostShort} - ${g.group}`), (n) => lostSheet(g, unitsOf(g), ctx, appraiser, n)));
    const chart = chartSheet(g, rankingBlocks[i]!, ctx, name(`${L.chartShort} - ${g.group}`));
    if (chart) plan.push(built(chart));
  });
  plan.push(later(fixed.checking, (n) => checkingSheet(ranking, ctx, n)));
  const { notSubmitted } = options;
  if (notSubmitted) plan.push(later(fixed.notSubmitted, (n) => notSubmittedSheet(notSubmitted, lang, n)));
  plan.push(later(fixed.failed, (n) => failedSheet(ranking, lang, n)));
  return plan;
}
