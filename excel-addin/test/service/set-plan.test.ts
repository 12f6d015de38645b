/**
 * Tổng hợp, before a run (Excel): which set each unit type will be scored on — the core's lines
 * over the sets the consolidation applies — in at most one sync (none when nothing is stored).
 */
import { setup } from "../helpers/service";
import { departmentGrid, loadGrid, sampleSet } from "../helpers/workbooks";

const own = (id: string, name: string, unitTypes: string[]) => ({
  ...sampleSet(),
  id,
  name,
  unitTypes,
  sample: false,
});

describe("consolidationSetPlan (Excel)", () => {
  it("no set stored or chosen: one warning line, no sync", async () => {
    const { service, syncsOf } = setup();
    const { result, syncs } = await syncsOf(() => service.consolidationSetPlan());
    expect(result.map((l) => l.severity)).toEqual(["warning"]);
    expect(syncs).toBe(0);
  });

  it("the department set only: communes get an error line; with a commune set, both named; one sync", async () => {
    const { host, service, syncsOf } = setup();
    // A visible sheet: Excel will not hide a workbook's last one (the stored sets' sheet is hidden).
    loadGrid(host.model, departmentGrid());
    await service.importCriteriaSet({
      source: "json",
      json: own("an-hoa-so-2025", "Bộ tiêu chí Sở An Hòa 2025", ["department"]),
    });
    const one = await syncsOf(() => service.consolidationSetPlan());
    expect(one.result.map((l) => [l.unitType, l.severity])).toEqual([
      ["department", "info"],
      ["commune", "warning"],
    ]);
    expect(one.syncs).toBeLessThanOrEqual(1);

    await service.importCriteriaSet({
      source: "json",
      json: own("an-hoa-xa-2025", "Bộ tiêu chí xã An Hòa 2025", ["commune"]),
    });
    const both = await syncsOf(() => service.consolidationSetPlan());
    expect(both.result.map((l) => l.text)).toEqual([
      "Sở, ban, ngành: Bộ tiêu chí Sở An Hòa 2025",
      "UBND xã, phường, đặc khu: Bộ tiêu chí xã An Hòa 2025",
    ]);
    expect(both.syncs).toBe(1);
  });
});
