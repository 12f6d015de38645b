import { readDesignGrids } from "../../src/survey/read-design";
import { designFromSets } from "../../src/survey/design-from-set";
import { ScaleReader } from "../../src/survey/answer-scale";
import { BUILTIN_SCALES } from "../../src/survey/design-schema";
import { unitNameKey, UnitMatcher } from "../../src/survey/unit-match";
import { SAMPLE_SETS } from "../../src/criteria-set/samples/index";

describe("readDesignGrids", () => {
  it("finds the questions, units, weights, scale and settings sheets by their headers (NFD, case, spacing)", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const { design, issues } = readDesignGrids([
      {
        sheet: "Cài đặt",
        values: [["THIẾT LẬP"], ["Cài đặt", "Giá trị"], ["Số phiếu tối thiểu", 30], ["Thang mặc định", "hl"]],
      },
      {
        sheet: "Phiếu",
        values: [
          ["THIẾT KẾ PHIẾU 2025"],
          [
            nfd("Mã câu hỏi"),
            "Nội dung  câu hỏi",
            nfd("TIÊU CHÍ"),
            "Điểm tối đa",
            "Nhóm trả lời",
            "Loại đơn vị",
          ],
          ["CH1", "Văn bản", "2.3.1", "2,5", "HDND; LDX", "department"],
          ["CH2", "Thái độ", "5.4.1", 3, "", ""],
        ],
      },
      {
        sheet: "Đơn vị",
        values: [
          ["Tên đơn vị", "Loại", "Số người được khảo sát"],
          ["Sở Tư pháp", "department", 120],
        ],
      },
      {
        sheet: "Nhóm",
        values: [
          ["Mã nhóm", "Nhóm đối tượng", "Trọng số"],
          ["HDND", "Đại biểu HĐND", "60%"],
          ["LDX", "Lãnh đạo xã", 0.4],
        ],
      },
      {
        sheet: "Thang",
        values: [
          ["Thang", "Phương án", "Trọng số"],
          ["hl", "Hài lòng", "100%"],
          ["hl", "Không hài lòng", 0],
          ["hl", "Không biết", ""],
        ],
      },
    ]);
    expect(issues).toEqual([]);
    expect(design).toMatchObject({
      minResponses: 30,
      defaultScale: "hl",
      weighGroups: true,
      questions: [
        { code: "CH1", criterion: "2.3.1", max: 2.5, groups: ["HDND", "LDX"], unitType: "department" },
        { code: "CH2", criterion: "5.4.1", max: 3 },
      ],
      units: [{ name: "Sở Tư pháp", type: "department", population: 120 }],
      groups: [
        { code: "HDND", name: "Đại biểu HĐND", weight: 0.6 },
        { code: "LDX", name: "Lãnh đạo xã", weight: 0.4 },
      ],
      scales: {
        hl: {
          kind: "options",
          options: [{ weight: 1 }, { weight: 0 }, { label: "Không biết", weight: null }],
        },
      },
    });
  });

  it("says so when no questions sheet is found, and names a bad maximum's cell", () => {
    const r = readDesignGrids([
      {
        sheet: "X",
        values: [
          ["Mã câu hỏi", "Tiêu chí", "Điểm tối đa"],
          ["CH1", "2.3.1", "hai"],
        ],
      },
    ]);
    expect(r.design).toBeNull();
    expect(r.issues[0]).toMatchObject({ code: "survey-design-invalid", cell: "C2" });
  });

  it("derives one question per survey-scored item of a criteria set", () => {
    const set = SAMPLE_SETS.find((s) => s.id === "sample-department-2025")!;
    const d = designFromSets([set]);
    expect(d.questions.length).toBeGreaterThan(5);
    expect(d.questions.every((q) => q.code === q.criterion)).toBe(true);
  });
});

describe("answers and unit names", () => {
  it("reads A/B/C/D with or without their text, Likert texts, numbers and 'Không biết'", () => {
    const abcd = new ScaleReader(BUILTIN_SCALES["abcd"]!);
    expect(abcd.read("A. Rất tốt")).toEqual({ kind: "weight", weight: 1 });
    expect(abcd.read("b")).toEqual({ kind: "weight", weight: 0.6 });
    expect(abcd.read("Trung bình")).toEqual({ kind: "weight", weight: 0.2 });
    expect(abcd.read("A. Kém").kind).toBe("invalid");
    expect(abcd.read("Không biết / không trả lời")).toEqual({ kind: "excluded" });
    expect(abcd.read(null)).toEqual({ kind: "blank" });
    const likert = new ScaleReader(BUILTIN_SCALES["likert5"]!);
    expect(likert.read("Rất không hài lòng")).toEqual({ kind: "weight", weight: 0 });
    expect(likert.read("Rất hài lòng".normalize("NFD"))).toEqual({ kind: "weight", weight: 1 });
    const num = new ScaleReader(BUILTIN_SCALES["numeric1-5"]!);
    expect(num.read(4)).toEqual({ kind: "weight", weight: 0.75 });
    expect(num.read("6").kind).toBe("invalid");
  });

  it("matches unit names across spellings and suggests the closest", () => {
    expect(unitNameKey("Ủy ban nhân dân  xã Hoà Bình")).toBe(unitNameKey("UBND XÃ HÒA BÌNH"));
    expect(unitNameKey("Sở Tư pháp tỉnh Gia Lai")).toBe("so tu phap");
    // A units list's "=UBND xã Tây Sơn" (a typed formula sign) is the unit respondents name plainly.
    expect(unitNameKey("=UBND xã Tây Sơn")).toBe(unitNameKey("Ủy ban nhân dân xã Tây Sơn"));
    expect(unitNameKey("'Sở Y tế")).toBe("so y te");
    const m = new UnitMatcher([{ name: "Sở Tư pháp" }, { name: "Sở Y tế" }]);
    expect(m.match("so y te")).toEqual({ kind: "found", unit: { name: "Sở Y tế" } });
    expect(m.match("Sở Tư pháo")).toEqual({ kind: "unknown", suggestion: { name: "Sở Tư pháp" } });
    expect(m.match("Công an tỉnh")).toEqual({ kind: "unknown", suggestion: null });
  });
});
