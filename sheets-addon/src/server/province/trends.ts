/**
 * "Xu hướng" for the Sở Nội vụ: past ranking spreadsheets given by URL or ID (a ranking workbook
 * the tool wrote, opened in Google Sheets, keeps its "Dữ liệu CCHC (máy đọc)" sheet). Per
 * spreadsheet one openById, one getSheetByName and one batched read; the core builds the trend
 * (writeTrends) and the control spreadsheet gets the tool-owned trend sheets. A spreadsheet that
 * cannot be opened or holds no year record is skipped and named, never guessed at.
 */
import type { Lang } from "@cchc/scoring-core";
import { YEAR_RECORD_SHEET, type Grid } from "@cchc/scoring-core";
import {
  ServiceError,
  runSync,
  type BlockWrite,
  type ToolSheetKind,
  type ToolSheetWriteOptions,
  type TrendReply,
  type TrendSource,
  type WrittenToolSheet,
} from "@cchc/scoring-core/workflow";
import { writeTrends } from "@cchc/scoring-core/trends";
import { AddonError } from "../../shared/errors";
import { withDocumentLock } from "../lock";
import { TOOL_SHEET_KEY, writeToolSheet } from "../tool-sheet";
import { SheetsWorkbook } from "../workbook";
import { replaceTrendChart } from "./chart";
import type { ProvinceServices } from "./services";

/** At most this many spreadsheets per call (each costs an openById). */
export const TRENDS_LIMIT = 12;
/** Sheets of a reorganisation list read at most (its table is usually the first). */
const RENAMES_SHEETS = 5;

/** The spreadsheet ID in a URL ("…/spreadsheets/d/<id>/edit") or a bare ID; null otherwise. */
export function spreadsheetIdOf(ref: string): string | null {
  const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(ref);
  if (m) return m[1]!;
  return /^[A-Za-z0-9_-]{6,}$/.test(ref.trim()) ? ref.trim() : null;
}

const notRef = (lang: Lang, ref: string) =>
  lang === "vi" ? `“${ref}” không phải địa chỉ hay ID bảng tính` : `“${ref}” is not a spreadsheet URL or ID`;

function openRef(
  svc: ProvinceServices,
  ref: string,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Spreadsheet | string {
  const id = spreadsheetIdOf(ref);
  if (!id) return notRef(lang, ref);
  try {
    return svc.SpreadsheetApp.openById(id);
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).replace(/^Exception: /, "");
  }
}

/** One past ranking: its year-record sheet in one read, or why it has none. */
function rankingSource(svc: ProvinceServices, ref: string, lang: Lang): TrendSource {
  const book = openRef(svc, ref, lang);
  if (typeof book === "string") return { name: ref, error: book };
  const sheet = book.getSheetByName(YEAR_RECORD_SHEET);
  if (!sheet) return { name: ref, grids: [] };
  const values = sheet.getDataRange().getValues() as Grid["values"];
  return { name: ref, grids: [{ sheet: YEAR_RECORD_SHEET, values }] };
}

/** The reorganisation list: its first sheets' values ("Tên cũ" | "Tên mới" found by the core). */
function renamesSource(svc: ProvinceServices, ref: string, lang: Lang): TrendSource {
  const book = openRef(svc, ref, lang);
  if (typeof book === "string") return { name: ref, error: book };
  const grids = book
    .getSheets()
    .slice(0, RENAMES_SHEETS)
    .map((s) => ({ sheet: s.getName(), values: s.getDataRange().getValues() as Grid["values"] }));
  return { name: ref, grids };
}

/**
 * The control spreadsheet for Xu hướng: each trend sheet is remembered by its name (the chart
 * sheets come and go with the groups, so a place in the list would hand one group's sheet to
 * another), and each group's chart sheet gets its line chart drawn natively.
 */
class TrendsWorkbook extends SheetsWorkbook {
  constructor(private readonly services: ProvinceServices) {
    super(services);
  }

  override writeToolSheets(
    kind: ToolSheetKind,
    writes: BlockWrite[],
    options: ToolSheetWriteOptions = {},
  ): WrittenToolSheet[] {
    return withDocumentLock(this.services, () => {
      const write = (w: BlockWrite, retired: boolean): WrittenToolSheet => {
        const written = writeToolSheet(this.services, this.book, w.block, `${kind}:${w.block.name}`);
        // A chart sheet gets its new chart; a retired one loses its old chart (the block has none).
        if (w.block.lineChart || retired)
          replaceTrendChart(this.book.getSheetByName(written.sheet)!, w.block);
        return { name: written.sheet, renamed: written.renamed };
      };
      const out = writes.map((w) => write(w, false));
      if (options.retire) {
        // The names this kind's sheets were written under, as their metadata keeps them.
        const prefix = `${kind}:`;
        const owned = this.book
          .createDeveloperMetadataFinder()
          .withKey(TOOL_SHEET_KEY)
          .find()
          .map((md) => md.getValue() ?? "")
          .filter((v) => v.startsWith(prefix))
          .map((v) => v.slice(prefix.length));
        for (const w of options.retire(owned)) out.push(write(w, true));
      }
      return out;
    });
  }
}

export function provinceTrendsFor(
  svc: ProvinceServices,
  lang: Lang,
  refs: unknown,
  renamesRef: unknown,
): TrendReply {
  const list = (Array.isArray(refs) ? refs : [])
    .map((r) => String(r).trim())
    .filter((r) => r !== "")
    .slice(0, TRENDS_LIMIT);
  const sources = list.map((r) => rankingSource(svc, r, lang));
  const renames =
    typeof renamesRef === "string" && renamesRef.trim() !== ""
      ? renamesSource(svc, renamesRef.trim(), lang)
      : null;
  try {
    return runSync(writeTrends(new TrendsWorkbook(svc), sources, renames, lang));
  } catch (e) {
    // The core's own message (nothing usable, each skipped file named) reaches the sidebar as is.
    if (e instanceof ServiceError)
      throw new AddonError("workflow", `${e.message}\n${(e.hint ?? "").replace(/\n/g, " ")}`);
    throw e;
  }
}
