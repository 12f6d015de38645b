import { checkSheet, makeIssue, type Lang, type ValidationReport } from "@cchc/scoring-core";
import { demoGrid } from "../../src/demo/demo-grid";
import { reportInLang } from "../../src/panels/check/report-in-lang";

const cannedReport = (lang: Lang, _sheet: string): ValidationReport => checkSheet(demoGrid(), { lang });

describe("reportInLang", () => {
  it("returns the same report when the language already matches", () => {
    const r = cannedReport("vi", "Tự chấm 2025");
    expect(reportInLang(r, "vi")).toBe(r);
  });

  it("re-renders every message with the core's catalogue in the other language", () => {
    const vi = cannedReport("vi", "Tự chấm 2025");
    const en = reportInLang(vi, "en");
    expect(en.lang).toBe("en");
    expect(en.issues.map((i) => i.message)).toEqual(
      cannedReport("en", "Tự chấm 2025").issues.map((i) => i.message),
    );
    // Numbers follow the language: 2,5 in Vietnamese, 2.5 in English.
    const over = (r: ValidationReport) => r.issues.find((i) => i.code === "score-exceeds-max")!.message;
    expect(over(vi)).toContain("2,5");
    expect(over(en)).toContain("2.5");
    // Totals are not touched.
    expect(en.totals).toBe(vi.totals);
  });

  it("keeps the message of a code the catalogue does not know (a newer host) instead of failing", () => {
    const known = makeIssue("row-hidden", { sheet: "S", row: 3, criterion: "1.1" }, "vi");
    const report: ValidationReport = {
      ...cannedReport("vi", "Tự chấm 2025"),
      // A code this build does not know, as a report from a newer host would carry.
      issues: [
        {
          ...known,
          code: "future-code",
          message: "Thông báo mới",
        } as unknown as ValidationReport["issues"][number],
      ],
    };
    expect(reportInLang(report, "en").issues[0]!.message).toBe("Thông báo mới");
  });
});
