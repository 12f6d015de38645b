/**
 * The server's entry module. Every export becomes a top-level Apps Script function (the build
 * generates one forwarding stub per export), callable from menus, triggers and
 * google.script.run. RPC functions take and return plain JSON and report failures as coded
 * messages the sidebar turns into the user's language.
 */
import { pickLang, SettingsSchema, type Settings, type ValidationReport } from "@cchc/scoring-core";
import type { CriteriaSetSummary, ImportSetReply, TemplateRequest } from "@cchc/scoring-core/workflow";
import { AddonError, classifyError, encodeAddonError, errorMessage } from "../shared/errors";
import type { ServerApi, SidebarContext, WriteResultsReply } from "../shared/rpc";
import { activeBook } from "./book";
import { clearMarks as clearMarksIn, markIssues as markIssuesIn } from "./marks";
import { buildMenu, openSidebar } from "./menu";
import { selectCell as selectCellIn } from "./select";
import { globalServices, type Services } from "./services";
import { userLang, userLocale } from "./settings";
import {
  createTemplate as createTemplateIn,
  importCriteriaSet as importCriteriaSetIn,
  listCriteriaSets as listCriteriaSetsIn,
  loadSettings as loadSettingsIn,
  saveSettings as saveSettingsIn,
  validateSheet,
  writeResults as writeResultsIn,
} from "./use-cases";

// The Sở Nội vụ's part (issue #6): hand out, lock, consolidate — see ./province.
export * from "./province/entry";

/** Runs an RPC body; any failure leaves as "[cchc:code] detail" for the sidebar. */
function rpc<T>(body: (svc: Services) => T): T {
  try {
    return body(globalServices());
  } catch (e) {
    if (e instanceof AddonError) throw new Error(e.message);
    const text = e instanceof Error ? e.message : String(e);
    const { code, detail } = classifyError(text);
    throw new Error(encodeAddonError(code, detail));
  }
}

// --- triggers and menu ---------------------------------------------------------------------

export function onOpen(_e?: unknown): void {
  buildMenu(globalServices());
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showSidebar(): void {
  openSidebar(globalServices(), "none");
}

export function menuCheck(): void {
  openSidebar(globalServices(), "check");
}

export function menuTemplate(): void {
  openSidebar(globalServices(), "template");
}

/** From the menu there is no sidebar to show the outcome: a toast says it. */
export function menuClearMarks(): void {
  const svc = globalServices();
  const lang = userLang(svc);
  const book = activeBook(svc);
  try {
    const { cleared } = clearMarksIn(svc);
    book.toast(
      lang === "vi" ? `Đã xóa đánh dấu ở ${cleared} ô.` : `Marks removed from ${cleared} cells.`,
      "Chỉ số CCHC",
    );
  } catch (e) {
    const { code, detail } = classifyError(e instanceof Error ? e.message : String(e));
    book.toast(errorMessage(code, detail, lang).message, "Chỉ số CCHC");
  }
}

// --- RPC (google.script.run) ------------------------------------------------------------------

export function getContext(): SidebarContext {
  return rpc((svc) => {
    const book = activeBook(svc);
    return {
      locale: userLocale(svc),
      settings: loadSettingsIn(svc),
      sheets: book.getSheets().map((s) => s.getName()),
      activeSheet: book.getActiveSheet().getName(),
    };
  });
}

export function loadSettings(): Settings {
  return rpc((svc) => loadSettingsIn(svc));
}

export function saveSettings(settings: unknown): null {
  return rpc((svc) => {
    saveSettingsIn(svc, settings);
    return null;
  });
}

export function listSheets(): string[] {
  return rpc((svc) =>
    activeBook(svc)
      .getSheets()
      .map((s) => s.getName()),
  );
}

export function listCriteriaSets(): CriteriaSetSummary[] {
  return rpc((svc) => listCriteriaSetsIn(svc, pickLang(loadSettingsIn(svc).lang)));
}

export function validate(settings: unknown): ValidationReport {
  return rpc((svc) => {
    // What arrives over google.script.run is untrusted: settings are parsed, never assumed.
    const parsed = SettingsSchema.safeParse(settings ?? {});
    if (!parsed.success) throw new AddonError("server-error", "settings");
    return validateSheet(svc, parsed.data);
  });
}

export function selectCell(sheet: string, cell: string): null {
  return rpc((svc) => {
    selectCellIn(svc, sheet, cell);
    return null;
  });
}

export function markIssues(report: unknown): { marked: number } {
  return rpc((svc) => markIssuesIn(svc, report));
}

export function clearMarks(): { cleared: number } {
  return rpc((svc) => clearMarksIn(svc));
}

export function writeResults(report: unknown): WriteResultsReply {
  return rpc((svc) => writeResultsIn(svc, report));
}

export function createTemplate(request: TemplateRequest): { sheet: string } {
  return rpc((svc) => createTemplateIn(svc, request, pickLang(loadSettingsIn(svc).lang)));
}

export function importCriteriaSet(request: unknown): ImportSetReply {
  return rpc((svc) => importCriteriaSetIn(svc, request, pickLang(loadSettingsIn(svc).lang)));
}

/** Compile-time check: the exports above match the RPC contract the sidebar calls. */
const _contract: { [K in keyof ServerApi]: (...args: never[]) => ReturnType<ServerApi[K]> } = {
  getContext,
  loadSettings,
  saveSettings,
  listSheets,
  listCriteriaSets,
  validate,
  selectCell,
  markIssues,
  clearMarks,
  writeResults,
  createTemplate,
  importCriteriaSet,
};
void _contract;
