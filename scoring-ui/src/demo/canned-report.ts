/**
 * The demo sheet's report, written out for as long as the core's checkSheet is not built yet
 * (it throws notImplemented). Messages come from the core's catalogue in either language.
 * Only the demo uses this; hosts always call the core.
 */
import { makeIssue, type Lang, type NodeTotals, type ValidationReport } from "@cchc/scoring-core";
import { DEMO_HEADER_ROW, DEMO_SHEET, DEMO_UNIT, demoGrid } from "./demo-grid";

function nodes(): NodeTotals[] {
  const grid = demoGrid();
  const out: NodeTotals[] = [];
  grid.values.forEach((row, i) => {
    const code = row[0];
    if (i < DEMO_HEADER_ROW || typeof code !== "string") return;
    const depth = code.split(".").length;
    const self = typeof row[3] === "number" ? row[3] : 0;
    const appraised = typeof row[4] === "number" ? row[4] : self;
    const max = Number(row[2]);
    out.push({
      code,
      title: String(row[1]),
      level: depth === 1 ? "field" : depth === 2 ? "criterion" : "subcriterion",
      section: "main",
      row: i + 1,
      max,
      applicableMax: max,
      self,
      appraised,
      survey: 0,
      final: appraised,
      notApplicable: false,
      surveyScored: false,
      hasAppraisal: row[4] !== null,
    });
  });
  return out;
}

export function cannedReport(lang: Lang, sheet: string): ValidationReport {
  if (sheet !== DEMO_SHEET) {
    const issue = makeIssue("header-not-found", { sheet }, lang);
    return {
      schemaVersion: 1,
      lang,
      sheet,
      unit: null,
      year: null,
      criteriaSetId: null,
      tableFound: false,
      headerRows: [],
      issues: [issue],
      counts: { error: 1, warning: 0, info: 0, total: 1 },
      truncated: false,
      totals: {
        max: 0,
        applicableMax: 0,
        selfMax: 0,
        surveyMax: 0,
        self: 0,
        appraised: 0,
        survey: 0,
        bonus: 0,
        penalty: 0,
        final: 0,
        index: null,
      },
      nodes: [],
    };
  }
  const at = { sheet };
  const issues = [
    makeIssue(
      "score-exceeds-max",
      { ...at, cell: "D11", row: 11, column: "D", criterion: "1.2.1", value: 2.5, params: { max: 2 } },
      lang,
    ),
    makeIssue(
      "number-invalid",
      { ...at, cell: "D17", row: 17, column: "D", criterion: "2.1.1", value: "đạt" },
      lang,
    ),
    makeIssue(
      "evidence-missing",
      { ...at, cell: "F14", row: 14, column: "F", criterion: "1.3.2", value: 2 },
      lang,
    ),
    makeIssue(
      "evidence-missing",
      { ...at, cell: "F20", row: 20, column: "F", criterion: "2.2.1", value: 3.5 },
      lang,
    ),
    makeIssue("row-hidden", { ...at, cell: "A24", row: 24, column: "A", criterion: "3.1.2" }, lang),
  ];
  const count = (s: string) => issues.filter((i) => i.severity === s).length;
  return {
    schemaVersion: 1,
    lang,
    sheet,
    unit: DEMO_UNIT,
    year: 2025,
    criteriaSetId: null,
    tableFound: true,
    headerRows: [DEMO_HEADER_ROW],
    issues,
    counts: { error: count("error"), warning: count("warning"), info: count("info"), total: issues.length },
    truncated: false,
    totals: {
      max: 30,
      applicableMax: 30,
      selfMax: 30,
      surveyMax: 0,
      self: 26,
      appraised: 25.25,
      survey: 0,
      bonus: 0,
      penalty: 0,
      final: 25.25,
      index: 84.17,
    },
    nodes: nodes(),
  };
}
