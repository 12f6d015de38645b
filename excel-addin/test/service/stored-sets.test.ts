/**
 * The province's criteria set stored in the workbook (Excel): imported from a JSON file or an
 * annex sheet into the very hidden sheet `_cchc_bo_tieu_chi`, found again by another runtime,
 * used by check, template and consolidation; no sync at all when nothing is stored; a set that
 * cannot be read is a clear error.
 */
import { readSetsSheetRows, SETS_SHEET, type Grid } from "@cchc/scoring-core";
import { ServiceError } from "@cchc/scoring-core/workflow";
import { OfficePort } from "../../src/host/office-port";
import { ExcelScoringService } from "../../src/service/excel-scoring-service";
import { SETS_KEY } from "../../src/service/excel-workbook";
import { settings, setup } from "../helpers/service";
import { departmentGrid, DEPARTMENT_SHEET, loadGrid, sampleSet } from "../helpers/workbooks";

const own = () => ({
  ...sampleSet(),
  id: "an-hoa-so-2025",
  name: "Bộ tiêu chí Sở An Hòa 2025",
  sample: false,
  source: { ...sampleSet().source, decision: "Quyết định số 99/QĐ-UBND", date: "10/01/2025" },
});

const ANNEX: Grid = {
  sheet: "Phụ lục 01",
  values: [
    ["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CỦA CÁC SỞ, BAN, NGÀNH NĂM 2025"],
    [],
    ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Cách tính điểm"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 3, null],
    ["1", "Kế hoạch CCHC", 3, null],
    ["1.1", "Ban hành kế hoạch CCHC năm", 1, "Đúng hạn: 1 điểm; chậm: 0,5 điểm; không: 0 điểm"],
    ["1.2", "Mức độ hoàn thành kế hoạch", 2, "Hoàn thành: 2 điểm; không hoàn thành: 0 điểm"],
    ["II", "XÂY DỰNG THỂ CHẾ", 4, null],
    ["1", "Rà soát văn bản", 4, "Có: 4 điểm; Không: 0 điểm"],
    [null, "Tổng cộng", 7, null],
  ],
};

function storedRows(host: ReturnType<typeof setup>["host"]): unknown[][] {
  const sheet = host.model.sheet(SETS_SHEET);
  const out: unknown[][] = [];
  for (const [r, cols] of sheet.cells) for (const [c, cell] of cols) (out[r] ??= [])[c] = cell.value;
  return out;
}

describe("stored criteria sets in Excel", () => {
  it("costs no sync when the workbook stores none", async () => {
    const { service, syncsOf } = setup();
    const { result, syncs } = await syncsOf(() => service.listCriteriaSets());
    expect(syncs).toBe(0);
    expect(result.every((s) => s.sample)).toBe(true);
  });

  it("imports a JSON set in 2 syncs into a very hidden text sheet, chunks under Excel's cell limit", async () => {
    const { host, service, syncsOf } = setup();
    loadGrid(host.model, departmentGrid());
    const { result, syncs } = await syncsOf(() =>
      service.importCriteriaSet({ source: "json", json: JSON.stringify(own()) }),
    );
    expect(result).toMatchObject({ stored: true, errors: 0 });
    expect(result.settings?.criteriaSetId).toBe("an-hoa-so-2025");
    expect(syncs).toBe(2);
    const sheet = host.model.sheet(SETS_SHEET);
    expect(sheet.visibility).toBe("VeryHidden");
    const rows = storedRows(host);
    // The sample set is over 25 000 characters: more than one chunk, each one cell.
    expect(rows[0]!.length).toBeGreaterThan(3);
    for (const v of rows[0]!) expect(String(v).length).toBeLessThanOrEqual(32767);
    expect(readSetsSheetRows(rows).sets[0]).toEqual(own());
    // The user's sheet is untouched; the hidden sheet is never a candidate for checking.
    expect(host.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name)).toEqual([
      DEPARTMENT_SHEET,
    ]);
  });

  it("another runtime (a reloaded pane) finds it in one sync, and check and template use it", async () => {
    const { host, service } = setup();
    loadGrid(host.model, departmentGrid());
    await service.importCriteriaSet({ source: "json", json: own() });

    const other = new ExcelScoringService(new OfficePort(host.env()), { displayLanguage: "vi-VN" });
    const before = host.model.syncs;
    const listed = await other.listCriteriaSets();
    expect(host.model.syncs - before).toBe(1);
    expect(listed[0]).toMatchObject({
      id: "an-hoa-so-2025",
      stored: true,
      decision: "Quyết định số 99/QĐ-UBND (10/01/2025)",
    });
    expect((await other.loadSettings()).criteriaSetId).toBe("an-hoa-so-2025");

    const report = await other.validate(
      settings({ criteriaSetId: "an-hoa-so-2025", sheet: DEPARTMENT_SHEET }),
    );
    expect(report.criteriaSetId).toBe("an-hoa-so-2025");
    const template = await other.createTemplate({ criteriaSetId: "an-hoa-so-2025", unit: "Sở Y tế" });
    expect(host.model.sheet(template.sheet).visibility).toBe("Visible");
  });

  it("imports from an annex sheet of the workbook; a broken annex is not stored and names its cell", async () => {
    const { host, service } = setup();
    loadGrid(host.model, ANNEX);
    const ok = await service.importCriteriaSet({ source: "sheet", sheet: ANNEX.sheet, year: 2025 });
    expect(ok).toMatchObject({ stored: true, errors: 0 });
    expect(ok.set?.id).toBe("phu-luc-01-2025");

    const broken: Grid = { ...ANNEX, sheet: "Phụ lục 02" };
    broken.values = ANNEX.values.map((r) => (r[0] === "1.1" ? ["1.1", r[1]!, 2, r[3]!] : r));
    loadGrid(host.model, broken);
    const bad = await service.importCriteriaSet({ source: "sheet", sheet: "Phụ lục 02", year: 2025 });
    expect(bad.stored).toBe(false);
    expect(bad.issues.find((i) => i.severity === "error")).toMatchObject({ sheet: "Phụ lục 02" });
    expect(readSetsSheetRows(storedRows(host)).sets.map((s) => s.id)).toEqual(["phu-luc-01-2025"]);
  });

  it("a stored set whose sheet is gone is a clear set-unreadable error, not a silent sample", async () => {
    const { host, service } = setup();
    loadGrid(host.model, departmentGrid());
    await service.importCriteriaSet({ source: "json", json: own() });
    host.model.sheets.splice(host.model.sheets.indexOf(host.model.sheet(SETS_SHEET)), 1);
    const error = await service
      .validate(settings({ criteriaSetId: "an-hoa-so-2025", sheet: DEPARTMENT_SHEET }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "set-unreadable" });
    expect(host.model.savedSettings.get(SETS_KEY)).toBeDefined();
  });

  it("the fake refuses a cell over 32 767 characters, as Excel does", async () => {
    const { host, port } = setup();
    loadGrid(host.model, departmentGrid());
    await expect(port.writeSetRows(SETS_SHEET, [["x", "", "cchc:" + "a".repeat(40_000)]])).rejects.toThrow(
      /32767/,
    );
  });
});
