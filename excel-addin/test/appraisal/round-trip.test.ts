/**
 * The appraisal round trip in the Office.js fake, through the pane's service: a unit's template
 * (round columns and the flag drop-down) → round 1 → "Ghi nhật ký" → the unit answers →
 * "Mở vòng 2" → round 2 → "Kết thúc thẩm định". The log tool sheet holds each change with the
 * name the appraiser gave; the check's totals stand on round 2.
 */
import { buildTemplate, readAppraisalLog, type CellValue, type Grid } from "@cchc/scoring-core";
import type { SheetModel } from "../fake-excel/model";
import { settings, setup } from "../helpers/service";
import { sampleSet } from "../helpers/workbooks";

// Columns (0-based): F self 5, G evidence 6, H explanation 7, I round 1 8, J round 2 9, K note 10, L flag 11.
const C = { self: 5, evidence: 6, answer: 7, round1: 8, round2: 9, note: 10, flag: 11 } as const;

function put(sheet: SheetModel, row: number, col: number, value: CellValue): void {
  sheet.set(row, col, { value, formula: null });
}

function gridOf(sheet: SheetModel): Grid {
  const rect = sheet.usedRect()!;
  const values: CellValue[][] = [];
  for (let r = 0; r <= rect.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c <= rect.right; c++) row.push(sheet.get(r, c)?.value ?? null);
    values.push(row);
  }
  return { sheet: sheet.name, values };
}

describe("appraisal round trip in Excel", () => {
  it("round 1 → answers → round 2, logged with each author, and the check stands on round 2", async () => {
    const { host, service, syncsOf } = setup();
    host.model.addSheet("Trang 1");
    const set = sampleSet();
    const { sheet } = await service.createTemplate({ criteriaSetId: set.id, unit: "Sở Tư pháp", year: 2025 });
    const s = host.model.sheet(sheet);
    // The flag column offers its texts from the very hidden list sheet.
    const flagLists = s.validations.filter((v) => v.rect.left === C.flag);
    expect(flagLists.length).toBeGreaterThan(0);
    expect(host.model.pickFromDropDown(sheet, `L${flagLists[0]!.rect.top + 1}`, 0)).toBe("Cần giải trình");

    const spec = buildTemplate(set, { unit: "Sở Tư pháp", year: 2025, lang: "vi" });
    const leaves = spec.rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.validation && !r.greyed)
      .map(({ r, i }) => {
        const v = r.validation!;
        const values = v.kind === "list" ? v.values : [v.min, v.max];
        return { row: i, code: r.code!, max: Math.max(...values), min: Math.min(...values) };
      });
    const flagged = leaves[0]!;
    // The unit's self-assessment, then round 1 (the appraiser unprotects, as in Excel).
    for (const l of leaves) {
      put(s, l.row, C.self, l.max);
      put(s, l.row, C.evidence, "Kế hoạch 12/KH-STP");
      put(s, l.row, C.round1, l.max);
    }
    put(s, flagged.row, C.round1, flagged.min);
    put(s, flagged.row, C.note, "Chưa có quyết định ban hành");
    put(s, flagged.row, C.flag, "Cần giải trình");
    const cfg = settings({ criteriaSetId: set.id });

    const { result: r1, syncs } = await syncsOf(() =>
      service.recordAppraisal(cfg, { by: "Trần Thị B (Sở Tư pháp)", action: "score" }),
    );
    expect(r1).toMatchObject({ sheet: "Nhật ký thẩm định", logged: leaves.length, phase: "round1" });
    expect(syncs).toBeLessThanOrEqual(8);

    let view = (await service.appraisalItems(cfg))!;
    expect(view.items.map((i) => [i.code, i.state, i.note])).toEqual([
      [flagged.code, "open", "Chưa có quyết định ban hành"],
    ]);
    put(s, flagged.row, C.answer, "Bổ sung QĐ 45/QĐ-STP ngày 20/01/2025");
    view = (await service.appraisalItems(cfg))!;
    expect(view.answered).toBe(true);

    const r2 = await service.recordAppraisal(cfg, { by: "Lê Văn C (Sở Nội vụ)", action: "open-round-2" });
    expect(r2).toMatchObject({ logged: 0, phase: "round2" });
    put(s, flagged.row, C.round2, flagged.max);
    const r3 = await service.recordAppraisal(cfg, { by: "Trần Thị B (Sở Tư pháp)", action: "close" });
    expect(r3).toMatchObject({ logged: 1, phase: "closed", state: { status: "closed", openItems: 0 } });

    const log = readAppraisalLog(gridOf(host.model.sheet("Nhật ký thẩm định")));
    expect(log).toHaveLength(leaves.length + 3);
    expect(log.filter((x) => x.code === flagged.code).map((x) => [x.round, x.old, x.new, x.by])).toEqual([
      [1, null, flagged.min, "Trần Thị B (Sở Tư pháp)"],
      [2, null, flagged.max, "Trần Thị B (Sở Tư pháp)"],
    ]);
    expect(log.filter((x) => x.action !== "score").map((x) => [x.action, x.by])).toEqual([
      ["open-round-2", "Lê Văn C (Sở Nội vụ)"],
      ["close", "Trần Thị B (Sở Tư pháp)"],
    ]);

    // The check (and so the ranking, which scores the same way) stands on round 2.
    const report = await service.validate(cfg);
    expect(report.totals!.appraisalRound).toBe(2);
    expect(report.totals!.appraised).toBe(report.totals!.self);
  });

  it("a blank appraiser name is refused before anything is written", async () => {
    const { host, service } = setup();
    host.model.addSheet("Trang 1");
    await service.createTemplate({ criteriaSetId: sampleSet().id, unit: "Sở Tư pháp", year: 2025 });
    await expect(
      service.recordAppraisal(settings({ criteriaSetId: sampleSet().id }), { by: "  ", action: "score" }),
    ).rejects.toMatchObject({ code: "appraiser-missing" });
    expect(host.model.sheets.some((x) => x.name === "Nhật ký thẩm định")).toBe(false);
  });
});
