/**
 * The province sidebar's Tổng hợp says, before a run, which set each unit type of "Đơn vị" will be
 * scored on: the core's provinceSetPlan over the control spreadsheet (one server call), the same
 * choice begin then makes for each unit.
 */
import { getSampleSet, type CriteriaSet } from "@cchc/scoring-core";
import type { ScoringService } from "@cchc/scoring-ui";
import { createProvinceClient } from "../../src/client/province/api";
import { provinceService } from "../../src/client/province/province-service";
import { beginConsolidation } from "../../src/server/province/consolidate";
import { handOutTables } from "../../src/server/province/hand-out";
import * as entry from "../../src/server/province/entry";
import { importCriteriaSet } from "../../src/server/use-cases";
import { fakeScriptRun } from "../fakes/script-run";
import { removeGlobals } from "../fixtures/globals";
import { provinceWith, unitRows } from "./province-fixture";

const own = (sampleId: string, id: string, name: string): CriteriaSet => ({
  ...getSampleSet(sampleId)!,
  id,
  name,
  sample: false,
});
const DEPT = own("sample-department-2025", "an-hoa-so-2025", "Bộ tiêu chí Sở An Hòa 2025");
const COMMUNE = own("sample-commune-2025", "an-hoa-xa-2025", "Bộ tiêu chí xã An Hòa 2025");

afterEach(() => removeGlobals());

function setup() {
  // Rows 1, 2: departments ("Sở"); row 3: a commune ("UBND xã").
  const env = provinceWith(unitRows(3));
  const g = globalThis as Record<string, unknown>;
  for (const [k, v] of Object.entries(env.globals)) g[k] = v;
  const run = fakeScriptRun({ provinceSetPlan: () => entry.provinceSetPlan() });
  const base = { host: "sheets", displayLanguage: () => "vi-VN" } as unknown as ScoringService;
  const m = new Map<string, string>();
  const storage = {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
  const service = provinceService(base, createProvinceClient(run.runner), storage);
  return { env, service };
}

describe("province Tổng hợp: the set per unit type before a run", () => {
  it("names each type's set as begin will choose it; a type with only a sample says so", async () => {
    const { env, service } = setup();
    importCriteriaSet(env.services, { source: "json", json: DEPT }, "vi");
    env.log.reset();
    const lines = await service.consolidationSetPlan!();
    expect(lines.map((l) => [l.severity, l.text])).toEqual([
      ["info", "Sở, ban, ngành: Bộ tiêu chí Sở An Hòa 2025"],
      ["info", `UBND xã, phường, đặc khu: ${getSampleSet("sample-commune-2025")!.name}`],
    ]);
    // Reads only: the control spreadsheet once, nothing written, no unit spreadsheet opened.
    expect(env.log.count(/^SpreadsheetApp\.openById$/)).toBe(0);
    expect(env.log.count(/\.(setValues|setValue|insertSheet|deleteSheet)$/)).toBe(0);
    // readControl, as begin reads it: "Đơn vị", "Phân công thẩm định", "Cài đặt" (values, formulas,
    // merges) and the stored sets' sheet — 23 service calls in one server call, none per unit.
    expect(env.log.byMethod()).toEqual({
      "Session.getActiveUserLocale": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "Spreadsheet.getSheetByName": 4,
      "Sheet.getName": 3,
      "Sheet.getDataRange": 4,
      "Range.getValues": 4,
      "Range.getFormulas": 3,
      "Range.getMergedRanges": 3,
    });

    // What begin then does for each unit is what the lines said.
    handOutTables(env.services, "vi");
    const begun = beginConsolidation(env.services, "vi", "client-1");
    expect(begun.units).toHaveLength(3);
    const byType = new Map(begun.units.map((u) => [u.unitType, (u as { setId?: string }).setId]));
    expect(byType.get("Sở")).toBe(lines[0]!.set!.id);
    expect(byType.get("UBND xã")).toBe(lines[1]!.set!.id);
  });

  it("with the province's own set per type, both lines name them", async () => {
    const { env, service } = setup();
    for (const json of [DEPT, COMMUNE]) importCriteriaSet(env.services, { source: "json", json }, "vi");
    const lines = await service.consolidationSetPlan!();
    expect(lines.map((l) => l.set?.id)).toEqual([DEPT.id, COMMUNE.id]);
    expect(lines.every((l) => l.severity === "info")).toBe(true);
  });
});
