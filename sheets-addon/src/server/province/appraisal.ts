/**
 * The council's two actions on units' tables, per unit (the selected row of "Đơn vị") or for all:
 * - "Mở vòng 2": round 1 is over; the unit's answers are in, so the unit loses its cells (self,
 *   explanation, evidence) while the appraisers keep their fields' appraisal cells for round 2;
 * - "Kết thúc thẩm định": the appraisers lose their cells too; the latest round stands.
 * Each action first logs, in the control spreadsheet's tool-owned "Nhật ký thẩm định", every
 * appraisal score that changed since the log last saw the unit (who ran it, when, item, round,
 * old → new), then the action itself — the core's recordAppraisal; this module only opens the
 * units' spreadsheets, moves protections and protects the log sheet (owner only: units never
 * have the control spreadsheet, and no one else may edit the log).
 */
import { appraiseSheet, foldText, type Lang } from "@cchc/scoring-core";
import { PROTECTION_TAG } from "@cchc/scoring-core/province";
import { recordAppraisal, viewOf, type RecordInput } from "@cchc/scoring-core/workflow";
import { AddonError } from "../../shared/errors";
import { withDocumentLock } from "../lock";
import { readGrid } from "../read-grid";
import type { Services, Sheet } from "../services";
import { findToolSheet } from "../tool-sheet";
import { runOnSheets, SheetsWorkbook } from "../workbook";
import { readControl, writeUnitCells, type ControlData } from "./control";
import { setSelfEditors } from "./protections";
import { findScoringSheet } from "./scoring-sheet";
import { actingUser, stamp, type ProvinceServices } from "./services";

export type CouncilAction = "open-round-2" | "close";

export interface AppraisalActionReply {
  action: CouncilAction;
  done: {
    unit: string;
    row: number;
    /** Score changes logged for the unit by this action. */
    logged: number;
    /** Flagged items still without the unit's answer (round 2 opened anyway: the council decides). */
    unanswered: number;
    /** Flagged items without a round-2 score. */
    open: number;
  }[];
  failed: { unit: string; row: number; reason: string }[];
  /** The log sheet's name, or null when nothing was logged. */
  log: string | null;
}

/** The tool's appraisal protections of a sheet, all fields. */
function appraisalProtections(svc: Services, sheet: Sheet): GoogleAppsScript.Spreadsheet.Protection[] {
  return sheet
    .getProtections(svc.SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription().startsWith(`${PROTECTION_TAG}:appraisal`));
}

const CLOSED_NOTE = " (đã kết thúc thẩm định)";

/** Appraisers lose their cells: only the owner keeps them. */
function closeAppraisalRanges(svc: Services, sheet: Sheet): number {
  const found = appraisalProtections(svc, sheet);
  for (const p of found) {
    const editors = p.getEditors().map((u) => u.getEmail());
    if (editors.length > 0) p.removeEditors(editors);
    const d = p.getDescription();
    if (!d.endsWith(CLOSED_NOTE)) p.setDescription(d + CLOSED_NOTE);
  }
  return found.length;
}

function scoringSheetName(data: ControlData): string {
  return `Tự đánh giá ${data.settings.year}`;
}

/** The log sheet: owner only (a protection a fresh sheet gets once; the tool's writes are the owner's). */
function protectLog(svc: Services, data: ControlData): void {
  const sheet = findToolSheet(data.book, "appraisal-log");
  if (!sheet || sheet.getProtections(svc.SpreadsheetApp.ProtectionType.SHEET).length > 0) return;
  const p = sheet.protect().setDescription(`${PROTECTION_TAG}: nhật ký thẩm định`);
  const editors = p.getEditors().map((u) => u.getEmail());
  if (editors.length > 0) p.removeEditors(editors);
}

const STATUS: Record<CouncilAction, Record<Lang, string>> = {
  "open-round-2": { vi: "Thẩm định vòng 2", en: "Appraisal round 2" },
  close: { vi: "Đã kết thúc thẩm định", en: "Appraisal closed" },
};

export function appraisalAction(
  svc: ProvinceServices,
  lang: Lang,
  action: CouncilAction,
  /** A unit's name, or null for every handed-out unit. */
  unit: string | null,
  now: Date = new Date(),
): AppraisalActionReply {
  const by = actingUser(svc) || (lang === "vi" ? "không rõ" : "unknown");
  const at = now.toISOString();
  const prepared = withDocumentLock(svc, () => {
    const data = readControl(svc, lang);
    const rows = unit
      ? data.control.units.filter((u) => foldText(u.unit) === foldText(unit))
      : data.control.units.filter((u) => u.spreadsheetId);
    if (unit && rows.length === 0) throw new AddonError("sheet-not-found", unit);
    const inputs: (RecordInput & { row: number; unanswered: number })[] = [];
    const failed: AppraisalActionReply["failed"] = [];
    for (const u of rows) {
      const fail = (reason: string) => {
        writeUnitCells(data, u.row, { statusNote: reason });
        failed.push({ unit: u.unit, row: u.row, reason });
      };
      if (!u.spreadsheetId) {
        fail(lang === "vi" ? "Chưa phát bảng." : "Not handed out.");
        continue;
      }
      try {
        const book = svc.SpreadsheetApp.openById(u.spreadsheetId);
        const sheet = findScoringSheet(book, scoringSheetName(data));
        if (!sheet) {
          fail(lang === "vi" ? "Không tìm thấy trang chấm điểm." : "Scoring sheet not found.");
          continue;
        }
        const tz = book.getSpreadsheetTimeZone();
        const grid = readGrid(sheet, sheet.getName(), {
          formatDate: (d) => svc.Utilities.formatDate(d, tz, "dd/MM/yyyy"),
        });
        // The unit's cells close in both actions; the appraisers' only at the end.
        setSelfEditors(svc, sheet, [], u.unit, true);
        if (action === "close") closeAppraisalRanges(svc, sheet);
        const report = appraiseSheet(grid, { lang, unit: u.unit });
        const unanswered = report ? viewOf(report).items.filter((i) => i.state === "open").length : 0;
        inputs.push({ unit: u.unit, grid, by, at, action, lang, row: u.row, unanswered });
      } catch (e) {
        fail(e instanceof Error ? e.message : String(e));
      }
    }
    return { data, inputs, failed };
  });
  const { data, inputs, failed } = prepared;
  const recorded =
    inputs.length > 0 ? runOnSheets(recordAppraisal(new SheetsWorkbook(svc), inputs, lang)) : null;
  if (recorded?.sheet) protectLog(svc, data);
  const when = stamp(svc, data.book.getSpreadsheetTimeZone(), now);
  const done = inputs.map((input, i) => {
    const r = recorded!.units[i]!;
    const note =
      lang === "vi" ? `${STATUS[action].vi} lúc ${when} bởi ${by}` : `${STATUS[action].en} ${when} by ${by}`;
    writeUnitCells(data, input.row, { status: STATUS[action][lang], statusNote: note });
    return {
      unit: r.unit,
      row: input.row,
      logged: r.appended.filter((x) => x.action === "score").length,
      unanswered: input.unanswered,
      open: r.state?.openItems ?? 0,
    };
  });
  return { action, done, failed, log: recorded?.sheet ?? null };
}
