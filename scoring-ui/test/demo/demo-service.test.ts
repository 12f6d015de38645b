import { DEFAULT_SETTINGS, ValidationReportSchema } from "@cchc/scoring-core";
import { DemoScoringService } from "../../src/demo/DemoScoringService";
import { ServiceError, type Progress } from "../../src/service";

const fast = () => new DemoScoringService({ latencyMs: 0, perFileMs: 0 });
const file = (name: string, bytes = 8) => ({ name, data: new ArrayBuffer(bytes) });

describe("DemoScoringService", () => {
  it("checks its sheet into a report that satisfies the core's schema, with errors to show", async () => {
    const report = await fast().validate(DEFAULT_SETTINGS);
    expect(ValidationReportSchema.safeParse(report).success).toBe(true);
    expect(report.counts.error).toBeGreaterThan(0);
    expect(report.issues.some((i) => i.cell !== null)).toBe(true);
  });

  it("takes its first language from the host until settings are saved", async () => {
    const s = new DemoScoringService({ latencyMs: 0, displayLanguage: "en-GB" });
    expect((await s.loadSettings()).lang).toBe("en");
    await s.saveSettings({ ...DEFAULT_SETTINGS, lang: "vi" });
    expect((await s.loadSettings()).lang).toBe("vi");
  });

  it("reports progress per file, lists failed files and ranks the rest", async () => {
    const seen: Progress[] = [];
    const r = await fast().consolidate(
      { source: "files", files: [file("Sở A.xlsx"), file("Sở B.xlsx"), file("Sở C.xlsx", 0)] },
      (p) => seen.push(p),
      new AbortController().signal,
    );
    expect(seen.at(-1)).toEqual({ done: 3, total: 3 });
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3]);
    expect(r.ranking.failed.map((f) => f.file)).toEqual(["Sở C.xlsx"]);
    expect(r.ranking.groups.flatMap((g) => g.rows.map((x) => x.unit)).sort()).toEqual(["Sở A", "Sở B"]);
  });

  it("stops with an AbortError when cancelled", async () => {
    const s = new DemoScoringService({ latencyMs: 0, perFileMs: 50 });
    const ac = new AbortController();
    const job = s.consolidate({ source: "units" }, () => ac.abort(), ac.signal);
    await expect(job).rejects.toMatchObject({ name: "AbortError" });
  });

  it("refuses a JSON that is not a criteria set with what to do next", async () => {
    const e = await fast()
      .createTemplate({ unit: "Sở Tư pháp", criteriaSetJson: { hello: 1 } })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ServiceError);
    expect((e as ServiceError).hint).toBeTruthy();
  });

  it("fails on request, to show error handling", async () => {
    const s = new DemoScoringService({ latencyMs: 0, failOn: "validate" });
    await expect(s.validate(DEFAULT_SETTINGS)).rejects.toBeInstanceOf(ServiceError);
  });
});

describe("demo workbook", () => {
  it("has a fixed copy of the sheet that the core finds ready to submit", async () => {
    const s = fast();
    const report = await s.validate({ ...DEFAULT_SETTINGS, sheet: "Tự chấm 2025 (đã sửa)" });
    expect(report.counts.error).toBe(0);
    expect(report.counts.warning).toBe(0);
  });

  it("has a guide sheet with no table: the core checks the unit's sheet instead and says so", async () => {
    const report = await fast().validate({ ...DEFAULT_SETTINGS, sheet: "Hướng dẫn" });
    expect(report.sheet).toBe("Tự chấm 2025");
    expect(report.issues[0]).toMatchObject({ code: "sheet-chosen", params: { active: "Hướng dẫn" } });
  });

  it("writes results to the tool's own sheet, which is never checked as the unit's", async () => {
    const s = fast();
    const report = await s.validate(DEFAULT_SETTINGS);
    const { sheet } = await s.writeResults(report);
    expect(await s.listSheets()).toContain(sheet);
    const again = await s.validate({ ...DEFAULT_SETTINGS, sheet });
    expect(again.sheet).toBe("Tự chấm 2025");
  });
});
