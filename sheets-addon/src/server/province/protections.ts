/**
 * Applies the core's protection plan to a unit's scoring sheet: the sheet protection keeps the
 * structure to the owner and leaves the self-assessment and appraisal cells unprotected; one
 * range protection per area (mergePlan) names who may edit it. Also finds the tool's
 * protections again (by their description tag) to lock and unlock self-assessment.
 *
 * Google's reference: a new protection's editors mirror the spreadsheet's editors until the
 * script changes the list — and keep mirroring later sharing. So every protection made here
 * has its list changed explicitly (others removed, or the plan's editors added to a file only
 * the owner has yet), before the file is shared.
 */
import { PROTECTION_TAG, type ProtectionPlan } from "@cchc/scoring-core/province";
import type { Services, Sheet } from "../services";
import { protectStructure } from "../template";

const STRUCTURE_DESCRIPTION = `${PROTECTION_TAG}: cấu trúc bảng chấm điểm`;

/** Keeps only the owner (and the acting user, whom Sheets never removes) on a protection. */
function ownerOnly(p: GoogleAppsScript.Spreadsheet.Protection): void {
  const editors = p.getEditors().map((u) => u.getEmail());
  if (editors.length > 0) p.removeEditors(editors);
}

export interface ApplyOptions {
  /**
   * The sheet was just made in a file no one else has yet (hand-out): no earlier protection
   * to find, and a range protection that gets editors added holds exactly owner + those.
   */
  fresh?: boolean;
}

export function applyPlan(
  svc: Services,
  sheet: Sheet,
  plan: ProtectionPlan,
  options: ApplyOptions = {},
): void {
  const existing = options.fresh ? [] : sheet.getProtections(svc.SpreadsheetApp.ProtectionType.SHEET);
  const whole = existing[0];
  if (whole) {
    ownerOnly(whole);
    if (plan.unprotectedRanges.length > 0)
      whole.setUnprotectedRanges(sheet.getRangeList(plan.unprotectedRanges).getRanges());
  } else protectStructure(sheet, plan.unprotectedRanges, STRUCTURE_DESCRIPTION);
  // One getRangeList for every area of every group.
  const refs = plan.ranges.flatMap((g) => g.ranges);
  if (refs.length === 0) return;
  const ranges = sheet.getRangeList(refs).getRanges();
  let i = 0;
  for (const group of plan.ranges) {
    for (let k = 0; k < group.ranges.length; k++) {
      const p = ranges[i++]!.protect().setDescription(group.description);
      if (options.fresh && group.editors.length > 0) p.addEditors(group.editors);
      else {
        ownerOnly(p);
        if (group.editors.length > 0) p.addEditors(group.editors);
      }
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
