import { getSampleSet } from "../../src/criteria-set/samples/index";
import { mayEdit, mergePlan, planProtections } from "../../src/province/protection-plan";
import { buildTemplate } from "../../src/template/build-template";

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

describe("mergePlan", () => {
  it("keeps one protection per group and field, each box covering its ranges, exact unprotected ranges", () => {
    const spec = buildTemplate(getSampleSet("sample-department-2025")!, {
      unit: "Sở A",
      unitType: "department",
    });
    const plan = planProtections({
      spec,
      owners: ["so@x.vn"],
      unitEditors: ["a@x.vn"],
      assignments: [{ field: "1", department: "Sở Nội vụ", appraisers: ["t@x.vn"], row: 2 }],
      selfLocked: false,
      unit: "Sở A",
    });
    const merged = mergePlan(plan);
    const fields = new Set(spec.appraisalRanges.map((a) => a.field));
    expect(merged.ranges).toHaveLength(1 + fields.size);
    expect(merged.unprotectedRanges).toEqual(plan.unprotectedRanges);
    expect(merged.ranges.find((r) => r.kind === "self")!.ranges).toEqual(["E10:H95"]);
    expect(merged.ranges.find((r) => r.field === "1")!.editors).toEqual(["t@x.vn"]);
    for (const u of ["a@x.vn", "t@x.vn", "so@x.vn", "z@x.vn"])
      for (const where of [{ kind: "self" as const }, { kind: "appraisal" as const, field: "1" }])
        expect(mayEdit(merged, u, where)).toBe(mayEdit(plan, u, where));
  });
});
