/**
 * Lock and unlock self-assessment. At the deadline the Sở removes every unit's editors from the
 * self-assessment protections of its scoring sheet (appraisers keep their ranges); "rút lại để
 * sửa" gives one unit its rights back. Status and a note with who and when go to "Đơn vị".
 */
import { foldText, type Lang } from "@cchc/scoring-core";
import { UNIT_STATUSES } from "@cchc/scoring-core/province";
import { AddonError } from "../../shared/errors";
import { withDocumentLock } from "../lock";
import { readControl, writeUnitCells, type ControlData } from "./control";
import { setSelfEditors } from "./protections";
import { findScoringSheet } from "./scoring-sheet";
import { actingUser, stamp, type ProvinceServices } from "./services";

export interface LockReply {
  locked: { unit: string; row: number }[];
  failed: { unit: string; row: number; reason: string }[];
}

function scoringSheetName(data: ControlData): string {
  return `Tự đánh giá ${data.settings.year}`;
}

function note(svc: ProvinceServices, data: ControlData, lang: Lang, what: "locked" | "unlocked"): string {
  const who = actingUser(svc) || (lang === "vi" ? "không rõ" : "unknown");
  const when = stamp(svc, data.book.getSpreadsheetTimeZone());
  if (what === "locked") return lang === "vi" ? `Khóa lúc ${when} bởi ${who}` : `Locked ${when} by ${who}`;
  return lang === "vi" ? `Mở lại để sửa lúc ${when} bởi ${who}` : `Reopened ${when} by ${who}`;
}

function relock(
  svc: ProvinceServices,
  data: ControlData,
  lang: Lang,
  unitRow: ControlData["control"]["units"][number],
  locked: boolean,
): string | null {
  if (!unitRow.spreadsheetId) return lang === "vi" ? "Chưa phát bảng." : "Not handed out.";
  try {
    const book = svc.SpreadsheetApp.openById(unitRow.spreadsheetId);
    const sheet = findScoringSheet(book, scoringSheetName(data));
    if (!sheet) return lang === "vi" ? "Không tìm thấy trang chấm điểm." : "Scoring sheet not found.";
    const n = setSelfEditors(svc, sheet, unitRow.editors, unitRow.unit, locked);
    if (n === 0)
      return lang === "vi"
        ? "Trang chấm điểm không còn vùng bảo vệ của công cụ."
        : "The scoring sheet has lost the tool's protections.";
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Locks every handed-out unit (idempotent: a locked unit is locked again at no harm). */
export function lockSelfAssessment(svc: ProvinceServices, lang: Lang): LockReply {
  return withDocumentLock(svc, () => {
    const data = readControl(svc, lang);
    const reply: LockReply = { locked: [], failed: [] };
    for (const u of data.control.units) {
      if (!u.spreadsheetId) continue;
      const error = relock(svc, data, lang, u, true);
      if (error) {
        writeUnitCells(data, u.row, { statusNote: error });
        reply.failed.push({ unit: u.unit, row: u.row, reason: error });
        continue;
      }
      writeUnitCells(data, u.row, {
        status: UNIT_STATUSES.locked[lang],
        statusNote: note(svc, data, lang, "locked"),
      });
      reply.locked.push({ unit: u.unit, row: u.row });
    }
    return reply;
  });
}

/** "Rút lại để sửa": one unit (by its name) regains its self-assessment cells. */
export function unlockUnit(
  svc: ProvinceServices,
  lang: Lang,
  unit: string,
): { unit: string; row: number; note: string } {
  return withDocumentLock(svc, () => {
    const data = readControl(svc, lang);
    const u = data.control.units.find((x) => foldText(x.unit) === foldText(unit));
    if (!u) throw new AddonError("sheet-not-found", unit);
    const error = relock(svc, data, lang, u, false);
    if (error) throw new AddonError("server-error", error);
    const text = note(svc, data, lang, "unlocked");
    writeUnitCells(data, u.row, { status: UNIT_STATUSES.unlocked[lang], statusNote: text });
    return { unit: u.unit, row: u.row, note: text };
  });
}
