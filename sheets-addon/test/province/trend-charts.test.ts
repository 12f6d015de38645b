/**
 * Xu hướng's line charts in the Sở's edition over the fakes: one EmbeddedChart per group on its
 * chart sheet, from the core's description (a line per unit, the years along the axis, a gap for
 * a missing year); writing the trend again replaces the charts; the calls are counted.
 */
import { YEAR_RECORD_SHEET, yearRecordRows, type UnitYear, type YearRecord } from "@cchc/scoring-core";
import { provinceTrendsFor } from "../../src/server/province/trends";
import type { FakeChart } from "../fakes/spreadsheet";
import { provinceWith, unitRows } from "./province-fixture";

const DEPT = "Sở, ban, ngành";
const COMMUNE = "UBND cấp xã";

const unit = (name: string, group: string, index: number): UnitYear => ({
  unit: name,
  group,
  unitType: group === DEPT ? "Sở" : "UBND xã",
  rank: 1,
  index,
  classification: "Tốt",
  self: index,
  appraised: null,
  survey: null,
  final: index,
  max: 100,
  errors: 0,
  warnings: 0,
  issueCodes: {},
  fields: [],
  leaves: [],
});

const communes = (year: number) =>
  Array.from({ length: 12 }, (_, i) =>
    unit(`UBND xã ${String.fromCharCode(65 + i)}`, COMMUNE, 60 + i + year - 2024),
  );

function setup() {
  const env = provinceWith(unitRows(1));
  const ranking = (year: number, units: UnitYear[]) => {
    const record: YearRecord = {
      kind: "cchc-year-results",
      version: 1,
      year,
      province: null,
      criteriaSetIds: [],
      units,
    };
    const book = env.world.addSpreadsheet(`Xếp hạng ${year}`, env.owner);
    book._addSheet(YEAR_RECORD_SHEET)._fill(yearRecordRows(record));
    return book._fileId;
  };
  const refs = [
    ranking(2023, [unit("Sở Tài chính", DEPT, 70), unit("Sở Y tế", DEPT, 62.5)]),
    // Sở Y tế has no 2024 figure: a gap in its line, never a 0.
    ranking(2024, [unit("Sở Tài chính", DEPT, 75), ...communes(2024)]),
    ranking(2025, [unit("Sở Tài chính", DEPT, 85), unit("Sở Y tế", DEPT, 80), ...communes(2025)]),
  ];
  env.log.reset();
  return { env, refs };
}

const chartsIn = (env: ReturnType<typeof setup>["env"]): { sheet: string; chart: FakeChart }[] =>
  env.control._sheets.flatMap((s) => s._charts.map((chart) => ({ sheet: s._name, chart })));

describe("Xu hướng line charts (Sheets, Sở Nội vụ)", () => {
  it("inserts one line chart per group beside its table, a line per unit, gaps for missing years", () => {
    const { env, refs } = setup();
    const reply = provinceTrendsFor(env.services, "vi", refs, null);
    expect(reply.sheets).toEqual(expect.arrayContaining([`Biểu đồ - ${DEPT}`, `Biểu đồ - ${COMMUNE}`]));
    // Chart calls: per chart sheet one getCharts, newChart … build, insertChart.
    expect(env.log.count(/^Sheet\.getCharts$/)).toBe(2);
    expect(env.log.count(/^Sheet\.insertChart$/)).toBe(2);
    expect(env.log.count(/^Sheet\.removeChart$/)).toBe(0);

    const charts = chartsIn(env);
    expect(charts.map((c) => c.sheet).sort()).toEqual([`Biểu đồ - ${COMMUNE}`, `Biểu đồ - ${DEPT}`].sort());
    for (const { chart } of charts) {
      expect(chart._type).toBe("LINE");
      expect(chart._transpose).toBe(true);
      expect(chart._options.interpolateNulls).toBe(false);
      expect(chart._layout().categories).toEqual(["2023", "2024", "2025"]);
      expect(chart._vRange?.[1]).toBe(100);
    }

    const dept = charts.find((c) => c.sheet === `Biểu đồ - ${DEPT}`)!.chart;
    expect(dept._options.title).toBe(`Chỉ số CCHC qua các năm (%) — ${DEPT}`);
    expect(dept._layout().series).toEqual([
      { name: "Sở Tài chính", values: [70, 75, 85] },
      { name: "Sở Y tế", values: [62.5, null, 80] },
    ]);
    expect(dept._vRange).toEqual([50, 100]);
    // Beside the table: right of its last column, level with its header row.
    const sheet = env.control._sheet(`Biểu đồ - ${DEPT}`);
    const width = Math.max(
      ...sheet._cells.map((r) => r.reduce((w, c, i) => (c.value !== "" ? i + 1 : w), 0)),
    );
    expect(dept._position[1]).toBeGreaterThan(width);
    expect(dept._position[0]).toBe(dept._ranges[0]!._row);

    const commune = charts.find((c) => c.sheet === `Biểu đồ - ${COMMUNE}`)!.chart;
    expect(commune._layout().series).toHaveLength(10);
    for (const s of commune._layout().series) expect(s.values[0]).toBeNull();
    expect(commune._layout().series[0]).toEqual({ name: "UBND xã L", values: [null, 71, 72] });

    // Again: each chart replaced, not added to; the same sheets.
    env.log.reset();
    const again = provinceTrendsFor(env.services, "vi", refs, null);
    expect(again.sheets).toEqual(reply.sheets);
    expect(env.log.count(/^Sheet\.removeChart$/)).toBe(2);
    expect(chartsIn(env).map((c) => c.sheet)).toEqual(charts.map((c) => c.sheet));
    // The control's own sheets have no chart.
    expect(env.control._sheet("Đơn vị")._charts).toHaveLength(0);
  });

  it("keeps each trend sheet by its name when a later run has more groups", () => {
    const { env, refs } = setup();
    // First only 2023: one group, so one chart sheet.
    const first = provinceTrendsFor(env.services, "vi", [refs[0]!], null);
    expect(first.sheets.filter((n) => n.startsWith("Biểu đồ"))).toEqual([`Biểu đồ - ${DEPT}`]);
    const second = provinceTrendsFor(env.services, "vi", refs, null);
    expect(second.sheets).toEqual(expect.arrayContaining([`Biểu đồ - ${COMMUNE}`, "Xu hướng lĩnh vực"]));
    // Each sheet holds its own block: the new group's chart sheet did not take the fields sheet.
    const title = (name: string) => env.control._sheet(name)._cells[0]![0]!.value;
    expect(title("Xu hướng lĩnh vực")).toBe("ĐIỂM TỪNG LĨNH VỰC THEO TỶ LỆ ĐIỂM TỐI ĐA");
    expect(title(`Biểu đồ - ${COMMUNE}`)).toBe("CHỈ SỐ CCHC CÁC NĂM 2023–2025: UBND CẤP XÃ");
    expect(env.control._sheet("Xu hướng lĩnh vực")._charts).toHaveLength(0);
    expect(env.control._sheet(`Biểu đồ - ${COMMUNE}`)._charts).toHaveLength(1);
    expect(env.control._sheet(`Biểu đồ - ${DEPT}`)._charts).toHaveLength(1);
  });

  it("a group with no data any more: its old chart sheet is cleared and says so (as in Excel)", () => {
    const { env, refs } = setup();
    provinceTrendsFor(env.services, "vi", refs, null);
    const stale = `Biểu đồ - ${COMMUNE}`;
    expect(env.control._sheet(stale)._charts).toHaveLength(1);
    // Next time only 2023 is given: no commune has data.
    env.log.reset();
    const again = provinceTrendsFor(env.services, "vi", [refs[0]!], null);
    expect(again.sheets).not.toContain(stale);
    const sheet = env.control._sheet(stale);
    expect(sheet._charts).toHaveLength(0);
    const values = sheet._cells.flatMap((r) => r.map((c) => c.value)).filter((v) => v !== "");
    expect(values[0]).toBe("KHÔNG CÒN DỮ LIỆU CHO NHÓM NÀY");
    expect(values).toHaveLength(2);
    expect(env.control._sheet(`Biểu đồ - ${DEPT}`)._charts).toHaveLength(1);
    // Calls: one metadata search for the trend sheets (its values read), one chart removal.
    expect(env.log.count(/^Spreadsheet\.createDeveloperMetadataFinder$/)).toBeGreaterThan(0);
    expect(env.log.count(/^Sheet\.removeChart$/)).toBe(2);
    expect(env.log.count(/^Sheet\.insertChart$/)).toBe(1);
    // A third run with the communes back: their chart returns on the same sheet.
    provinceTrendsFor(env.services, "vi", refs, null);
    expect(env.control._sheet(stale)._charts).toHaveLength(1);
    expect(env.control._sheets.filter((x) => x._name.startsWith(stale))).toHaveLength(1);
  });
});
