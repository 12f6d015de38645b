/**
 * One unit's workbook (all its sheets as grids) → the unit's result, for consolidation.
 * Picks the scoring sheet, checks it, names the unit. Hosts loop over files and drop each
 * workbook after this call, so memory stays flat.
 */
import type { Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import type { UnitResult, ValidationReport } from "../reports/schemas";
import type { ScoringTable } from "../table/types";
import { checkSheetWithTable, tableIsBlank, type CheckOptions } from "../check-sheet";
import { rankCandidateSheets, type SheetCandidate } from "../table/detect-sheet";
import { averageItems } from "./average-rules";
import { retotalBasis } from "./retotal";

export interface UnitMeta {
  /** From a units list; otherwise the title rows, otherwise the file name. */
  unit?: string | null;
  group?: string | null;
  unitType?: string | null;
  file?: string | null;
  /** Preferred sheet name. */
  sheet?: string | null;
}

export type ScoreWorkbookResult =
  | {
      ok: true;
      result: UnitResult;
      report: ValidationReport;
      sheetNote: string | null;
      /** No score cell holds anything: a blank template, not a unit's submission. */
      blank: boolean;
      /** The table read (callers that need more of it do not read the sheet a second time). */
      table: ScoringTable;
    }
  | {
      ok: false;
      unit: string | null;
      error: string;
      /** What the reader said about the best candidate sheet (header-nearest: how to fix it). */
      issues?: ValidationReport["issues"];
    };

/** Candidates within this much of the best one are "close": the note says which was used. */
const CLOSE = 0.1;

export const DEFAULT_GROUP: Record<Lang, string> = { vi: "Tất cả đơn vị", en: "All units" };

/** "Sở Tư pháp.xlsx" → "Sở Tư pháp"; paths keep only the last part. */
export function unitFromFileName(file: string | null | undefined): string | null {
  if (!file) return null;
  const base = file.split(/[\\/]/).pop() ?? file;
  const name = base.replace(/\.[A-Za-z0-9]{1,5}$/, "").trim();
  return name === "" ? null : name;
}

function quoteList(names: string[]): string {
  return names.map((n) => `“${n}”`).join(", ");
}

function closeNote(used: SheetCandidate, others: SheetCandidate[], lang: Lang): string {
  const names = quoteList([used.sheet, ...others.map((o) => o.sheet)]);
  const header =
    used.headerRow !== null
      ? lang === "vi"
        ? `, dòng tiêu đề ${used.headerRow}`
        : `, header in row ${used.headerRow}`
      : "";
  return lang === "vi"
    ? `Tệp có nhiều trang giống bảng chấm điểm (${names}); đã dùng trang “${used.sheet}” vì giống nhất${header}. Chọn trang khác nếu cần.`
    : `Several sheets look like a scoring table (${names}); used “${used.sheet}” as the closest match${header}. Choose another sheet if needed.`;
}

/** Sheets to try, best first: the preferred sheet, then the detected candidates. */
function orderSheets(
  grids: Grid[],
  meta: UnitMeta,
  lang: Lang,
): { order: Grid[]; candidates: SheetCandidate[]; note: string | null } {
  let candidates: SheetCandidate[] = [];
  // One sheet is tried whatever its detection score, and has no rival to name in a note: the
  // header search would be done twice for nothing (most unit workbooks have one sheet).
  if (grids.length > 1) {
    try {
      candidates = rankCandidateSheets(grids);
    } catch {
      candidates = [];
    }
  }
  const byName = new Map(grids.map((g) => [g.sheet, g]));
  const order: Grid[] = [];
  let note: string | null = null;
  const preferred = meta.sheet ? byName.get(meta.sheet) : undefined;
  if (preferred) order.push(preferred);
  else if (meta.sheet) {
    note =
      lang === "vi"
        ? `Không có trang “${meta.sheet}” trong tệp; đã tự tìm trang chứa bảng chấm điểm.`
        : `The file has no sheet “${meta.sheet}”; the scoring sheet was detected instead.`;
  }
  for (const c of candidates) {
    const g = byName.get(c.sheet);
    if (g && c.score > 0 && !order.includes(g)) order.push(g);
  }
  // Detection is a hint: sheets it scored 0 are still tried, last.
  for (const g of grids) if (!order.includes(g)) order.push(g);
  return { order, candidates, note };
}

export function scoreWorkbook(
  grids: Grid[],
  meta: UnitMeta,
  options: CheckOptions = {},
): ScoreWorkbookResult {
  const lang = options.lang ?? "vi";
  const fileUnit = unitFromFileName(meta.file);
  try {
    if (grids.length === 0) {
      return {
        ok: false,
        unit: meta.unit ?? fileUnit,
        error: lang === "vi" ? "Tệp không có trang tính nào." : "The file has no sheets.",
      };
    }
    const unitType = meta.unitType ?? options.unitType ?? null;
    const { order, candidates, note } = orderSheets(grids, meta, lang);
    let firstMiss: ValidationReport | null = null;
    for (const grid of order) {
      const { report, table, tree } = checkSheetWithTable(grid, { ...options, unitType });
      if (!report.tableFound || !table) {
        firstMiss ??= report;
        continue;
      }
      let sheetNote = note;
      const used = candidates.find((c) => c.sheet === grid.sheet);
      if (!sheetNote && used && !meta.sheet) {
        const close = candidates.filter((c) => c !== used && c.score > 0 && used.score - c.score <= CLOSE);
        if (close.length > 0) sheetNote = closeNote(used, close, lang);
      }
      const unit = meta.unit?.trim() || report.unit?.trim() || fileUnit || grid.sheet;
      const result: UnitResult = {
        unit,
        group: meta.group?.trim() || DEFAULT_GROUP[lang],
        unitType,
        file: meta.file ?? null,
        totals: report.totals,
        nodes: report.nodes,
        errors: report.counts.error,
        warnings: report.counts.warning,
      };
      // Items scored against the group's average keep the unit's figure for ranking.
      const items = tree ? averageItems(tree) : [];
      if (items.length > 0) {
        result.averageItems = items;
        result.retotal = retotalBasis(tree!, options.set);
      }
      return { ok: true, result, report, sheetNote, blank: tableIsBlank(table), table };
    }
    const looked = quoteList(grids.map((g) => g.sheet));
    return {
      ok: false,
      unit: meta.unit ?? fileUnit,
      error:
        lang === "vi"
          ? `Không tìm thấy bảng chấm điểm trong tệp (đã xem các trang ${looked}).`
          : `No scoring table was found in the file (sheets looked at: ${looked}).`,
      issues: firstMiss?.issues ?? [],
    };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      unit: meta.unit ?? fileUnit,
      error: lang === "vi" ? `Không xử lý được tệp: ${why}` : `The file could not be processed: ${why}`,
    };
  }
}
