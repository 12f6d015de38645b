/**
 * Applies the core's protection plan to a unit's scoring sheet: the sheet protection keeps the
 * structure to the owner and leaves the self-assessment and appraisal cells unprotected; one
 * range protection per group of those cells names who may edit them. Also finds the tool's
 * protections again (by their description tag) to lock and unlock self-assessment.
 */
import { PROTECTION_TAG, type ProtectionPlan } from "@cchc/scoring-core/province";
import type { Services, Sheet } from "../services";

/** Keeps only the owner on a protection (the owner can never be removed). */
function ownerOnly(p: GoogleAppsScript.Spreadsheet.Protection): void {
  const editors = p.getEditors().map((u) => u.getEmail());
  if (editors.length > 0) p.removeEditors(editors);
}

export function applyPlan(svc: Services, sheet: Sheet, plan: ProtectionPlan): void {
  const sheetProtections = sheet.getProtections(svc.SpreadsheetApp.ProtectionType.SHEET);
  const whole = sheetProtections[0] ?? sheet.protect();
  ownerOnly(whole);
  if (plan.unprotectedRanges.length > 0)
    whole.setUnprotectedRanges(sheet.getRangeList(plan.unprotectedRanges).getRanges());
  for (const group of plan.ranges) {
    for (const range of sheet.getRangeList(group.ranges).getRanges()) {
      const p = range.protect().setDescription(group.description);
      ownerOnly(p);
      if (group.editors.length > 0) p.addEditors(group.editors);
    }
  }
}

/** The tool's self-assessment protections on a sheet. */
export function selfProtections(svc: Services, sheet: Sheet): GoogleAppsScript.Spreadsheet.Protection[] {
  return sheet
    .getProtections(svc.SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription().startsWith(`${PROTECTION_TAG}:self`));
}

/** Units lose (lock) or regain (unlock) edit rights on their self-assessment cells. */
export function setSelfEditors(
  svc: Services,
  sheet: Sheet,
  editors: string[],
  unit: string,
  locked: boolean,
): number {
  const found = selfProtections(svc, sheet);
  for (const p of found) {
    ownerOnly(p);
    if (!locked && editors.length > 0) p.addEditors(editors);
    p.setDescription(`${PROTECTION_TAG}:self — ${unit}: tự đánh giá${locked ? " (đã khóa)" : ""}`);
  }
  return found.length;
}
