/**
 * The units' server runs the core's use cases (scoring-core/workflow) on the Apps Script port,
 * synchronously. Nothing is decided here: each function parses what crossed google.script.run
 * and hands it to the core.
 */
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  ValidationReportSchema,
  type Lang,
  type Settings,
  type ValidationReport,
} from "@cchc/scoring-core";
import {
  listCriteriaSets as listSets,
  loadSettings as loadStored,
  importCriteriaSet as importSet,
  makeTemplate,
  unitAppraisalFor,
  saveSettings as saveStored,
  validateWorkbook,
  writeResults as writeResultsSheet,
  type CriteriaSetSummary,
  type ImportSetReply,
  type ImportSetRequest,
  type TemplateRequest,
  type UnitAppraisalView,
} from "@cchc/scoring-core/workflow";
import { AddonError } from "../shared/errors";
import type { WriteResultsReply } from "../shared/rpc";
import type { Services } from "./services";
import { runOnSheets, SheetsWorkbook } from "./workbook";
import { activeBook } from "./book";
import { chooseSetInSettings } from "./province/control";

export function loadSettings(svc: Services): Settings {
  return runOnSheets(loadStored(new SheetsWorkbook(svc), DEFAULT_SETTINGS.lang));
}

export function saveSettings(svc: Services, settings: unknown): Settings {
  // What arrives over google.script.run is untrusted: settings are parsed, never assumed.
  if (!SettingsSchema.safeParse(settings).success) throw new AddonError("server-error", "settings");
  return runOnSheets(saveStored(new SheetsWorkbook(svc), settings));
}

export function listCriteriaSets(svc: Services, lang: Lang): CriteriaSetSummary[] {
  return runOnSheets(listSets(new SheetsWorkbook(svc), lang));
}

/** The request crossed google.script.run: its shape is checked before the core sees it. */
export function importCriteriaSet(svc: Services, request: unknown, lang: Lang): ImportSetReply {
  const r = request as Partial<ImportSetRequest> | null;
  const ok =
    !!r &&
    ((r.source === "json" && "json" in r) ||
      (r.source === "sheet" && typeof (r as { sheet?: unknown }).sheet === "string"));
  if (!ok) throw new AddonError("server-error", "importCriteriaSet");
  const reply = runOnSheets(importSet(new SheetsWorkbook(svc), r as ImportSetRequest, lang));
  // In the province's control spreadsheet the set is also chosen in "Cài đặt" for its unit types.
  if (reply.stored && reply.set) chooseSetInSettings(activeBook(svc), reply.set);
  return reply;
}

export function validateSheet(svc: Services, settings: Settings): ValidationReport {
  return runOnSheets(validateWorkbook(new SheetsWorkbook(svc), settings));
}

export function writeResults(svc: Services, input: unknown): WriteResultsReply {
  const parsed = ValidationReportSchema.safeParse(input);
  if (!parsed.success) throw new AddonError("report-invalid");
  return runOnSheets(writeResultsSheet(new SheetsWorkbook(svc), parsed.data));
}

export function createTemplate(svc: Services, request: TemplateRequest, lang: Lang): { sheet: string } {
  return runOnSheets(makeTemplate(new SheetsWorkbook(svc), request, lang));
}

export function appraisalItems(svc: Services, settings: Settings): UnitAppraisalView | null {
  return runOnSheets(unitAppraisalFor(new SheetsWorkbook(svc), settings));
}
