/**
 * Before a consolidation, one line per unit type: the set its units will be scored on, as the
 * run's own rule chooses it (scoreWithSets for files, provinceSetForUnit in the province), and an
 * error line for a type no set covers.
 */
import fc from "fast-check";
import { scoringGrid } from "@cchc/test-kit";
import { setForUnitType } from "../../src/consolidation/score-with-sets";
import { getSampleSet } from "../../src/criteria-set/samples";
import type { CriteriaSet } from "../../src/criteria-set/schema";
import { filesSetPlan } from "../../src/criteria-set/set-plan";
import { setsSheetRows } from "../../src/criteria-set/storage";
import { provinceSetPlan } from "../../src/province/set-plan";
import { provinceSetForUnit } from "../../src/province/unit-plan";
import { MemoryWorkbook, WorkflowService, setsPerUnitType } from "../../src/workflow";

const own = (sampleId: string, id: string, name: string, year = 2025): CriteriaSet => ({
  ...getSampleSet(sampleId)!,
  id,
  name,
  year,
  sample: false,
});
const DEPT = own("sample-department-2025", "an-hoa-so-2025", "Bộ tiêu chí Sở An Hòa 2025");
const COMMUNE = own("sample-commune-2025", "an-hoa-xa-2025", "Bộ tiêu chí xã An Hòa 2025");
const DISTRICT: CriteriaSet = {
  ...DEPT,
  id: "an-hoa-huyen-2025",
  name: "Bộ huyện 2025",
  unitTypes: ["district"],
};

const brief = (lines: ReturnType<typeof filesSetPlan>) => lines.map((l) => [l.severity, l.text]);

describe("filesSetPlan (Excel, the cli's --framework)", () => {
  it("a set per type: one info line each, in Vietnamese and English", () => {
    expect(brief(filesSetPlan([DEPT, COMMUNE], "vi"))).toEqual([
      ["info", "Sở, ban, ngành: Bộ tiêu chí Sở An Hòa 2025"],
      ["info", "UBND xã, phường, đặc khu: Bộ tiêu chí xã An Hòa 2025"],
    ]);
    expect(brief(filesSetPlan([DEPT, COMMUNE], "en"))[1]).toEqual([
      "info",
      "Communes and wards: Bộ tiêu chí xã An Hòa 2025",
    ]);
  });

  it("an expected type no chosen set names is a warning (there may be no such file); the run would use another type's set", () => {
    const single = filesSetPlan([DEPT], "vi");
    expect(single.map((l) => [l.unitType, l.severity, l.set?.id ?? null])).toEqual([
      ["department", "info", DEPT.id],
      ["commune", "warning", DEPT.id],
    ]);
    expect(single[1]!.text).toContain("dành cho Sở, ban, ngành");
    expect(single[1]!.text).toMatch(/bỏ qua dòng này\.$/);
    // Several sets, none for communes: the run would pick the best match among the others.
    const lines = filesSetPlan([DEPT, DISTRICT], "vi");
    expect(lines.map((l) => [l.unitType, l.severity])).toEqual([
      ["department", "info"],
      ["commune", "warning"],
      ["district", "info"],
    ]);
    expect(lines[1]!.set).toBeNull();
    expect(lines[1]!.text).toMatch(/^UBND xã, phường, đặc khu: chưa có bộ tiêu chí/);
  });

  it("no set chosen: one warning (tables on their own maxima), no error", () => {
    expect(filesSetPlan([], "vi").map((l) => l.severity)).toEqual(["warning"]);
  });

  it("a sample set says so when its name does not", () => {
    const sample = { ...DEPT, sample: true };
    expect(filesSetPlan([sample, COMMUNE], "vi")[0]!.text).toBe(
      "Sở, ban, ngành: Bộ tiêu chí Sở An Hòa 2025 — bộ mẫu",
    );
    const bundled = getSampleSet("sample-department-2025")!;
    expect(filesSetPlan([bundled], "vi")[0]!.text).toBe(`Sở, ban, ngành: ${bundled.name}`);
  });

  it("property: each line names the set the run's rule (setForUnitType) picks for its type", () => {
    const pool = [DEPT, COMMUNE, DISTRICT];
    fc.assert(
      fc.property(fc.subarray(pool, { minLength: 1 }), (applied) => {
        for (const line of filesSetPlan(applied, "vi")) {
          const picked = setForUnitType(applied, line.unitType);
          expect(line.set?.id ?? null).toBe(picked?.id ?? null);
          // Uncovered types are only ever expected types no chosen set names: warnings, never errors.
          expect(line.severity === "warning").toBe(!picked || !picked.unitTypes.includes(line.unitType!));
          expect(line.severity).not.toBe("error");
        }
      }),
    );
  });
});

describe("provinceSetPlan (Sheets province edition)", () => {
  it("the types of “Đơn vị”, each with begin's set; untyped rows among the applied sets", () => {
    const lines = provinceSetPlan(DEPT, [DEPT, COMMUNE], [DEPT.id], ["Sở", "UBND xã", "Sở", "", null], "vi");
    expect(brief(lines)).toEqual([
      ["info", "Sở, ban, ngành: Bộ tiêu chí Sở An Hòa 2025"],
      ["info", "UBND xã, phường, đặc khu: Bộ tiêu chí xã An Hòa 2025"],
      [
        "info",
        "Đơn vị chưa ghi loại: bộ phù hợp theo tên hoặc bảng của đơn vị, trong: Bộ tiêu chí Sở An Hòa 2025; Bộ tiêu chí xã An Hòa 2025",
      ],
    ]);
    for (const [type, line] of [
      ["department", lines[0]],
      ["commune", lines[1]],
    ] as const)
      expect(line!.set!.id).toBe(provinceSetForUnit(DEPT, type, [DEPT, COMMUNE], [DEPT.id]).id);
  });

  it("a type the province stores no set for: the sample it falls back to, said as a sample", () => {
    const lines = provinceSetPlan(DEPT, [DEPT], [DEPT.id], ["Sở", "UBND xã"], "vi");
    expect(lines[1]!.set).toMatchObject({ id: "sample-commune-2025", sample: true });
    expect(lines[1]!.text).toContain("mẫu");
    expect(setsPerUnitType(DEPT, [DEPT])).toEqual([DEPT]);
  });

  it("a type with no set at all (no sample that year): an error line", () => {
    const old = { ...DEPT, year: 2019 };
    const lines = provinceSetPlan(old, [old], [old.id], ["Sở", "UBND xã"], "vi");
    expect(lines.map((l) => l.severity)).toEqual(["info", "error"]);
  });
});

describe("WorkflowService.consolidationSetPlan (the Excel pane's)", () => {
  it("the stored sets of the chosen set's year, in one read of the stored sets", async () => {
    const wb = new MemoryWorkbook([scoringGrid()]);
    wb.criteriaSets = setsSheetRows([DEPT, COMMUNE, { ...COMMUNE, id: "an-hoa-xa-2024", year: 2024 }]);
    wb.settings = { criteriaSetId: DEPT.id };
    const service = new WorkflowService(wb, {
      host: "demo",
      displayLanguage: "vi-VN",
      capabilities: () => ({ consolidateFiles: true, consolidateUnits: false, templates: true, marks: true }),
    });
    const before = wb.calls["readCriteriaSets"] ?? 0;
    const lines = await service.consolidationSetPlan();
    expect(lines.map((l) => l.set?.id)).toEqual([DEPT.id, COMMUNE.id]);
    expect((wb.calls["readCriteriaSets"] ?? 0) - before).toBe(1);
  });
});
