import { buildTrends } from "../../src/years/trends";
import { trendSheets } from "../../src/years/trend-sheets";
import { improvementPlan } from "../../src/improvement/improvement-plan";
import { planSheets } from "../../src/improvement/plan-sheets";
import { inspectionList } from "../../src/inspection/inspection-list";
import { inspectionSheet } from "../../src/inspection/inspection-sheet";
import { record, unitYear } from "./records";

const texts = (rows: (string | number | null)[][]): string => rows.map((r) => r.join("|")).join("\n");

describe("sheets across the years", () => {
  const y24 = record(2024, [
    unitYear({ unit: "Sở A", index: 90, rank: 1 }),
    unitYear({ unit: "=Sở B", index: 80, rank: 2 }),
  ]);
  const y25 = record(2025, [
    unitYear({
      unit: "Sở A",
      index: 85.5,
      rank: 2,
      self: 90,
      appraised: 85.5,
      fields: [{ code: "1", title: "Chỉ đạo", points: 5, max: 10 }],
      leaves: [
        {
          code: "1.1",
          title: "Kế hoạch CCHC",
          max: 10,
          self: 9,
          appraised: 5,
          final: 5,
          surveyScored: false,
        },
      ],
    }),
    unitYear({ unit: "=Sở B", index: 88, rank: 1 }),
  ]);

  it("writes index, rank and change per year, and neutralises unit names", () => {
    const [index, , , fell, unmatched] = trendSheets(buildTrends([y24, y25]), "vi");
    const t = texts(index!.rows);
    expect(t).toContain("XU HƯỚNG CHỈ SỐ CCHC CÁC NĂM 2024–2025");
    expect(t).toContain("Chỉ số 2024 (%)|Hạng 2024|Xếp loại 2024|Chỉ số 2025 (%)");
    expect(t).toContain(
      "1|'=Sở B|Sở, ban, ngành|80|2|Tốt|88|1|Tốt|8|8|\n2|Sở A|Sở, ban, ngành|90|1|Tốt|85.5|2|Tốt|-4.5|-4.5|",
    );
    expect(index!.rows.some((r) => r[1] === "=Sở B")).toBe(false);
    expect(texts(fell!.rows)).toContain("1|Sở A|Sở, ban, ngành|-4.5");
    expect(texts(unmatched!.rows)).toContain("Không có");
  });

  it("writes the plan's task table with the deadline column left empty, and the inspection reasons", () => {
    const [tasks, criteria] = planSheets(improvementPlan(y25), "vi");
    const t = texts(tasks!.rows);
    expect(t).toContain("STT|Nhiệm vụ|Cơ quan chủ trì|Cơ quan phối hợp|Kết quả đầu ra|Thời hạn");
    expect(t).toContain("|Sở Nội vụ|Sở A|");
    expect(texts(criteria!.rows)).toContain(
      "Sở, ban, ngành|1.1|Kế hoạch CCHC|1. Chỉ đạo|Sở Nội vụ|1|1|5|10|50",
    );
    const insp = inspectionSheet(inspectionList(y25, { previous: y24 }), "vi");
    expect(texts(insp.rows)).toContain("Điểm tự đánh giá cao hơn điểm thẩm định 4,5 điểm.");
  });
});
