/**
 * The year record of a ranking, built once for every host: the cli's `rank`, the Excel pane's
 * "Tổng hợp" and the Sheets province edition's finish step all write this same record, so a
 * ranking made anywhere can be a past year for "Xu hướng" and for the report's "so với năm trước".
 */
import type { PublishHeading } from "../output/heading";
import type { SheetBlock } from "../output/sheet-block";
import type { RankingReport, UnitResult } from "../reports/schemas";
import {
  buildYearRecord,
  yearRecordSource,
  type YearRecord,
  type YearRecordInput,
  type YearRecordSource,
} from "./year-record";
import { YEAR_RECORD_SHEET, yearRecordRows } from "./year-record-sheet";

/** What hosts remember the record's sheet by (Excel's registry, Sheets' developer metadata). */
export const YEAR_RECORD_MARKER = "cchc:year-record:v1";
/** The write key of the record's block: stable, so a host refreshes the same sheet next year. */
export const YEAR_RECORD_KEY = "extra:year-record";

export interface RankingRecordInput {
  ranking: RankingReport;
  units: readonly UnitResult[];
  /** The published heading: its year and province (null/absent when not given). */
  heading?: Pick<PublishHeading, "year" | "province"> | null;
  /** The tables' own years: the most common one is the record's year when the heading has none. */
  years?: readonly number[];
  criteriaSetIds?: readonly string[];
  /** Per unit name: issue counts by code at submission (absent where the host does not keep them). */
  issueCodes?: ReadonlyMap<string, Record<string, number>>;
}

/** The most common value (ties: the later year); null for none. */
export function mostCommonYear(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
  }
  return best;
}

/** The ranking's year record: the heading's year, else the tables' most common year. */
export function rankingYearRecord(input: RankingRecordInput): YearRecord {
  return buildYearRecord(recordInput(input));
}

/**
 * rankingYearRecord with its units made as they are read (yearRecordSource): for a writer that
 * streams the record's sheet (yearRecordRowStream), so a country's units are never all held.
 */
export function rankingYearRecordSource(input: RankingRecordInput): YearRecordSource {
  return yearRecordSource(recordInput(input));
}

function recordInput(input: RankingRecordInput): YearRecordInput {
  return {
    year: input.heading?.year ?? mostCommonYear(input.years ?? []),
    province: input.heading?.province ?? null,
    criteriaSetIds: [...(input.criteriaSetIds ?? [])],
    report: input.ranking,
    units: input.units,
    ...(input.issueCodes ? { issueCodes: input.issueCodes } : {}),
  };
}

/**
 * The record's tool sheet: the marker row, then the JSON in chunks of 30,000 characters (below
 * Excel's 32,767 and Sheets' 50,000 per cell), one per row of column A. Hidden: hosts keep it out
 * of the user's way (Excel very hidden, Sheets hidden), and nobody types into it.
 */
export function yearRecordBlock(record: YearRecord): SheetBlock {
  return {
    name: YEAR_RECORD_SHEET,
    rows: yearRecordRows(record),
    headerRows: [],
    columnWidths: [60, 4, 80],
    numberColumns: [],
    links: [],
    marker: YEAR_RECORD_MARKER,
    hidden: true,
  };
}

/** The ranking's record sheet and its stable key in one call: what hosts write with their ranking sheets. */
export function rankingRecordWrite(input: RankingRecordInput): { block: SheetBlock; key: string } {
  return { block: yearRecordBlock(rankingYearRecord(input)), key: YEAR_RECORD_KEY };
}
