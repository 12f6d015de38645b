/**
 * The Sở Nội vụ's entry points (re-exported by ../main.ts, so the build gives each a top-level
 * stub). Menu items act and answer with a toast; RPC functions take and return plain JSON and
 * fail with coded messages, like the units' part.
 */
import { pickLang, type Lang } from "@cchc/scoring-core";
import { AddonError, classifyError, encodeAddonError, errorMessage } from "../../shared/errors";
import { activeBook } from "../book";
import { appraisalAction, type AppraisalActionReply, type CouncilAction } from "./appraisal";
import { beginConsolidation, cancelConsolidation, consolidateUnit, finishConsolidation } from "./consolidate";
import type { BeginReply, FinishReply, UnitReply } from "./consolidate";
import { ensureControlSheets, readControl } from "./control";
import { provinceSetPlan as provinceSetPlanLines } from "@cchc/scoring-core/province";
import { lockSelfAssessment, unlockUnit, type LockReply } from "./deadline";
import { HAND_OUT_LIMIT, handOutTables, type HandOutReply } from "./hand-out";
import { saveReportToDrive, type SaveReportReply } from "./report";
import { provinceServices, type ProvinceServices } from "./services";
import { createSurveyForms } from "./survey";
import type { StartAction } from "../../shared/rpc";
import { provinceTrendsFor } from "./trends";
import type { SetPlanLine, TrendReply } from "@cchc/scoring-core/workflow";

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
    book.toast(body(svc, lang), TITLE, 10);
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    if (MISSING_SCOPE.test(text)) {
      book.toast(
        lang === "vi"
          ? "Chức năng này dành cho Sở Nội vụ và cần bản tiện ích “Chỉ số CCHC — Sở Nội vụ” (quyền mở, tạo và chia sẻ bảng tính của đơn vị)."
          : "This is for the Sở Nội vụ and needs the “Chỉ số CCHC — Sở Nội vụ” edition of the add-on (rights to open, create and share units' spreadsheets).",
        TITLE,
        15,
      );
      return;
    }
    const { code, detail } = classifyError(text);
    const m = errorMessage(code, detail, lang).message;
    book.toast(code === "busy" && detail.trim() ? detail.trim() : m, TITLE, 10);
  }
}

const TITLE = "Chỉ số CCHC — Sở Nội vụ";
/** What Apps Script says when the deployment's manifest lacks the province's scopes. */
const MISSING_SCOPE = /permission to call (SpreadsheetApp\.(openById|openByUrl|create)|DriveApp)/i;

/** Opens the sidebar on its Tổng hợp panel, driving the consolidation of the units. */
export function menuProvince(): void {
  openProvinceSidebar("none");
}

/** "Phát bảng chấm điểm": the sidebar on its hand-out panel, which runs every chunk with progress. */
export function menuProvinceHandOut(): void {
  openProvinceSidebar("handout");
}

function openProvinceSidebar(start: StartAction): void {
  const svc = provinceServices();
  const boot = JSON.stringify({
    start,
    province: true,
    locale: svc.Session.getActiveUserLocale() || "vi",
  }).replace(/</g, "\\u003c");
  const html = svc.HtmlService.createHtmlOutputFromFile("Sidebar")
    .setTitle(TITLE)
    .append(`<script>window.__CCHC_BOOT__=${boot};</script>`);
  svc.SpreadsheetApp.getUi().showSidebar(html);
}

/** The unit on the selected row of "Đơn vị", or null (the caller then says what to select). */
function selectedUnit(svc: ProvinceServices): string | null {
  const range = activeBook(svc).getActiveRange();
  const sheet = range ? range.getSheet() : null;
  const row = range ? range.getRow() : 0;
  if (!sheet || !/^(Đơn vị|Units)$/.test(sheet.getName()) || row < 2) return null;
  return String(sheet.getRange(row, 1).getValues()[0]?.[0] ?? "");
}

const SELECT_A_UNIT: Record<Lang, string> = {
  vi: "Chọn một ô trên dòng của đơn vị trong trang “Đơn vị” rồi chạy lại.",
  en: "Select a cell on the unit's row in the “Units” sheet and run again.",
};

/** "Rút lại để sửa" for the unit on the selected row of "Đơn vị". */
export function provinceUnlockMenu(): void {
  toastCall((svc, lang) => {
    const name = selectedUnit(svc);
    if (name === null) return SELECT_A_UNIT[lang];
    const r = unlockUnit(svc, lang, name);
    return lang === "vi" ? `${r.unit}: ${r.note}.` : `${r.unit}: ${r.note}.`;
  });
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

/** One chunk of the hand-out, driven from the sidebar (runHandOut) until nothing remains. */
export function provinceHandOut(limit?: number): HandOutReply {
  const n = Math.max(1, Math.min(HAND_OUT_LIMIT, Math.floor(Number(limit) || HAND_OUT_LIMIT)));
  return call((svc, lang) => handOutTables(svc, lang, n));
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

/**
 * Tổng hợp, before a run: which set each unit type of "Đơn vị" will be scored on (the core's
 * provinceSetPlan over the control spreadsheet, read once), for the sidebar to show.
 */
export function provinceSetPlan(): SetPlanLine[] {
  return call((svc, lang) => {
    const data = readControl(svc, lang);
    return provinceSetPlanLines(
      data.set,
      data.sets,
      data.settings.criteriaSetIds ?? [],
      data.control.units.map((u) => u.unitType),
      lang,
    );
  });
}

/** Xu hướng: past ranking spreadsheets (URLs or IDs) → the trend sheets of the control spreadsheet. */
export function provinceTrends(refs: unknown, renamesRef: unknown): TrendReply {
  return call((svc, lang) => provinceTrendsFor(svc, lang, refs, renamesRef));
}

/** The sidebar's "Báo cáo (Word)" (.docx) or feedback per unit (.zip), saved to the user's Drive. */
export function provinceSaveReport(fileName: string, base64: string, kind?: string): SaveReportReply {
  return call((svc, lang) => saveReportToDrive(svc, lang, fileName, base64, kind ?? "docx"));
}

/**
 * The Word report's and feedback .zip's writers, kept out of Sidebar.html (300 KB budget): the
 * text of the project's OutputsChunk.html, which the sidebar runs on first use (one call).
 */
export function provinceOutputsChunk(): string {
  return call((svc) => svc.HtmlService.createHtmlOutputFromFile("OutputsChunk").getContent());
}

export function provinceCancel(jobId: string): null {
  return call((svc) => cancelConsolidation(svc, String(jobId)));
}

/**
 * "Tạo Google Biểu mẫu điều tra": one form per unit type from the design sheets, its responses
 * linked to this spreadsheet (consolidation then computes the survey points from them).
 */
export function provinceSurveyFormsMenu(): void {
  toastCall((svc, lang) => {
    const created = createSurveyForms(svc, activeBook(svc), lang);
    return created
      .map((f) =>
        lang === "vi"
          ? `Đã tạo “${f.title}” (${f.questions} câu hỏi): ${f.publishedUrl}`
          : `Created “${f.title}” (${f.questions} questions): ${f.publishedUrl}`,
      )
      .join(" · ");
  });
}

/** The toast after "Mở vòng 2" / "Kết thúc thẩm định". */
function appraisalToast(r: AppraisalActionReply, lang: Lang): string {
  const what =
    r.action === "close"
      ? { vi: "Đã kết thúc thẩm định", en: "Appraisal closed for" }
      : { vi: "Đã mở vòng 2 cho", en: "Round 2 opened for" };
  const logged = r.done.reduce((n, d) => n + d.logged, 0);
  const unanswered = r.done.filter((d) => d.unanswered > 0).map((d) => d.unit);
  const open = r.done.filter((d) => d.open > 0).map((d) => d.unit);
  if (lang === "vi")
    return [
      `${what.vi} ${r.done.length} đơn vị; ghi ${logged} thay đổi điểm thẩm định vào “${r.log ?? "Nhật ký thẩm định"}”.`,
      r.action === "open-round-2" && unanswered.length > 0
        ? `Còn mục chưa giải trình: ${unanswered.join(", ")}.`
        : "",
      r.action === "close" && open.length > 0
        ? `Mục cần giải trình chưa chấm vòng 2 (giữ điểm vòng 1): ${open.join(", ")}.`
        : "",
      r.failed.length > 0 ? `${r.failed.length} đơn vị lỗi (xem cột Ghi chú).` : "",
    ]
      .filter(Boolean)
      .join(" ");
  return [
    `${what.en} ${r.done.length} units; ${logged} appraisal score changes logged in “${r.log ?? "Nhật ký thẩm định"}”.`,
    r.action === "open-round-2" && unanswered.length > 0 ? `Not yet answered: ${unanswered.join(", ")}.` : "",
    r.action === "close" && open.length > 0
      ? `Flagged items without a round-2 score (round 1 stands): ${open.join(", ")}.`
      : "",
    r.failed.length > 0 ? `${r.failed.length} units failed (see the note column).` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

function appraisalMenu(action: CouncilAction, all: boolean): void {
  toastCall((svc, lang) => {
    const unit = all ? null : selectedUnit(svc);
    if (!all && unit === null) return SELECT_A_UNIT[lang];
    return appraisalToast(appraisalAction(svc, lang, action, unit), lang);
  });
}

/** "Mở vòng 2" for the unit on the selected row of "Đơn vị". */
export function provinceRound2Menu(): void {
  appraisalMenu("open-round-2", false);
}

export function provinceRound2AllMenu(): void {
  appraisalMenu("open-round-2", true);
}

/** "Kết thúc thẩm định" for the unit on the selected row of "Đơn vị". */
export function provinceCloseAppraisalMenu(): void {
  appraisalMenu("close", false);
}

export function provinceCloseAppraisalAllMenu(): void {
  appraisalMenu("close", true);
}

/** The same from the sidebar: `unit` null acts on every handed-out unit. */
export function provinceAppraisal(action: string, unit: string | null): AppraisalActionReply {
  const a: CouncilAction = action === "close" ? "close" : "open-round-2";
  return call((svc, lang) => appraisalAction(svc, lang, a, unit === null ? null : String(unit)));
}
