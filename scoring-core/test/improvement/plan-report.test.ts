import { improvementPlan } from "../../src/improvement/improvement-plan";
import { planReportModel } from "../../src/improvement/plan-report";
import type { ReportBlock } from "../../src/output/report-model";
import { record, unitYear } from "../years/records";

const leaf = (code: string, title: string, max: number, final: number) => ({
  code,
  title,
  max,
  self: max,
  appraised: final,
  final,
  surveyScored: false,
});

describe("the improvement plan as a Word Kế hoạch", () => {
  const plan = improvementPlan(
    record(2025, [
      unitYear({
        unit: "Sở A",
        fields: [{ code: "6", title: "Tài chính công", points: 4, max: 10 }],
        leaves: [leaf("6.1", "Giải ngân vốn đầu tư công", 10, 4)],
      }),
      unitYear({
        unit: "Sở B",
        fields: [{ code: "6", title: "Tài chính công", points: 8.5, max: 10 }],
        leaves: [leaf("6.1", "Giải ngân vốn đầu tư công", 10, 8.5)],
      }),
    ]),
  );
  const model = planReportModel(plan, "vi", { issuer: ["UBND TỈNH AN HÒA", "SỞ NỘI VỤ"] });
  const tables = model.blocks.filter((b): b is Extract<ReportBlock, { kind: "table" }> => b.kind === "table");

  it("opens like a Kế hoạch: issuer, motto, title with the year", () => {
    expect(model.blocks[0]).toEqual({
      kind: "heading",
      issuer: ["UBND TỈNH AN HÒA", "SỞ NỘI VỤ"],
      motto: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    });
    expect(model.blocks[1]).toEqual({
      kind: "title",
      lines: ["KẾ HOẠCH", "Nâng cao Chỉ số cải cách hành chính (dự thảo từ kết quả năm 2025)"],
    });
  });

  it("lists the field losing points with its owner and figures", () => {
    expect(tables[0]!.rows).toEqual([["1", "6. Tài chính công", "Sở Tài chính", "7,50 / 20,00", "37,50"]]);
  });

  it("writes the task table with nhiệm vụ, chủ trì, phối hợp, kết quả đầu ra and an empty thời hạn, on landscape pages", () => {
    const t = tables[1]!;
    expect(t.header).toEqual([
      "STT",
      "Nhiệm vụ",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Kết quả đầu ra",
      "Thời hạn",
    ]);
    expect(t.rows).toHaveLength(plan.tasks.length);
    const task = plan.tasks[0]!;
    expect(t.rows[0]).toEqual(["1", task.task, "Sở Tài chính", task.partners, task.output, ""]);
    expect(task.partners).toContain("Sở A");
    const landscape = model.blocks.findIndex((b) => b.kind === "landscape");
    expect(landscape).toBeGreaterThan(model.blocks.indexOf(tables[0]!));
    expect(landscape).toBeLessThan(model.blocks.indexOf(t));
  });
});
