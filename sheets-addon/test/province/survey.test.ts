/** The survey in the province edition: forms from the design, live responses → points. */
import { fakeProvince } from "../fakes/drive";
import { FakeFormApp } from "../fakes/forms";
import { createSurveyForms, surveyFromControl } from "../../src/server/province/survey";
import { beginConsolidation, consolidateUnit } from "../../src/server/province/consolidate";
import { filledProvince } from "./province-fixture";

function setup() {
  const env = fakeProvince();
  const forms = new FakeFormApp(env.log, env.world);
  const services = { ...env.services, FormApp: forms.proxy };
  env.control
    ._addSheet("Câu hỏi")
    ._fill([
      ["THIẾT KẾ PHIẾU"],
      ["Mã câu hỏi", "Nội dung câu hỏi", "Tiêu chí", "Điểm tối đa", "Nhóm trả lời"],
      ["CH1", "Chất lượng văn bản", "2.3.1", 2, "HDND; LDX"],
      ["CH2", "Thái độ phục vụ", "5.4.1", 3, ""],
    ]);
  env.control._addSheet("Nhóm")._fill([
    ["Mã nhóm", "Nhóm đối tượng", "Trọng số"],
    ["HDND", "Đại biểu HĐND tỉnh", "50%"],
    ["LDX", "Lãnh đạo UBND xã", "50%"],
  ]);
  env.control._addSheet("Đơn vị khảo sát")._fill([
    ["Tên đơn vị", "Loại"],
    ["Sở Tư pháp", "department"],
    ["Sở Y tế", "department"],
  ]);
  return { env, forms, services };
}

describe("survey forms and live responses (Sở Nội vụ)", () => {
  it("creates a form from the design, links its responses and computes points from them", () => {
    const { env, forms, services } = setup();
    const created = createSurveyForms(services, env.control.proxy, "vi");
    expect(created).toHaveLength(1);
    const form = forms.forms[0]!;
    expect(form.items.map((i) => i.title)).toEqual([
      "Nhóm đối tượng",
      "Đơn vị được đánh giá",
      "CH1. Chất lượng văn bản",
      "CH2. Thái độ phục vụ",
    ]);
    expect(form.items[2]!.choices).toEqual([
      "A. Rất tốt",
      "B. Tốt",
      "C. Trung bình",
      "D. Kém",
      "E. Không biết",
    ]);
    expect(form.destination).toBe(env.control.getId());
    expect(env.control._sheets[0]!.getName()).toBe("Câu trả lời biểu mẫu 1");

    const submit = (group: string, unit: string, ch1: string, ch2: string) =>
      form._submit("1/12/2025 08:00:00", {
        "Nhóm đối tượng": group,
        "Đơn vị được đánh giá": unit,
        "CH1. Chất lượng văn bản": ch1,
        "CH2. Thái độ phục vụ": ch2,
      });
    submit("Đại biểu HĐND tỉnh", "Sở Tư pháp", "A. Rất tốt", "B. Tốt");
    submit("Lãnh đạo UBND xã", "Sở Tư pháp", "C. Trung bình", "E. Không biết");
    submit("Lãnh đạo UBND xã", "Sở Tư pháp", "B. Tốt", "A. Rất tốt");

    const survey = surveyFromControl(env.control.proxy, "vi", [])!;
    // Weighed 50/50. CH1: HĐND 1; LĐX (0,2 + 0,6)/2 = 0,4 → 0,7 × 2 = 1,4.
    // CH2: HĐND 0,6; LĐX 1 (Không biết excluded) → 0,8 × 3 = 2,4.
    expect(survey.byUnit.get("so tu phap")).toEqual({
      total: 3.8,
      byCriterion: { "2.3.1": 1.4, "5.4.1": 2.4 },
    });
    expect(survey.forms).toBe(3);
    expect(survey.issues.map((i) => i.code)).toEqual(["survey-unit-no-answers"]);
  });

  it("a scale named like a built-in (“constructor”, “toString”) is a scale name, not Object.prototype's", () => {
    const env = fakeProvince();
    const forms = new FakeFormApp(env.log, env.world);
    const services = { ...env.services, FormApp: forms.proxy };
    env.control._addSheet("Câu hỏi")._fill([
      ["Mã câu hỏi", "Nội dung câu hỏi", "Tiêu chí", "Điểm tối đa", "Thang"],
      ["CH1", "Chất lượng văn bản", "2.3.1", 2, "constructor"],
      ["CH2", "Thái độ phục vụ", "5.4.1", 3, "toString"],
    ]);
    env.control._addSheet("Thang")._fill([
      ["Thang", "Phương án", "Trọng số"],
      ["constructor", "Đạt", 1],
      ["constructor", "Không đạt", 0],
    ]);
    createSurveyForms(services, env.control.proxy, "vi");
    const [, ch1, ch2] = forms.forms[0]!.items;
    expect(ch1!.choices).toEqual(["Đạt", "Không đạt"]);
    // “toString” is not defined: the form offers the default A–E (scoring says the scale is missing).
    expect(ch2!.choices).toEqual(["A. Rất tốt", "B. Tốt", "C. Trung bình", "D. Kém", "E. Không biết"]);
  });

  it("a form with a duplicate option or without a title is refused, as Google Forms refuses it", () => {
    const { forms } = setup();
    expect(() => forms.proxy.create("")).toThrow(/title/);
    const f = forms.proxy.create("Phiếu");
    expect(() => f.addMultipleChoiceItem().setChoiceValues(["A", "A"])).toThrow(/Invalid data/);
    expect(() => f.addScaleItem().setBounds(1, 11)).toThrow(/bounds/);
  });

  it("without a responses sheet there is nothing to compute (the units sheet's survey column stands)", () => {
    const env = fakeProvince();
    expect(surveyFromControl(env.control.proxy, "vi", [])).toBeNull();
  });

  it("responses without a design sheet: the questions are the criteria set's survey items", () => {
    const { env } = filledProvince(2);
    env.control._addSheet("Câu trả lời biểu mẫu 1")._fill([
      ["Dấu thời gian", "Đơn vị được đánh giá", "2.3.1. Chất lượng, tính khả thi của VBQPPL"],
      ["1/12/2025 8:00:00", "Sở Số 1", "A. Rất tốt"],
      ["1/12/2025 8:05:00", "Sở Số 1", "D. Kém"],
    ]);
    const begin = beginConsolidation(env.services, "vi", "client-1", 1_000);
    expect(begin.survey!.design).toMatchObject({ questionsFrom: "set" });
    expect(begin.survey!.designLine).toMatch(/suy ra từ các tiêu chí ĐTXHH của bộ tiêu chí/);
    // (100 % + 0 %) / 2 × 2,5 = 1,25
    expect(begin.units.find((u) => u.unit === "Sở Số 1")).toMatchObject({
      surveyInput: { byCriterion: { "2.3.1": 1.25 } },
    });
  });

  it("a sheet that only looks like responses, with no design and no form, changes nothing", () => {
    const { env } = filledProvince(2);
    env.control._addSheet("Phiếu giao việc")._fill([["Việc", "Người làm"]]);
    const begin = beginConsolidation(env.services, "vi", "client-1", 1_000);
    expect(begin.survey).toBeUndefined();
  });
});

describe("consolidation with live survey responses", () => {
  it("begin attaches each unit's points per criterion; the unit call scores with them", () => {
    const { env } = filledProvince(3);
    env.control._addSheet("Thiết kế phiếu")._fill([
      ["Mã câu hỏi", "Nội dung câu hỏi", "Tiêu chí", "Điểm tối đa"],
      ["CH1", "Chất lượng, tính khả thi của văn bản", "2.3.1", 2.5],
    ]);
    env.control._addSheet("Câu trả lời biểu mẫu 1")._fill([
      ["Dấu thời gian", "Đơn vị được đánh giá", "CH1. Chất lượng, tính khả thi của văn bản"],
      ["1/12/2025 8:00:00", "Sở Số 1", "A. Rất tốt"],
      ["1/12/2025 8:05:00", "sở số 1", "C. Trung bình"],
      ["1/12/2025 8:06:00", "Sở Số 99", "A. Rất tốt"],
    ]);
    const begin = beginConsolidation(env.services, "vi", "client-1", 1_000);
    const first = begin.units.find((u) => u.unit === "Sở Số 1")!;
    // (100 % + 20 %) / 2 × 2,5 = 1,5
    expect(first).toMatchObject({ surveyInput: { total: 1.5, byCriterion: { "2.3.1": 1.5 } } });
    expect(begin.survey!.forms.counted).toBe(2);
    expect(begin.survey!.issues.map((i) => i.code)).toContain("survey-unit-unknown");
    // What the sidebar shows: which design, and the units without forms ("chưa có", never 0).
    expect(begin.survey!.design).toMatchObject({ questionsFrom: "design", questions: 1 });
    expect(begin.survey!.designLine).toMatch(/^Thiết kế phiếu: tệp “/);
    expect(begin.survey!.units.find((u) => u.unit === "Sở Số 2")).toMatchObject({ forms: 0, total: null });
    const reply = consolidateUnit(env.services, "vi", begin.jobId, first, begin.criteriaSetId);
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.result.totals.survey).toBe(1.5);
  });
});
