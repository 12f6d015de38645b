import { makeIssue } from "../../src/issues/issue";

describe("issue messages", () => {
  it("prints row numbers without thousands separators, quantities with a decimal comma", () => {
    const i = makeIssue(
      "numbering-duplicate",
      { row: 1234, criterion: "2.1", params: { other: 1200 } },
      "vi",
    );
    expect(i.message).toBe("Số thứ tự 2.1 bị trùng ở dòng 1234 và dòng 1200.");
    const m = makeIssue(
      "score-exceeds-max",
      { cell: "F12", criterion: "1.1.1", value: 1234.5, params: { max: 0.125 } },
      "vi",
    );
    expect(m.message).toBe(
      "Ô F12: điểm 1.234,5 vượt điểm tối đa 0,125 của tiêu chí 1.1.1; chỉ tính 0,125 điểm.",
    );
  });
});
