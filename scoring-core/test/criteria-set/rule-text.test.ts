import fc from "fast-check";
import { parseRuleText } from "../../src/criteria-set/rule-text";
import type { ScoringRule } from "../../src/criteria-set/schema";

const levels = (...l: [string, number][]): ScoringRule => ({
  kind: "levels",
  levels: l.map(([label, points]) => ({ label, points })),
});

describe("parseRuleText: phrasings decisions use", () => {
  const table: [string, string, number, ScoringRule][] = [
    [
      "levels on one line",
      "đúng hạn: 1 điểm; chậm: 0,5 điểm; không: 0 điểm",
      1,
      levels(["đúng hạn", 1], ["chậm", 0.5], ["không", 0]),
    ],
    ["Có/Không with max/0 is yes-no", "Có: 1 điểm; Không: 0 điểm", 1, { kind: "yes-no" }],
    ["Có/Không in the other order", "Không: 0 điểm; Có: 2 điểm", 2, { kind: "yes-no" }],
    ["Đạt/Không đạt", "Đạt: 1,5 điểm; Không đạt: 0 điểm", 1.5, { kind: "yes-no" }],
    ["Có/Không below the max stays levels", "Có: 1 điểm; Không: 0 điểm", 2, levels(["Có", 1], ["Không", 0])],
    [
      "one level per line, an implicit 0",
      "- Ban hành đúng thời hạn: 1 điểm\n- Ban hành chậm: 0,5 điểm",
      1,
      levels(["Ban hành đúng thời hạn", 1], ["Ban hành chậm", 0.5], ["Không đạt", 0]),
    ],
    [
      "“đ” and points with a decimal point",
      "Đầy đủ, đúng hạn: 1.5đ\r\nChậm: 0,75 đ\r\nKhông thực hiện: 0đ",
      1.5,
      levels(["Đầy đủ, đúng hạn", 1.5], ["Chậm", 0.75], ["Không thực hiện", 0]),
    ],
    [
      "thresholds: Đạt 100% / từ … đến dưới … / dưới",
      "Đạt 100%: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm",
      2,
      {
        kind: "thresholds",
        bands: [
          { min: 100, points: 2 },
          { min: 80, max: 100, points: 1 },
          { min: 0, max: 80, points: 0 },
        ],
      },
    ],
    [
      "thresholds: Trên / từ … - dưới …",
      "Trên 90%: 2 điểm; Từ 70% - dưới 90%: 1 điểm; Dưới 70%: 0 điểm",
      2,
      {
        kind: "thresholds",
        bands: [
          { min: 90, points: 2 },
          { min: 70, max: 90, points: 1 },
          { min: 0, max: 70, points: 0 },
        ],
      },
    ],
    [
      "thresholds: ≥ and <",
      "≥ 95%: 2 điểm; từ 80% - dưới 95%: 1 điểm; < 80%: 0 điểm",
      2,
      {
        kind: "thresholds",
        bands: [
          { min: 95, points: 2 },
          { min: 80, max: 95, points: 1 },
          { min: 0, max: 80, points: 0 },
        ],
      },
    ],
    [
      "thresholds under a heading line, “từ … trở lên”",
      "Tỷ lệ hồ sơ đúng hạn:\n- Từ 90% trở lên: 2đ\n- Từ 50% đến dưới 90%: 1đ\n- Dưới 50%: 0đ",
      2,
      {
        kind: "thresholds",
        bands: [
          { min: 90, points: 2 },
          { min: 50, max: 90, points: 1 },
          { min: 0, max: 50, points: 0 },
        ],
      },
    ],
    [
      "thresholds with the 0 band left unsaid",
      "Đạt 100%: 2 điểm; Từ 80% đến dưới 100%: 1 điểm",
      2,
      {
        kind: "thresholds",
        bands: [
          { min: 100, points: 2 },
          { min: 80, max: 100, points: 1 },
          { min: 0, max: 80, points: 0 },
        ],
      },
    ],
    [
      "ascending thresholds",
      "Dưới 50%: 0 điểm; Từ 50% đến dưới 90%: 1 điểm; Từ 90% trở lên: 2 điểm",
      2,
      {
        kind: "thresholds",
        bands: [
          { min: 0, max: 50, points: 0 },
          { min: 50, max: 90, points: 1 },
          { min: 90, points: 2 },
        ],
      },
    ],
    ["ratio: Tỷ lệ = a/b", "Tỷ lệ = a/b; Điểm = Tỷ lệ × điểm tối đa", 2, { kind: "ratio" }],
    ["ratio: (a/b) x", "Điểm = (a/b) x điểm tối đa", 3, { kind: "ratio" }],
    [
      "ratio with rounding",
      "Điểm = (a/b) * điểm tối đa, làm tròn đến 2 chữ số thập phân",
      3,
      { kind: "ratio", decimals: 2 },
    ],
    ["step", "Chấm theo bước 0,25 điểm", 2, { kind: "range", step: 0.25 }],
    ["survey in words", "Điều tra xã hội học", 2, { kind: "survey" }],
    ["survey abbreviated", "Do ĐTXHH chấm", 2, { kind: "survey" }],
    ["survey with its maximum", "Điểm ĐTXHH, tối đa 2 điểm", 2, { kind: "survey" }],
    [
      "a self-scored task about running a survey is not survey-scored",
      "Có tổ chức điều tra xã hội học: 1 điểm; Không: 0 điểm",
      1,
      { kind: "yes-no" },
    ],
    [
      "penalty levels with “trừ”",
      "Chậm từ 5 ngày trở lên: trừ 1 điểm; Chậm dưới 5 ngày: trừ 0,5 điểm",
      -1,
      levels(["Chậm từ 5 ngày trở lên", -1], ["Chậm dưới 5 ngày", -0.5], ["Không vi phạm", 0]),
    ],
    [
      "penalty levels with a minus sign",
      "Bị phê bình bằng văn bản: -1 điểm; Bị nhắc nhở: -0,5 điểm; Không: 0 điểm",
      -1,
      levels(["Bị phê bình bằng văn bản", -1], ["Bị nhắc nhở", -0.5], ["Không", 0]),
    ],
  ];
  it.each(table)("%s", (_name, text, max, expected) => {
    expect(parseRuleText(text, max)).toEqual(expected);
  });

  it("reads decomposed (NFD) text and gives NFC labels", () => {
    const nfd = "đúng hạn: 1 điểm; chậm: 0,5 điểm; không: 0 điểm".normalize("NFD");
    expect(parseRuleText(nfd, 1)).toEqual(levels(["đúng hạn", 1], ["chậm", 0.5], ["không", 0]));
    expect(parseRuleText("Điều tra xã hội học".normalize("NFD"), 1)).toEqual({ kind: "survey" });
  });

  it("is not fooled by case or spacing", () => {
    expect(parseRuleText("CÓ :  1 ĐIỂM ;  KHÔNG : 0 ĐIỂM", 1)).toEqual({ kind: "yes-no" });
  });
});

describe("parseRuleText: unclear or wrong rules give null", () => {
  it.each([
    ["points above the maximum", "Có: 3 điểm; Không: 0 điểm", 1],
    ["overlapping bands", "Đạt 100%: 2 điểm; từ 80%: 1 điểm", 2],
    ["overlapping ranges", "Từ 50% đến dưới 90%: 1 điểm; Từ 80% đến dưới 100%: 2 điểm", 2],
    [
      "unsorted bands",
      "Từ 50% đến dưới 80%: 1 điểm; Từ 90% trở lên: 2 điểm; Từ 80% đến dưới 90%: 1,5 điểm",
      2,
    ],
    ["per-case wording with two amounts", "Mỗi văn bản trừ 0,5 điểm hoặc 1 điểm, tối đa trừ 2 điểm", 2],
    ["per-case points above the maximum", "Mỗi sáng kiến 3 điểm", 2],
    ["a single level", "Ban hành kế hoạch: 1 điểm", 1],
    ["a maximum statement", "Tối đa 2 điểm", 2],
    ["text after the levels", "Có: 1 điểm; Không: 0 điểm; trường hợp khác do Hội đồng quyết định", 1],
    ["percentages mixed with plain labels", "Đạt 100%: 2 điểm; Không thực hiện: 0 điểm", 2],
    ["positive points on a penalty", "Bị phê bình: 1 điểm; Không: 0 điểm", -1],
    ["yes-no wording on a penalty", "Có: -1 điểm; Không: 0 điểm", 0],
    ["step above the maximum", "Chấm theo bước 0,5 điểm", 0.25],
    ["free prose", "Căn cứ kết quả kiểm tra của Sở Nội vụ", 2],
    ["empty", "", 1],
    ["levels about a survey that do not fit", "Có tổ chức ĐTXHH: 3 điểm; Không: 0 điểm", 1],
  ])("%s", (_name, text, max) => {
    expect(parseRuleText(text, max)).toBeNull();
  });

  it.each([
    [
      "Mỗi trường hợp bị xử lý trừ 0,5 điểm, tối đa trừ 2 điểm",
      -2,
      { kind: "per-count", each: -0.5, limit: 2 },
    ],
    ["trừ 0,5 điểm mỗi văn bản chậm, tối đa trừ 2", 2, { kind: "per-count", each: -0.5, limit: 2 }],
    ["0,25 điểm mỗi sáng kiến, tối đa 4 sáng kiến", 1, { kind: "per-count", each: 0.25, maxCount: 4 }],
    ["Mỗi văn bản chậm trừ 0,25 điểm", 1, { kind: "per-count", each: -0.25 }],
  ])("reads the per-case wording “%s”", (text, max, rule) => {
    expect(parseRuleText(text, max)).toEqual(rule);
  });

  it("never throws, whatever the text or maximum", () => {
    const alphabet = fc.constantFrom(
      ..."0123456789,.;:%-–+\n ≥<>()/×xđĐiểmtừdướiđếnTrênCóKhôngĐạtchậmhạnTỷlệ".split(""),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 80 }), fc.string({ unit: "grapheme" })),
        fc.oneof(fc.double(), fc.integer({ min: -10, max: 10 })),
        (text, max) => {
          const rule = parseRuleText(text, max);
          expect(rule === null || typeof rule.kind === "string").toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("whatever it returns fits the maximum", () => {
    const pts = fc.constantFrom("0", "0,5", "1", "1,5", "2", "3");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("Có", "Không", "Đúng hạn", "Chậm", "Đạt 100%", "Dưới 80%"), pts), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom(1, 1.5, 2),
        (parts, max) => {
          const text = parts.map(([l, p]) => `${l}: ${p} điểm`).join("; ");
          const rule = parseRuleText(text, max);
          if (rule?.kind === "levels") for (const l of rule.levels) expect(l.points).toBeLessThanOrEqual(max);
          if (rule?.kind === "thresholds")
            for (const b of rule.bands) expect(b.points).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
