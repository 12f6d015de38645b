/**
 * What a consolidation panel shows of the survey it scored: which design was used, the forms
 * counted, each unit's forms and total ("chưa có" when null) and the survey's issues — the same
 * things `cchc survey` prints. Plain JSON, so it crosses the service contract (and
 * google.script.run) unchanged; every host fills it with this one function.
 */
import type { IssueCounts, Issue } from "../issues/issue";
import type { Lang } from "../messages/lang";
import type { SurveyDesign } from "./design-schema";
import { SURVEY_FORMULA, type SurveyResult } from "./score-survey";

/** Where the design that scored the answers came from. */
export interface SurveyDesignUsed {
  /** The questions: a design workbook's questions sheet, or the criteria set's survey items. */
  questionsFrom: "design" | "set";
  /** The design workbook (or spreadsheet) read, also when it only gave groups, scale or units. */
  designName: string | null;
  /** The criteria set the questions were derived from. */
  setName: string | null;
  questions: number;
  criteria: number;
  groups: number;
  weighGroups: boolean;
  /** Units the answers' names are checked against (0: any name is taken as it is). */
  units: number;
  /** Where that list came from: the design, or the consolidation's units list. */
  unitsFrom: "design" | "units-list" | null;
  defaultScale: string;
  minResponses: number;
}

export interface SurveySummaryIssue {
  code: string;
  severity: Issue["severity"];
  sheet: string | null;
  cell: string | null;
  row: number | null;
  criterion: string | null;
  message: string;
}

export interface SurveySummaryUnit {
  unit: string;
  type: string | null;
  forms: number;
  /** null: no answers yet ("chưa có"), never 0. */
  total: number | null;
  belowMinimum: boolean;
}

export interface SurveySummary {
  design: SurveyDesignUsed;
  /** The design in one sentence, in the run's language ("Thiết kế phiếu: …"). */
  designLine: string;
  formula: string;
  forms: { read: number; counted: number; duplicates: number };
  units: SurveySummaryUnit[];
  counts: IssueCounts;
  /** Every issue counted, also those left out of `issues`. */
  totalIssues: number;
  /** The first issues, in the order the cli prints them. */
  issues: SurveySummaryIssue[];
}

export function designUsed(
  design: SurveyDesign,
  from: Pick<SurveyDesignUsed, "questionsFrom" | "designName" | "setName" | "unitsFrom">,
): SurveyDesignUsed {
  return {
    ...from,
    questions: design.questions.length,
    criteria: new Set(design.questions.map((q) => q.criterion)).size,
    groups: design.groups.length,
    weighGroups: design.weighGroups,
    units: design.units.length,
    defaultScale: design.defaultScale,
    minResponses: design.minResponses,
  };
}

/** "Thiết kế phiếu: …" — which design scored the answers, said once for the cli and the panels. */
export function designLine(d: SurveyDesignUsed, lang: Lang): string {
  const vi = lang === "vi";
  const scale =
    d.defaultScale === "abcd"
      ? vi
        ? "thang A/B/C/D = 100/60/20/0 %"
        : "scale A/B/C/D = 100/60/20/0 %"
      : vi
        ? `thang “${d.defaultScale}”`
        : `scale “${d.defaultScale}”`;
  const what = vi
    ? `${d.questions} câu hỏi cho ${d.criteria} tiêu chí, ${scale}`
    : `${d.questions} questions for ${d.criteria} criteria, ${scale}`;
  const source =
    d.questionsFrom === "set"
      ? vi
        ? `câu hỏi suy ra từ các tiêu chí ĐTXHH của bộ tiêu chí “${d.setName ?? ""}” (mỗi tiêu chí một câu)` +
          (d.designName ? `; nhóm, thang, đơn vị và cài đặt từ “${d.designName}”` : "")
        : `questions derived from the survey criteria of the set “${d.setName ?? ""}” (one per criterion)` +
          (d.designName ? `; groups, scale, units and settings from “${d.designName}”` : "")
      : vi
        ? `tệp “${d.designName ?? ""}”`
        : `the file “${d.designName ?? ""}”`;
  const groups =
    d.groups === 0
      ? vi
        ? "mọi phiếu tính như nhau"
        : "every form counts the same"
      : vi
        ? `${d.groups} nhóm đối tượng${d.weighGroups ? " (có trọng số)" : ""}`
        : `${d.groups} respondent groups${d.weighGroups ? " (weighted)" : ""}`;
  const units =
    d.units === 0
      ? vi
        ? "không có danh sách đơn vị: tên đơn vị trên phiếu được nhận nguyên văn"
        : "no list of units: unit names on the forms are taken as written"
      : vi
        ? `so tên đơn vị với ${d.units} đơn vị${d.unitsFrom === "units-list" ? " của danh sách đơn vị" : ""}`
        : `unit names checked against ${d.units} units${d.unitsFrom === "units-list" ? " of the units list" : ""}`;
  const min =
    d.minResponses > 0
      ? vi
        ? `; tối thiểu ${d.minResponses} phiếu/đơn vị`
        : `; at least ${d.minResponses} forms per unit`
      : "";
  return `${vi ? "Thiết kế phiếu" : "Survey design"}: ${source} — ${what}; ${groups}; ${units}${min}.`;
}

export function surveySummary(
  result: SurveyResult,
  used: SurveyDesignUsed,
  lang: Lang,
  issueLimit = 100,
): SurveySummary {
  return {
    design: used,
    designLine: designLine(used, lang),
    formula: SURVEY_FORMULA[lang],
    forms: result.forms,
    units: result.units.map((u) => ({
      unit: u.unit,
      type: u.type,
      forms: u.forms,
      total: u.total,
      belowMinimum: u.belowMinimum,
    })),
    counts: result.counts,
    totalIssues: result.totalIssues,
    issues: result.issues.slice(0, issueLimit).map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      row: i.row,
      criterion: i.criterion,
      message: i.message,
    })),
  };
}
