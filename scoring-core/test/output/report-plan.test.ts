/** The rank report's plan: section IV (fields losing most, with owners) and the Kế hoạch task annex. */
import { scoreWorkbook } from "../../src/consolidation/score-workbook";
import { CLASSIFICATION_PRESETS } from "../../src/criteria-set/schema";
import { DEFAULT_FIELD_OWNERS, fieldNumber } from "../../src/improvement/field-owners";
import { reportModel, type ReportBlock } from "../../src/output/report-model";
import { rankUnits } from "../../src/ranking/rank-units";
import { departmentGrid } from "../fixtures/department-grid";

function report(plan?: null) {
  const units = ["Sở Tư pháp", "Sở Y tế"].map((unit, i) => {
    const out = scoreWorkbook(
      [departmentGrid({ stage: "appraised" })],
      { unit, group: "Sở, ban, ngành", file: `${i}.xlsx` },
      { survey: { total: 15.5 } },
    );
    if (!out.ok) throw new Error(out.error);
    return out.result;
  });
  const ranking = rankUnits(units, { classification: CLASSIFICATION_PRESETS["national"]! });
  return { units, model: reportModel(ranking, "vi", { units, ...(plan === null ? { plan } : {}) }) };
}

const tableAfter = (blocks: ReportBlock[], i: number) =>
  blocks.slice(i).find((b): b is Extract<ReportBlock, { kind: "table" }> => b.kind === "table")!;

describe("the rank report's plan", () => {
  it("section IV lists each group's fields losing most points with the owner, figures from the units", () => {
    const { units, model } = report();
    const blocks = model.blocks;
    const s3 = blocks.findIndex((b) => b.kind === "section" && b.text.startsWith("III."));
    const s4 = blocks.findIndex((b) => b.kind === "section" && b.text === "IV. ĐỀ XUẤT NÂNG CAO CHỈ SỐ");
    const annex1 = blocks.findIndex((b) => b.kind === "section" && b.text.startsWith("PHỤ LỤC 1"));
    expect(s3).toBeGreaterThan(0);
    expect(s4).toBeGreaterThan(s3);
    expect(annex1).toBeGreaterThan(s4);
    const table = tableAfter(blocks, s4);
    expect(table.header).toEqual([
      "STT",
      "Lĩnh vực",
      "Cơ quan phụ trách",
      "Điểm mất / tối đa",
      "Tỷ lệ mất (%)",
    ]);
    // Worked out here from the units' field nodes: Σ (maximum − final) over the group.
    const lost = new Map<string, { lost: number; max: number }>();
    for (const u of units)
      for (const f of u.nodes)
        if (f.level === "field" && f.section === "main") {
          const a = lost.get(f.code) ?? { lost: 0, max: 0 };
          a.lost += f.applicableMax - f.final;
          a.max += f.applicableMax;
          lost.set(f.code, a);
        }
    const expected = [...lost]
      .filter(([, a]) => a.lost > 0)
      .sort((a, b) => b[1].lost - a[1].lost)
      .slice(0, 5);
    expect(table.rows.length).toBe(expected.length);
    table.rows.forEach((row, i) => {
      const [code, a] = expected[i]!;
      expect(row[1]!.startsWith(`${code}. `)).toBe(true);
      expect(row[2]).toBe(DEFAULT_FIELD_OWNERS[fieldNumber(code)] ?? "");
      const [l, m] = row[3]!.split(" / ").map((x) => Number(x.replace(/\./g, "").replace(",", ".")));
      expect(l).toBeCloseTo(a.lost, 2);
      expect(m).toBeCloseTo(a.max, 2);
    });
  });

  it("the last annex is the Kế hoạch task table, on landscape pages, deadlines left empty", () => {
    const { model } = report();
    const blocks = model.blocks;
    const last = blocks.findIndex((b) => b.kind === "section" && b.text.includes("DỰ THẢO NHIỆM VỤ"));
    expect(blocks[last - 1]).toEqual({ kind: "landscape" });
    expect(blocks[last]).toEqual({
      kind: "section",
      text: "PHỤ LỤC 2: DỰ THẢO NHIỆM VỤ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
    });
    const tasks = tableAfter(blocks, last);
    expect(tasks.header).toEqual([
      "STT",
      "Nhiệm vụ",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Kết quả đầu ra",
      "Thời hạn",
    ]);
    expect(tasks.rows.length).toBeGreaterThan(0);
    for (const r of tasks.rows) {
      expect(r[1]).toMatch(/^Khắc phục điểm bị mất ở tiêu chí /);
      expect(r[5]).toBe("");
    }
  });

  it("plan: null leaves the report as it was (no section IV, no task annex)", () => {
    const { model } = report(null);
    const texts = model.blocks.flatMap((b) => (b.kind === "section" ? [b.text] : []));
    expect(texts.some((t) => t.startsWith("IV."))).toBe(false);
    expect(texts.some((t) => t.includes("DỰ THẢO NHIỆM VỤ"))).toBe(false);
  });
});
