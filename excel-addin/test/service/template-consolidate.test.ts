/** Templates and consolidation over the fake. */
import { brokenFiles, unitFiles, UNITS, xlsxBytes } from "../helpers/unit-files";
import { sampleSet } from "../helpers/workbooks";
import { settings, setup } from "../helpers/service";

describe("createTemplate", () => {
  it("adds a protected template with validation, formats and formulas in 2 syncs", async () => {
    const { host, service, syncsOf } = setup();
    host.model.addSheet("Sheet1");
    const { result, syncs } = await syncsOf(() =>
      service.createTemplate({ criteriaSetId: sampleSet().id, unit: "Sở Tư pháp", year: 2025 }),
    );
    expect(syncs).toBeLessThanOrEqual(2);
    const sheet = host.model.sheet(result.sheet);
    expect(sheet.protected).toBe(true);
    expect(sheet.unlocked.length).toBeGreaterThan(0);
    expect(sheet.validations.length).toBeGreaterThan(0);
    const kinds = new Set(sheet.validations.map((v) => Object.keys(v.rule)[0]));
    expect([...kinds].every((k) => k === "decimal" || k === "list")).toBe(true);
    expect(sheet.conditionalFormats.map((c) => c.type)).toContain("Custom");
    expect(sheet.frozenRows).toBeGreaterThan(0);
    const formulas = [...sheet.cells.values()].flatMap((r) => [...r.values()]).filter((c) => c.formula);
    expect(formulas.some((c) => /^=SUM\(/i.test(c.formula!))).toBe(true);
    expect(host.model.activeId).toBe(sheet.id);
    // A unit can type a score, not overwrite the structure.
    expect(sheet.isLocked(0, 0)).toBe(true);
  });

  it("never replaces an existing sheet of the same name", async () => {
    const { host, service } = setup();
    const first = await service.createTemplate({
      criteriaSetId: sampleSet().id,
      unit: "Sở Tư pháp",
      year: 2025,
    });
    const second = await service.createTemplate({
      criteriaSetId: sampleSet().id,
      unit: "Sở Tư pháp",
      year: 2025,
    });
    expect(second.sheet).not.toBe(first.sheet);
    expect(host.model.sheets.filter((s) => s.visibility === "Visible")).toHaveLength(2);
  });

  it("on Office 2016 (ExcelApi 1.2) the template still comes, without validation and formats", async () => {
    const { host, service } = setup({ apiVersion: "1.2" });
    const { sheet } = await service.createTemplate({ criteriaSetId: sampleSet().id, unit: "Sở Tư pháp" });
    const s = host.model.sheet(sheet);
    expect(s.validations).toEqual([]);
    expect(s.conditionalFormats).toEqual([]);
    expect(s.protected).toBe(true);
  });

  it("a criteria-set JSON that is not one is a clear message, and nothing is added", async () => {
    const { host, service } = setup();
    await expect(
      service.createTemplate({ criteriaSetJson: { hello: "world" }, unit: "Sở Tư pháp" }),
    ).rejects.toMatchObject({ code: "set-schema" });
    expect(host.model.sheets).toHaveLength(0);
  });
});

describe("consolidate", () => {
  it("ranks unit files, lists unreadable ones without failing, writes ranking sheets and a chart", async () => {
    const { host, service, syncsOf } = setup();
    host.model.addSheet("Tổng hợp");
    const progress: number[] = [];
    const files = [...unitFiles(), ...brokenFiles()];
    const { result, syncs } = await syncsOf(() =>
      service.consolidate(
        { source: "files", files },
        (p) => progress.push(p.done),
        new AbortController().signal,
      ),
    );
    expect(syncs).toBeLessThanOrEqual(2);
    const ranked = result.ranking.groups.flatMap((g) => g.rows.map((r) => r.unit));
    expect(ranked.sort()).toEqual([...UNITS].sort());
    expect(result.ranking.failed.map((f) => f.file).sort()).toEqual(
      brokenFiles()
        .map((f) => f.name)
        .sort(),
    );
    for (const f of result.ranking.failed) expect(f.error.length).toBeGreaterThan(5);
    expect(progress[progress.length - 1]).toBe(files.length);
    expect(result.sheets.length).toBeGreaterThan(1);
    for (const name of result.sheets) expect(host.model.sheet(name)).toBeDefined();
    const charts = host.model.sheets.flatMap((s) => s.charts);
    expect(charts).toHaveLength(1);
    expect(charts[0]!.type).toBe("BarClustered");

    // Again: the same sheets refreshed in place, still one chart.
    const count = host.model.sheets.length;
    const again = await service.consolidate(
      { source: "files", files },
      () => undefined,
      new AbortController().signal,
    );
    expect(again.sheets).toEqual(result.sheets);
    expect(host.model.sheets).toHaveLength(count);
    expect(host.model.sheets.flatMap((s) => s.charts)).toHaveLength(1);
  });

  it("stops between files when cancelled, writing nothing", async () => {
    const { host, service } = setup();
    const controller = new AbortController();
    const promise = service.consolidate(
      { source: "files", files: unitFiles() },
      (p) => (p.done === 1 ? controller.abort() : undefined),
      controller.signal,
    );
    await expect(promise).rejects.toMatchObject({ name: "AbortError" });
    expect(host.model.sheets).toHaveLength(0);
  });

  it("only unreadable files: the failures are listed, nothing crashes", async () => {
    const { service } = setup();
    const result = await service.consolidate(
      { source: "files", files: brokenFiles() },
      () => undefined,
      new AbortController().signal,
    );
    expect(result.ranking.failed).toHaveLength(3);
  });
});

describe("consolidate with side files", () => {
  it("adds survey points by unit name and takes groups from a units list", async () => {
    const { service } = setup();
    const files = unitFiles();
    const plain = await service.consolidate(
      { source: "files", files },
      () => undefined,
      new AbortController().signal,
    );
    const surveyFile = {
      name: "Điều tra XHH.xlsx",
      data: xlsxBytes([{ name: "ĐTXHH", values: [["Đơn vị", "Điểm ĐTXHH"], ...UNITS.map((u) => [u, 20])] }]),
    };
    const unitsFile = {
      name: "Danh sách đơn vị.xlsx",
      data: xlsxBytes([
        {
          name: "Đơn vị",
          values: [["Đơn vị", "Nhóm", "Tệp"], ...UNITS.map((u) => [u, "Sở, ban, ngành", `${u}.xlsx`])],
        },
      ]),
    };
    const withSide = await service.consolidate(
      { source: "files", files, surveyFile, unitsFile },
      () => undefined,
      new AbortController().signal,
    );
    const final = (r: typeof plain.ranking, unit: string) =>
      r.groups.flatMap((g) => g.rows).find((x) => x.unit === unit)!;
    for (const unit of UNITS) expect(final(withSide.ranking, unit).survey).toBe(20);
    expect(final(withSide.ranking, UNITS[0]!).final).toBeCloseTo(
      final(plain.ranking, UNITS[0]!).final + 20,
      6,
    );
    expect(withSide.ranking.groups.map((g) => g.group)).toEqual(["Sở, ban, ngành"]);
  });

  it("computes survey points from raw answers and a design (per criterion, the core's numbers)", async () => {
    const { service } = setup();
    const files = unitFiles();
    const plain = await service.consolidate(
      { source: "files", files },
      () => undefined,
      new AbortController().signal,
    );
    const surveyDesign = {
      name: "Thiết kế phiếu.xlsx",
      data: xlsxBytes([
        {
          name: "Câu hỏi",
          values: [
            ["Mã câu hỏi", "Tiêu chí", "Điểm tối đa"],
            ["CH1", "2.3.1", 2.5],
          ],
        },
      ]),
    };
    const surveyAnswers = [
      {
        name: "Câu trả lời.xlsx",
        data: xlsxBytes([
          {
            name: "Câu trả lời biểu mẫu 1",
            values: [
              ["Dấu thời gian", "Đơn vị được đánh giá", "CH1. Chất lượng văn bản"],
              ...UNITS.flatMap((u, i) => [
                [`1/12/2025 8:0${i}`, u, "A. Rất tốt"],
                [`1/12/2025 9:0${i}`, u.toUpperCase(), "B"],
              ]),
            ],
          },
        ]),
      },
    ];
    const withAnswers = await service.consolidate(
      { source: "files", files, surveyAnswers, surveyDesign },
      () => undefined,
      new AbortController().signal,
    );
    const row = (r: typeof plain.ranking, unit: string) =>
      r.groups.flatMap((g) => g.rows).find((x) => x.unit === unit)!;
    // (100 % + 60 %) / 2 × 2,5 = 2
    for (const unit of UNITS) expect(row(withAnswers.ranking, unit).survey).toBe(2);
    expect(row(withAnswers.ranking, UNITS[0]!).final).toBeCloseTo(row(plain.ranking, UNITS[0]!).final + 2, 6);
    expect(withAnswers.survey!.design).toMatchObject({
      questionsFrom: "design",
      designName: "Thiết kế phiếu.xlsx",
    });
    expect(withAnswers.survey!.designLine).toMatch(/^Thiết kế phiếu: tệp “Thiết kế phiếu.xlsx” — 1 câu hỏi/);
    // Answers without a design and no criteria set in Settings: nothing to take the questions from.
    await expect(
      service.consolidate(
        { source: "files", files, surveyAnswers },
        () => undefined,
        new AbortController().signal,
      ),
    ).rejects.toMatchObject({ code: "side-file-unreadable", message: expect.stringMatching(/bộ tiêu chí/) });
  });

  it("answers without a design file: the questions are the criteria set's survey items, and it says so", async () => {
    const { service } = setup();
    await service.saveSettings(settings({ criteriaSetId: sampleSet().id }));
    const files = unitFiles();
    const unitsFile = {
      name: "Danh sách đơn vị.xlsx",
      data: xlsxBytes([
        {
          name: "Đơn vị",
          values: [["Đơn vị", "Nhóm", "Tệp"], ...UNITS.map((u) => [u, "Sở, ban, ngành", `${u}.xlsx`])],
        },
      ]),
    };
    // Columns named by the set's survey items (code, or code and title); no "Thiết kế phiếu".
    const surveyAnswers = [
      {
        name: "Phiếu giấy.xlsx",
        data: xlsxBytes([
          {
            name: "Nhập phiếu",
            values: [
              ["Số phiếu", "Đơn vị được đánh giá", "2.3.1", "3.4.1. Mức độ công khai, minh bạch"],
              [1, UNITS[0], "A", "B"],
              [2, UNITS[0], "C", "Không biết"],
              [3, UNITS[1], "B", "B"],
              [4, "Sở Tư phap tỉnh", "A", "A"],
              [5, "Sở Tư pháp cũ", "A", "A"],
            ],
          },
        ]),
      },
    ];
    const out = await service.consolidate(
      { source: "files", files, unitsFile, surveyAnswers },
      () => undefined,
      new AbortController().signal,
    );
    const row = (unit: string) => out.ranking.groups.flatMap((g) => g.rows).find((x) => x.unit === unit)!;
    const survey = out.survey!;
    expect(survey.design).toMatchObject({
      questionsFrom: "set",
      setName: sampleSet().name,
      designName: null,
      unitsFrom: "units-list",
      units: UNITS.length,
    });
    expect(survey.designLine).toContain(`bộ tiêu chí “${sampleSet().name}”`);
    // Sở Tư pháp: forms 1, 2 and 4 ("tỉnh …" dropped). 2.3.1 (max 2,5): (1 + 0,2 + 1)/3 × 2,5 = 1,833333;
    // 3.4.1 (max 4): (0,6 + 1)/2 × 4 = 3,2 ("Không biết" left out). The other survey items: no column.
    const tuPhap = survey.units.find((u) => u.unit === UNITS[0])!;
    expect(tuPhap).toMatchObject({ forms: 3, total: 5.033333 });
    expect(row(UNITS[0]!).survey).toBeCloseTo(5.033333, 6);
    // Sở Nội vụ has no form: "chưa có", never 0.
    expect(survey.units.find((u) => u.unit === UNITS[2])!.total).toBeNull();
    const codes = survey.issues.map((i) => i.code);
    expect(codes).toContain("survey-unit-unknown");
    expect(codes).toContain("survey-unit-no-answers");
    expect(codes).toContain("survey-question-missing");
    const unknown = survey.issues.find((i) => i.code === "survey-unit-unknown")!;
    expect(unknown).toMatchObject({ sheet: "Nhập phiếu", cell: "B6" });
    expect(unknown.message).toContain(`có phải “${UNITS[0]}”`);
  });

  it("an unreadable survey file stops before anything is written, saying which file", async () => {
    const { host, service } = setup();
    const surveyFile = { name: "Điều tra.xlsx", data: new ArrayBuffer(0) };
    await expect(
      service.consolidate(
        { source: "files", files: unitFiles(), surveyFile },
        () => undefined,
        new AbortController().signal,
      ),
    ).rejects.toMatchObject({
      code: "side-file-unreadable",
      message: expect.stringContaining("Điều tra.xlsx"),
    });
    expect(host.model.sheets).toHaveLength(0);
  });
});
