/**
 * Who may edit what in a unit's scoring sheet, as data. Google Sheets applies it as one sheet
 * protection (owner only) whose unprotected ranges are the self-assessment and appraisal cells,
 * plus one range protection per group of those cells with its own editors. A cell is editable
 * by a user only if every protection covering it lists that user, so:
 * structure → the Sở Nội vụ; self-assessment cells → the unit's editors (none after the
 * deadline lock); each field's appraisal cells → that field's appraisers.
 */
import { parseA1, rangeA1 } from "../grid/address";
import type { TemplateSpec } from "../template/template-spec";
import type { FieldAssignment } from "./control-sheets";

export interface RangeProtection {
  kind: "self" | "appraisal";
  /** Field code for appraisal ranges. */
  field: string | null;
  ranges: string[];
  /** Besides the owner(s), who may edit. */
  editors: string[];
  /** Shown in the host's protection list; names the tool. */
  description: string;
}

export interface ProtectionPlan {
  /** The whole sheet: only the owners edit outside the ranges below. */
  sheetEditors: string[];
  unprotectedRanges: string[];
  ranges: RangeProtection[];
  /** Everyone to share the spreadsheet with (edit rights), deduplicated. */
  shareWith: string[];
}

export interface PlanInput {
  spec: Pick<TemplateSpec, "editableRanges" | "appraisalRanges">;
  owners: string[];
  unitEditors: string[];
  assignments: FieldAssignment[];
  /** After the self-assessment deadline: unit editors lose the self-assessment cells. */
  selfLocked: boolean;
  unit: string;
}

export const PROTECTION_TAG = "cchc";

export function planProtections(input: PlanInput): ProtectionPlan {
  const owners = [...new Set(input.owners.map((e) => e.toLowerCase()))];
  const unitEditors = [...new Set(input.unitEditors.map((e) => e.toLowerCase()))];
  const byField = new Map(input.assignments.map((a) => [a.field, a]));
  const ranges: RangeProtection[] = [
    {
      kind: "self",
      field: null,
      ranges: input.spec.editableRanges,
      editors: input.selfLocked ? [] : unitEditors,
      description: `${PROTECTION_TAG}:self — ${input.unit}: tự đánh giá${input.selfLocked ? " (đã khóa)" : ""}`,
    },
  ];
  const appraisers = new Set<string>();
  for (const { field, range } of input.spec.appraisalRanges) {
    const who = (byField.get(field)?.appraisers ?? []).map((e) => e.toLowerCase());
    who.forEach((e) => appraisers.add(e));
    ranges.push({
      kind: "appraisal",
      field,
      ranges: [range],
      editors: who,
      description: `${PROTECTION_TAG}:appraisal:${field} — thẩm định lĩnh vực ${field} (${byField.get(field)?.department ?? "chưa phân công"})`,
    });
  }
  return {
    sheetEditors: owners,
    unprotectedRanges: [...input.spec.editableRanges, ...input.spec.appraisalRanges.map((a) => a.range)],
    ranges,
    shareWith: [...new Set([...unitEditors, ...appraisers])].filter((e) => !owners.includes(e)),
  };
}

/** Whether a plan lets `user` edit a cell covered by `kind`/`field` (what the fakes enforce). */
export function mayEdit(
  plan: ProtectionPlan,
  user: string,
  where: { kind: "structure" } | { kind: "self" } | { kind: "appraisal"; field: string },
): boolean {
  const u = user.toLowerCase();
  if (plan.sheetEditors.includes(u)) return true;
  if (where.kind === "structure") return false;
  const p = plan.ranges.find(
    (r) => r.kind === where.kind && (where.kind === "self" || r.field === where.field),
  );
  return !!p && p.editors.includes(u);
}

/**
 * The same rights with far fewer protections: each group's ranges (and every appraisal group of
 * one field) become one protection over their bounding box. Rows of structure inside a box stay
 * locked because the sheet protection still leaves only the exact input ranges unprotected, and
 * a cell is editable only if every protection covering it lists the user. Sheets applies each
 * protection as a remote call, so 44 protections per table become 1 + one per field.
 */
export function mergePlan(plan: ProtectionPlan): ProtectionPlan {
  const merged = new Map<string, RangeProtection>();
  for (const r of plan.ranges) {
    const key = `${r.kind}:${r.field ?? ""}`;
    const prev = merged.get(key);
    merged.set(
      key,
      prev ? { ...prev, ranges: [...prev.ranges, ...r.ranges] } : { ...r, ranges: [...r.ranges] },
    );
  }
  return {
    ...plan,
    ranges: [...merged.values()].map((r) => ({
      ...r,
      ranges: r.ranges.length > 0 ? [boundingBox(r.ranges)] : [],
    })),
  };
}

function boundingBox(ranges: string[]): string {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const ref of ranges) {
    for (const part of ref.split(":")) {
      const p = parseA1(part);
      if (!p) continue;
      top = Math.min(top, p.row);
      left = Math.min(left, p.col);
      bottom = Math.max(bottom, p.row);
      right = Math.max(right, p.col);
    }
  }
  return rangeA1(top, left, bottom, right);
}
