/**
 * Use case: rank scored units and write the ranking's tool-owned sheets. The province edition
 * (Sheets, its units scored one call at a time) ends here; the rules are the same as the cli's
 * and the Excel pane's: a unit missing from the survey table is held out of the ranks with its
 * reason (ranked and marked provisional only by the `missingSurvey` setting), failures and
 * skipped files are listed, never dropped.
 */
import type { Classification, CriteriaSet, TieRule } from "../criteria-set/schema";
import type { Issue } from "../issues/issue";
import type { Lang } from "../messages/lang";
import type { PublishHeading } from "../output/heading";
import { rankingSheets } from "../output/ranking-sheets";
import { rankUnits } from "../ranking/rank-units";
import type { FailedUnit, RankingReport, SkippedFile, UnitResult } from "../reports/schemas";
import { rankingRecordWrite, type RankingRecordInput } from "../years/ranking-record";
import { step, type Flow } from "./awaitable";
import type { BlockWrite, ChartSpec, WorkbookPort } from "./port";

/** Columns of a group's ranking block (0-based, rankingSheets' layout): the unit and its index. */
export const RANKING_UNIT_COL = 1;
export const RANKING_INDEX_COL = 9;

const CHART_TITLE = { vi: "Chỉ số CCHC theo đơn vị", en: "PAR Index by unit" };

export interface PublishRankingInput {
  results: UnitResult[];
  failed: FailedUnit[];
  skipped?: SkippedFile[];
  issues?: Issue[];
  lang: Lang;
  classification: Classification;
  tieRule?: TieRule | undefined;
  /** A survey (ĐTXHH) table, answers or a survey column gave points for this consolidation. */
  surveyProvided: boolean;
  /** The setting for a unit missing from the survey table (default "hold-out"). */
  missingSurvey?: "hold-out" | "provisional" | undefined;
  groupOrder?: string[];
  heading?: PublishHeading;
  decimals?: number;
  /** The sets the units were scored with: their appraisers lead the lost-points sheet. */
  sets?: readonly CriteriaSet[];
  /**
   * Write the year record (hidden, after the ranking sheets, same batch) with these extras, so
   * this ranking can be a past year for "Xu hướng" as a `cchc rank` workbook is.
   */
  record?: Pick<RankingRecordInput, "years" | "criteriaSetIds" | "issueCodes">;
}

export interface PublishedRanking {
  ranking: RankingReport;
  /** The sheets written, in block order: each group's ranking sheet first. */
  sheets: string[];
}

/** A bar chart of the index by unit on a group's ranking sheet. */
function groupChart(block: BlockWrite["block"], lang: Lang): ChartSpec | null {
  const headerRow = Math.max(...block.headerRows);
  const lastRow = block.rows.length - 1;
  if (lastRow <= headerRow) return null;
  return {
    headerRow,
    lastRow,
    categoryCol: RANKING_UNIT_COL,
    valueCol: RANKING_INDEX_COL,
    title: CHART_TITLE[lang],
  };
}

/**
 * Ranks, then writes one block per sheet through `port.writeToolSheets("ranking", …)`. Each
 * group's ranking block carries its chart and a stable key ("group:<group>", "extra:<n>"), so a
 * host that remembers sheets per group (the province edition) refreshes the same sheet next time.
 */
export function* publishRanking(
  port: Pick<WorkbookPort, "writeToolSheets">,
  input: PublishRankingInput,
): Flow<PublishedRanking> {
  const { lang } = input;
  const ranking = rankUnits(input.results, {
    classification: input.classification,
    ...(input.tieRule ? { tieRule: input.tieRule } : {}),
    lang,
    failed: input.failed,
    groupOrder: input.groupOrder ?? [],
    surveyProvided: input.surveyProvided,
    missingSurvey: input.missingSurvey ?? "hold-out",
    skipped: input.skipped ?? [],
    issues: input.issues ?? [],
  });
  const blocks = rankingSheets(ranking, lang, {
    units: input.results,
    ...(input.heading ? { heading: input.heading } : {}),
    ...(input.decimals !== undefined ? { decimals: input.decimals } : {}),
    ...(input.sets ? { sets: input.sets } : {}),
  });
  const groups = ranking.groups.length;
  const writes: BlockWrite[] = blocks.map((block, i) => ({
    block,
    chart: i < groups ? groupChart(block, lang) : null,
    key: i < groups ? `group:${ranking.groups[i]!.group}` : `extra:${i - groups}`,
  }));
  if (input.record)
    writes.push(
      rankingRecordWrite({ ranking, units: input.results, heading: input.heading ?? null, ...input.record }),
    );
  const written = yield* step(port.writeToolSheets("ranking", writes));
  // The hidden record is not a sheet to show the user.
  const shown = input.record ? written.slice(0, -1) : written;
  return { ranking, sheets: shown.map((w) => w.name) };
}
