/** The application layer over the in-memory workbook: the reference every host adapter must match. */
import { instructionsGrid, memoryHost, runScenarios, SCORING_SHEET, scoringGrid } from "@cchc/test-kit";
import { DEFAULT_SETTINGS, setsSheetRows, type Grid } from "../../src";
import {
  checkWorkbook,
  consolidateFiles,
  makeTemplate,
  MemoryWorkbook,
  criteriaSetFor,
  runAsync,
  runSync,
  ServiceError,
  step,
  validateWorkbook,
  writeResults,
  type Flow,
} from "../../src/workflow";

describe("runSync and runAsync drive the same flow", () => {
  function* add(a: number | Promise<number>, b: number | Promise<number>): Flow<number> {
    return (yield* step(a)) + (yield* step(b));
  }
  it("gives the same answer on a sync and an async port", async () => {
    expect(runSync(add(1, 2))).toBe(3);
    await expect(runAsync(add(Promise.resolve(1), 2))).resolves.toBe(3);
  });
  it("runSync refuses a promise (Apps Script cannot await)", () => {
    expect(() => runSync(add(Promise.resolve(1), 2))).toThrow(/promise/);
  });
  it("a failed async step is thrown into the flow", async () => {
    function* guarded(): Flow<string> {
      try {
        yield* step(Promise.reject(new Error("host down")));
        return "no";
      } catch (e) {
        return (e as Error).message;
      }
    }
    await expect(runAsync(guarded())).resolves.toBe("host down");
  });
});

describe("checkWorkbook (which sheet)", () => {
  const settings = { ...DEFAULT_SETTINGS };

  it("checks the active scoring sheet with one read and no listing", () => {
    const wb = new MemoryWorkbook([instructionsGrid(), scoringGrid()], { active: SCORING_SHEET });
    const report = runSync(checkWorkbook(wb, { settings, set: null }));
    expect(report.sheet).toBe(SCORING_SHEET);
    expect(report.issues.some((i) => i.code === "sheet-chosen")).toBe(false);
    expect(wb.calls).toEqual({ readSheet: 1 });
  });

  it("from “Hướng dẫn”, checks the scoring sheet and says so (sheet-chosen, info)", () => {
    const wb = new MemoryWorkbook([instructionsGrid(), scoringGrid()], { active: "Hướng dẫn" });
    const report = runSync(checkWorkbook(wb, { settings, set: null }));
    expect(report.sheet).toBe(SCORING_SHEET);
    const note = report.issues[0]!;
    expect(note).toMatchObject({ code: "sheet-chosen", severity: "info", sheet: SCORING_SHEET });
    expect(note.message).toBe(
      "Trang “Hướng dẫn” không phải bảng chấm điểm của đơn vị; đã kiểm tra trang “Tự đánh giá 2025” (giống bảng chấm điểm nhất).",
    );
    expect(report.counts.info).toBeGreaterThanOrEqual(1);
  });

  it("never checks a tool-owned sheet, even when it is active", () => {
    const wb = new MemoryWorkbook([scoringGrid()], { active: SCORING_SHEET });
    const first = runSync(checkWorkbook(wb, { settings, set: null }));
    const { sheet } = runSync(writeResults(wb, first));
    wb.activate(sheet);
    const again = runSync(checkWorkbook(wb, { settings, set: null }));
    expect(again.sheet).toBe(SCORING_SHEET);
    expect(again.issues[0]).toMatchObject({ code: "sheet-chosen", params: { active: sheet } });
  });

  it("skips hidden sheets when looking for a candidate", () => {
    const hidden: Grid = { ...scoringGrid(), sheet: "Ẩn" };
    const wb = new MemoryWorkbook([instructionsGrid(), hidden], { active: "Hướng dẫn", hidden: ["Ẩn"] });
    const report = runSync(checkWorkbook(wb, { settings, set: null }));
    expect(report.sheet).toBe("Hướng dẫn");
    expect(report.issues[0]?.code).toBe("header-not-found");
  });
});

describe("criteria sets", () => {
  it("an unknown id is an error naming it, never a silent “no set”", () => {
    const wb = new MemoryWorkbook([scoringGrid()]);
    let error: unknown;
    try {
      runSync(validateWorkbook(wb, { ...DEFAULT_SETTINGS, criteriaSetId: "khong-co" }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: "set-not-found", detail: "khong-co" });
  });

  it("a set stored in the workbook is found by id before the samples", () => {
    const wb = new MemoryWorkbook([scoringGrid()]);
    const sample = runSync(criteriaSetFor(wb, "sample-department-2025", "vi"));
    expect(sample?.id).toBe("sample-department-2025");
    wb.criteriaSets = [
      ...setsSheetRows([{ ...sample!, id: "rieng", name: "Bộ riêng" }]),
      ["x", "", "cchc:{}"],
    ];
    expect(runSync(criteriaSetFor(wb, "rieng", "vi"))?.name).toBe("Bộ riêng");
    expect(runSync(criteriaSetFor(wb, null, "vi"))).toBeNull();
  });

  it("a template takes a free name and never replaces a sheet", () => {
    const wb = new MemoryWorkbook([scoringGrid()]);
    const first = runSync(makeTemplate(wb, { annexSheet: SCORING_SHEET, unit: "Sở A" }, "vi"));
    const second = runSync(makeTemplate(wb, { annexSheet: SCORING_SHEET, unit: "Sở A" }, "vi"));
    expect(second.sheet).not.toBe(first.sheet);
    expect(wb.sheets.map((s) => s.info.name)).toContain(SCORING_SHEET);
  });
});

describe("consolidateFiles", () => {
  it("ranks files read by the host's reader, lists unreadable ones, writes tool sheets", async () => {
    const wb = new MemoryWorkbook([]);
    const grids: Record<string, Grid[]> = {
      "Sở Tư pháp.xlsx": [scoringGrid("Sở Tư pháp")],
      "Sở Y tế.xlsx": [scoringGrid("Sở Y tế")],
    };
    const file = (name: string) => ({ name, data: new TextEncoder().encode(name).buffer as ArrayBuffer });
    const progress: number[] = [];
    const result = await runAsync(
      consolidateFiles(wb, {
        files: [file("Sở Tư pháp.xlsx"), file("Sở Y tế.xlsx"), file("hỏng.xlsx")],
        settings: { ...DEFAULT_SETTINGS },
        set: null,
        read: (bytes) => {
          const g = grids[new TextDecoder().decode(bytes)];
          return g ? { ok: true, grids: g } : { ok: false, message: { vi: "Tệp hỏng.", en: "Damaged." } };
        },
        onProgress: (p) => progress.push(p.done),
        signal: { aborted: false },
      }),
    );
    expect(result.ranking.groups.flatMap((g) => g.rows.map((r) => r.unit)).sort()).toEqual([
      "Sở Tư pháp",
      "Sở Y tế",
    ]);
    expect(result.ranking.failed).toEqual([{ file: "hỏng.xlsx", unit: null, error: "Tệp hỏng." }]);
    expect(result.sheets.length).toBeGreaterThan(0);
    expect(wb.listSheets().every((s) => s.toolOwned)).toBe(true);
    expect(progress).toEqual([0, 1, 2, 3]);
  });
});

describe("the contract scenarios on the reference adapter", () => {
  it("give the outcomes every host must reproduce", async () => {
    const outcomes = await runScenarios(memoryHost());
    const values = Object.values(outcomes) as Record<string, unknown>[];
    expect(values).toHaveLength(8);
    // Spot checks that keep the reference honest; the host suites compare everything else.
    const [active, guide, results, configured, withSet, unknown, none, english] = values as {
      report?: { sheet: string; issues: { code: string }[]; criteriaSetId: string | null };
      error?: string;
      results?: string;
    }[];
    expect(active!.report!.sheet).toBe(SCORING_SHEET);
    expect(guide!.report!.issues[0]!.code).toBe("sheet-chosen");
    expect(results!.report!.sheet).toBe(SCORING_SHEET);
    expect(results!.results).toBe("Kết quả CCHC");
    expect(configured!.report!.sheet).toBe(SCORING_SHEET);
    expect(withSet!.report!.criteriaSetId).not.toBeNull();
    expect(unknown!.error).toBe("set-not-found");
    expect(none!.report!.issues[0]!.code).toBe("header-not-found");
    expect(english!.report!.issues[0]!.code).toBe("sheet-chosen");
  });
});
