import { mayEdit, planProtections } from "../../src/province/protection-plan";

const spec = {
  editableRanges: ["F8:F9", "H8:I9"],
  appraisalRanges: [
    { field: "1", range: "J8:K9" },
    { field: "6", range: "J20:K25" },
  ],
};
const assignments = [
  { field: "1", department: "Sở Nội vụ", appraisers: ["nv@snv.gov.vn"], row: 2 },
  { field: "6", department: "Sở Tài chính", appraisers: ["tc@stc.gov.vn"], row: 3 },
];
const base = {
  spec,
  owners: ["Admin@SNV.gov.vn"],
  unitEditors: ["unit@stp.gov.vn"],
  assignments,
  unit: "Sở Tư pháp",
};

describe("protection plan", () => {
  it("gives units their cells, appraisers their field, the Sở everything", () => {
    const plan = planProtections({ ...base, selfLocked: false });
    expect(mayEdit(plan, "unit@stp.gov.vn", { kind: "self" })).toBe(true);
    expect(mayEdit(plan, "unit@stp.gov.vn", { kind: "structure" })).toBe(false);
    expect(mayEdit(plan, "unit@stp.gov.vn", { kind: "appraisal", field: "1" })).toBe(false);
    expect(mayEdit(plan, "tc@stc.gov.vn", { kind: "appraisal", field: "6" })).toBe(true);
    expect(mayEdit(plan, "tc@stc.gov.vn", { kind: "appraisal", field: "1" })).toBe(false);
    expect(mayEdit(plan, "tc@stc.gov.vn", { kind: "self" })).toBe(false);
    expect(mayEdit(plan, "admin@snv.gov.vn", { kind: "structure" })).toBe(true);
    expect(plan.shareWith.sort()).toEqual(["nv@snv.gov.vn", "tc@stc.gov.vn", "unit@stp.gov.vn"]);
    expect(plan.unprotectedRanges).toEqual(["F8:F9", "H8:I9", "J8:K9", "J20:K25"]);
  });

  it("takes the self-assessment cells from the unit at the deadline, not from appraisers", () => {
    const plan = planProtections({ ...base, selfLocked: true });
    expect(mayEdit(plan, "unit@stp.gov.vn", { kind: "self" })).toBe(false);
    expect(mayEdit(plan, "nv@snv.gov.vn", { kind: "appraisal", field: "1" })).toBe(true);
    expect(plan.ranges[0]!.description).toContain("đã khóa");
  });

  it("leaves an unassigned field's appraisal cells to the Sở only", () => {
    const plan = planProtections({ ...base, assignments: [], selfLocked: false });
    expect(plan.ranges.filter((r) => r.kind === "appraisal").every((r) => r.editors.length === 0)).toBe(true);
  });
});
