import { analyseEvidence, datesOutsidePeriod, periodForYear } from "../../src/validation/evidence";
import { expectedPoints, parseDeclaredFigure } from "../../src/validation/declared-figure";

describe("analyseEvidence", () => {
  it.each([
    ["Kế hoạch số 1833/KH-UBND ngày 19/9/2023", "1833/KH-UBND"],
    ["Quyết định số 152/QĐ-UBND ngày 22/01/2014", "152/QĐ-UBND"],
    ["4566/BNV-CCHC", "4566/BNV-CCHC"],
    ["1494/TTr-SNV", "1494/TTr-SNV"],
    ["18/BCTĐ-STP", "18/BCTĐ-STP"],
    ["1602/QĐ-UBND-HC", "1602/QĐ-UBND-HC"],
    ["30/2018/QĐ-UBND", "30/2018/QĐ-UBND"],
  ])("recognises %s", (text, ref) => {
    const a = analyseEvidence(text);
    expect(a.recognised).toBe(true);
    expect(a.references.map((r) => r.text)).toEqual([ref]);
  });
  it("recognises NFD text and links, not plain words or bare dates", () => {
    expect(analyseEvidence("Quyết định số 152/QĐ-UBND".normalize("NFD")).recognised).toBe(true);
    expect(analyseEvidence("https://vanban.example.gov.vn/a.pdf").links).toHaveLength(1);
    expect(analyseEvidence("Báo cáo ngày 19/9/2023").recognised).toBe(false);
    expect(analyseEvidence("Đã thực hiện đầy đủ").recognised).toBe(false);
  });
  it("extracts dates in three spellings and the year in a number", () => {
    const a = analyseEvidence(
      "KH 1833/KH-UBND ngày 19/9/2023; QĐ 30/2018/QĐ-UBND; BC ngày 5 tháng 12 năm 2022",
    );
    expect(a.dates.map((d) => [d.day, d.month, d.year])).toEqual([
      [19, 9, 2023],
      [5, 12, 2022],
      [null, null, 2018],
    ]);
    expect(datesOutsidePeriod(a.dates, periodForYear(2023)).map((d) => d.year)).toEqual([2022, 2018]);
  });
  it("ignores impossible dates", () => {
    expect(analyseEvidence("31/02/2023").dates).toEqual([]);
  });
});

describe("declared figures", () => {
  const thresholds = {
    kind: "thresholds" as const,
    bands: [
      { min: 100, points: 2 },
      { min: 80, max: 100, points: 1 },
      { min: 0, max: 80, points: 0 },
    ],
  };
  it.each([
    ["100%", 2],
    ["80%", 1],
    ["4/5", 1],
    ["0,8", 1],
    ["79,999", 0],
    ["1", 2],
    ["Có", 2],
  ])("%s gives %d points", (text, points) => {
    expect(expectedPoints(thresholds, parseDeclaredFigure(text), 2)).toEqual({ kind: "points", points });
  });
  it("reads N/A, blanks and unreadable figures", () => {
    expect(parseDeclaredFigure("Không áp dụng").kind).toBe("not-applicable");
    expect(parseDeclaredFigure("  ").kind).toBe("blank");
    expect(parseDeclaredFigure("nhiều").kind).toBe("unreadable");
    expect(expectedPoints(thresholds, parseDeclaredFigure(null), 2)).toEqual({ kind: "no-figure" });
  });
  it("ratios round half away from zero at the rule's decimals and cap at the maximum", () => {
    expect(expectedPoints({ kind: "ratio" }, parseDeclaredFigure("1/8"), 1)).toEqual({
      kind: "points",
      points: 0.13,
    });
    expect(expectedPoints({ kind: "ratio", decimals: 0 }, parseDeclaredFigure("1/2"), 3)).toEqual({
      kind: "points",
      points: 2,
    });
    expect(expectedPoints({ kind: "ratio" }, parseDeclaredFigure("25/20"), 3)).toEqual({
      kind: "points",
      points: 3,
    });
  });
});
