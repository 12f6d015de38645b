import { deriveCriteriaSet } from "../../src/criteria-set/derive";
import { indexSet } from "../../src/criteria-set/lookup";
import { buildTable } from "../totals/table-builder";

const meta = {
  id: "derived",
  name: "Bộ tiêu chí từ bảng",
  year: 2025,
  unitTypes: ["department"],
  decision: "Quyết định số 1/QĐ-UBND",
};

describe("deriveCriteriaSet", () => {
  const table = buildTable({
    rows: [
      { code: "1", title: "Công tác chỉ đạo, điều hành CCHC", max: 4 },
      { code: "1.1", title: "Kế hoạch CCHC", max: "2,5" },
      {
        code: "1.1.1",
        title: "Ban hành kế hoạch",
        max: 1,
        rule: "đúng hạn: 1 điểm; chậm: 0,5 điểm; không: 0 điểm",
        evidence: "Kế hoạch CCHC năm của cơ quan",
      },
      {
        code: "1.1.2",
        title: "Thực hiện kế hoạch",
        max: 1.5,
        rule: "Căn cứ mức độ hoàn thành, Hội đồng xem xét",
      },
      { code: "1.2", title: "Đánh giá qua ĐTXHH", max: 1.5 },
      { code: "1.2.1", title: "Mức độ hài lòng", max: 1.5 },
      { code: "2", title: "Điểm thưởng", max: 1, section: "bonus" },
      { code: "2.1", title: "Sáng kiến được công nhận", max: 1, rule: "Có: 1 điểm; Không: 0 điểm" },
      { code: "2.2", title: "Được khen thưởng", max: 0.5, rule: "Có: 0,5 điểm; Không: 0 điểm" },
      { code: "3", title: "Điểm trừ", max: -1, section: "penalty" },
      { code: "3.1", title: "Bị phê bình", max: -1, rule: "Bị phê bình: -1 điểm; Không: 0 điểm" },
    ],
    total: { max: 4 },
  });

  it("copies codes, titles, maxima (text numbers too), evidence and the total", () => {
    const { set } = deriveCriteriaSet(table, meta);
    const idx = indexSet(set);
    expect([...idx.keys()]).toEqual([
      "1",
      "1.1",
      "1.1.1",
      "1.1.2",
      "1.2",
      "1.2.1",
      "2",
      "2.1",
      "2.2",
      "3",
      "3.1",
    ]);
    expect(idx.get("1.1")!.max).toBe(2.5);
    expect(idx.get("1.1.1")!.evidence).toBe("Kế hoạch CCHC năm của cơ quan");
    expect(idx.get("1")!.title).toBe("Công tác chỉ đạo, điều hành CCHC");
    expect(set.declaredTotal).toBe(4);
    expect(set.source.decision).toBe("Quyết định số 1/QĐ-UBND");
    expect(set.sample).toBe(false);
  });

  it("parses clear rules, keeps unclear ones as text with an info issue naming the cell", () => {
    const { set, issues } = deriveCriteriaSet(table, meta);
    const idx = indexSet(set);
    expect(idx.get("1.1.1")!.rule).toEqual({
      kind: "levels",
      levels: [
        { label: "đúng hạn", points: 1 },
        { label: "chậm", points: 0.5 },
        { label: "không", points: 0 },
      ],
    });
    expect(idx.get("1.1.2")!.rule).toBeUndefined();
    expect(idx.get("1.1.2")!.ruleText).toBe("Căn cứ mức độ hoàn thành, Hội đồng xem xét");
    const info = issues.find((i) => i.code === "rule-not-parsed")!;
    expect(info).toMatchObject({
      severity: "info",
      criterion: "1.1.2",
      cell: "D9",
      row: 9,
      sheet: "Tự chấm",
    });
  });

  it("marks survey items from a title mentioning ĐTXHH, and bonus/penalty parts from sections", () => {
    const { set } = deriveCriteriaSet(table, meta);
    const idx = indexSet(set);
    expect(idx.get("1.2")!.surveyScored).toBe(true);
    expect(idx.get("1.2.1")).toMatchObject({ surveyScored: true, rule: { kind: "survey" } });
    expect(idx.get("2")).toMatchObject({ bonus: true, cap: 1 });
    expect(idx.get("2.1")!.bonus).toBeUndefined();
    expect(idx.get("3")).toMatchObject({ penalty: true, cap: 1 });
    expect(idx.get("3.1")!.rule?.kind).toBe("levels");
  });

  it("does not take a task about running a survey for a survey-scored item", () => {
    const t = buildTable({
      rows: [
        { code: "1", title: "A", max: 1 },
        {
          code: "1.1",
          title: "Tổ chức điều tra xã hội học về sự hài lòng của người dân",
          max: 1,
          rule: "Có: 1 điểm; Không: 0 điểm",
        },
        { code: "2", title: "Điểm điều tra xã hội học", max: 2 },
        { code: "2.1", title: "Hài lòng", max: 2 },
        { code: "3", title: "B", max: 1 },
        { code: "3.1", title: "C", max: 1, rule: "Điểm do ĐTXHH xác định" },
      ],
    });
    const idx = indexSet(deriveCriteriaSet(t, meta).set);
    expect(idx.get("1.1")).toMatchObject({ rule: { kind: "yes-no" } });
    expect(idx.get("1.1")!.surveyScored).toBeUndefined();
    expect(idx.get("2.1")).toMatchObject({ surveyScored: true, rule: { kind: "survey" } });
    expect(idx.get("3")!.surveyScored).toBe(true);
    expect(idx.get("3.1")).toMatchObject({ surveyScored: true, rule: { kind: "survey" } });
  });

  it("reports the published mistakes through set validation", () => {
    const { issues } = deriveCriteriaSet(table, meta);
    expect(issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([]);
    const wrong = buildTable({
      rows: [
        { code: "1", title: "A", max: 50 },
        { code: "1.1", title: "B", max: 50 },
        { code: "2", title: "C", max: 49.55 },
        { code: "2.1", title: "D", max: 49 },
      ],
      total: { max: 100 },
    });
    const codes = deriveCriteriaSet(wrong, meta).issues.map((i) => i.code);
    expect(codes).toEqual(["set-children-sum", "set-declared-total"]);
  });

  it("reports a leaf without a numeric maximum, naming the cell", () => {
    const t = buildTable({
      rows: [
        { code: "1", title: "A" },
        { code: "1.1", title: "B", max: "đạt" },
        { code: "1.2", title: "C", max: "#REF!" },
      ],
    });
    const { set, issues } = deriveCriteriaSet(t, meta, "en");
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["number-invalid", "C7"],
      ["formula-error", "C8"],
    ]);
    expect(set.fields[0]!.max).toBe(0);
  });

  it("turns a code the schema refuses into set-schema issues rather than throwing", () => {
    const t = buildTable({ rows: [{ code: "1", title: "A", max: 1 }] });
    t.fields[0]!.code = "I";
    const { issues } = deriveCriteriaSet(t, meta);
    expect(issues.map((i) => i.code)).toEqual(["set-schema"]);
    expect(issues[0]!.params["path"]).toBe("fields[0].code");
  });
});
