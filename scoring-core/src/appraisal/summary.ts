/**
 * What the appraisal moved: per unit, items changed from self and points added and removed per
 * field and per appraising department; for the council's meeting, the same across a group.
 * Only items holding both a self score and an appraised score count (a missing score is never
 * read as 0), so added − removed always equals appraisedTotal − selfTotal.
 */
import { fromUnits, toUnits } from "../numbers/decimal";
import { appraiserFor, DEFAULT_APPRAISERS, type AppraiserRule } from "../output/appraisers";
import { appraisalState, openItems } from "./flagged-items";
import type {
  AppraisalItem,
  AppraisalStatus,
  GroupAppraisalSummary,
  PointsMoved,
  UnitAppraisalSummary,
} from "./schema";

export interface SummaryOptions {
  appraisers?: readonly AppraiserRule[];
  lang?: "vi" | "en";
}

/** Sums in micro-units (numbers/decimal.ts): 0,1 + 0,2 stays 0,3. */
class Moved {
  private readonly rows = new Map<
    string,
    { label: string; changed: number; added: number; removed: number }
  >();
  add(key: string, label: string, changed: number, added: number, removed: number): void {
    const r = this.rows.get(key) ?? { label, changed: 0, added: 0, removed: 0 };
    r.changed += changed;
    r.added += added;
    r.removed += removed;
    this.rows.set(key, r);
  }
  list(): PointsMoved[] {
    return [...this.rows].map(([key, r]) => ({
      key,
      label: r.label,
      changed: r.changed,
      added: fromUnits(r.added),
      removed: fromUnits(r.removed),
    }));
  }
}

export function summariseUnit(
  unit: string,
  items: readonly AppraisalItem[],
  options: SummaryOptions = {},
): UnitAppraisalSummary {
  const rules = options.appraisers ?? DEFAULT_APPRAISERS;
  const unknown = options.lang === "en" ? "(no department)" : "(chưa xác định cơ quan)";
  const fields = new Moved();
  const departments = new Moved();
  const changed: UnitAppraisalSummary["changed"] = [];
  let added = 0;
  let removed = 0;
  let selfTotal = 0;
  let appraisedTotal = 0;
  for (const i of items) {
    if (i.self === null || i.final === null) continue;
    const s = toUnits(i.self);
    const f = toUnits(i.final);
    selfTotal += s;
    appraisedTotal += f;
    const up = Math.max(0, f - s);
    const down = Math.max(0, s - f);
    const moved = s !== f ? 1 : 0;
    if (moved) changed.push({ code: i.code, self: i.self, final: i.final });
    added += up;
    removed += down;
    fields.add(i.fieldCode, i.fieldTitle, moved, up, down);
    const dept = appraiserFor(i.fieldTitle, rules);
    departments.add(dept ?? unknown, dept ?? unknown, moved, up, down);
  }
  return {
    unit,
    state: appraisalState(items),
    changed,
    added: fromUnits(added),
    removed: fromUnits(removed),
    selfTotal: fromUnits(selfTotal),
    appraisedTotal: fromUnits(appraisedTotal),
    byField: fields.list(),
    byDepartment: departments.list(),
    openCodes: openItems(items).map((i) => i.code),
  };
}

/** The same across the units of a group, for the council's meeting. */
export function summariseGroup(units: readonly UnitAppraisalSummary[]): GroupAppraisalSummary {
  const byStatus: Record<AppraisalStatus, number> = { none: 0, round1: 0, round2: 0, closed: 0 };
  const fields = new Moved();
  const departments = new Moved();
  let added = 0;
  let removed = 0;
  let open = 0;
  for (const u of units) {
    byStatus[u.state.status]++;
    added += toUnits(u.added);
    removed += toUnits(u.removed);
    open += u.state.openItems;
    for (const f of u.byField) fields.add(f.key, f.label, f.changed, toUnits(f.added), toUnits(f.removed));
    for (const d of u.byDepartment)
      departments.add(d.key, d.label, d.changed, toUnits(d.added), toUnits(d.removed));
  }
  return {
    units: [...units],
    byStatus,
    added: fromUnits(added),
    removed: fromUnits(removed),
    openItems: open,
    byField: fields.list(),
    byDepartment: departments.list(),
  };
}
