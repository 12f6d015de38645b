/**
 * The Sở Nội vụ's entry points (re-exported by ../main.ts, so the build gives each a top-level
 * stub). Menu items act and answer with a toast; RPC functions take and return plain JSON and
 * fail with coded messages, like the units' part.
 */
import { pickLang, type Lang } from "@cchc/scoring-core";
import { AddonError, classifyError, encodeAddonError, errorMessage } from "../../shared/errors";
import { activeBook } from "../book";
import { beginConsolidation, cancelConsolidation, consolidateUnit, finishConsolidation } from "./consolidate";
import type { BeginReply, FinishReply, UnitReply } from "./consolidate";
import { ensureControlSheets } from "./control";
import { lockSelfAssessment, unlockUnit, type LockReply } from "./deadline";
import { handOutTables, type HandOutReply } from "./hand-out";
import { provinceServices, type ProvinceServices } from "./services";

function langOf(svc: ProvinceServices): Lang {
  return pickLang(svc.Session.getActiveUserLocale() || "vi");
}

function call<T>(body: (svc: ProvinceServices, lang: Lang) => T): T {
  const svc = provinceServices();
  try {
    return body(svc, langOf(svc));
  } catch (e) {
    if (e instanceof AddonError) throw new Error(e.message);
    const { code, detail } = classifyError(e instanceof Error ? e.message : String(e));
    throw new Error(encodeAddonError(code, detail));
  }
}

/** From a menu there is no sidebar: the outcome or the error goes to a toast. */
function toastCall(body: (svc: ProvinceServices, lang: Lang) => string): void {
  const svc = provinceServices();
  const lang = langOf(svc);
  const book = activeBook(svc);
  try {
    book.toast(body(svc, lang), "Chỉ số CCHC — Sở Nội vụ", 10);
  } catch (e) {
    const { code, detail } = classifyError(e instanceof Error ? e.message : String(e));
    book.toast(errorMessage(code, detail, lang).message, "Chỉ số CCHC — Sở Nội vụ", 10);
  }
}

export function provinceSetup(): void {
  toastCall((svc, lang) => {
    const { created } = ensureControlSheets(svc, lang, new Date().getFullYear());
    if (created.length === 0)
      return lang === "vi" ? "Các trang điều khiển đã có sẵn." : "The control sheets exist already.";
    return lang === "vi" ? `Đã tạo: ${created.join(", ")}.` : `Created: ${created.join(", ")}.`;
  });
}

export function provinceHandOutMenu(): void {
  toastCall((svc, lang) => {
    const r = handOutTables(svc, lang);
    return lang === "vi"
      ? `Đã phát ${r.created.length} bảng, bỏ qua ${r.skipped} đơn vị đã có bảng, ${r.failed.length} dòng lỗi (xem cột Ghi chú).${r.remaining > 0 ? " Chạy lại để phát tiếp." : ""}`
      : `Handed out ${r.created.length}, skipped ${r.skipped} with a table, ${r.failed.length} rows failed (see the note column).${r.remaining > 0 ? " Run again to continue." : ""}`;
  });
}

export function provinceLockMenu(): void {
  toastCall((svc, lang) => {
    const r = lockSelfAssessment(svc, lang);
    return lang === "vi"
      ? `Đã khóa tự chấm của ${r.locked.length} đơn vị; ${r.failed.length} đơn vị không khóa được (xem cột Ghi chú).`
      : `Locked self-assessment of ${r.locked.length} units; ${r.failed.length} could not be locked (see the note column).`;
  });
}

export function provinceHandOut(): HandOutReply {
  return call((svc, lang) => handOutTables(svc, lang));
}

export function provinceLock(): LockReply {
  return call((svc, lang) => lockSelfAssessment(svc, lang));
}

export function provinceUnlock(unit: string): { unit: string; row: number; note: string } {
  return call((svc, lang) => unlockUnit(svc, lang, String(unit)));
}

export function provinceBegin(clientId: string): BeginReply {
  return call((svc, lang) => beginConsolidation(svc, lang, String(clientId)));
}

export function provinceUnit(jobId: string, unit: unknown, criteriaSetId: string): UnitReply {
  return call((svc, lang) => consolidateUnit(svc, lang, String(jobId), unit, String(criteriaSetId)));
}

export function provinceFinish(jobId: string, outcome: unknown): FinishReply {
  return call((svc, lang) => finishConsolidation(svc, lang, String(jobId), outcome));
}

export function provinceCancel(jobId: string): null {
  return call((svc) => cancelConsolidation(svc, String(jobId)));
}
