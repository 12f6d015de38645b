/**
 * The hosts' use case: a design workbook's grids (or criteria sets) plus answers files → survey
 * input per unit for consolidation, the issues, and the summary a panel shows. One function so
 * Excel, Sheets and the cli agree on every number and on which design was used.
 */
import type { Grid } from "../grid/grid";
import type { Lang } from "../messages/lang";
import type { Issue } from "../issues/issue";
import { IssueCollector } from "../issues/issue";
import type { CriteriaSet } from "../criteria-set/schema";
import type { SurveyInput } from "../totals/compute-totals";
import { readDesignGrids } from "./read-design";
import { designFromSets, hasSurveyItems } from "./design-from-set";
import type { SurveyDesign } from "./design-schema";
import { scoreSurvey, type AnswersInput, type SurveyResult } from "./score-survey";
import { surveyInputsFromResult } from "./survey-report";
import { designUsed, surveySummary, type SurveyDesignUsed, type SurveySummary } from "./survey-summary";

export type SurveyFromAnswers =
  | {
      ok: true;
      byUnit: Map<string, SurveyInput>;
      result: SurveyResult;
      issues: Issue[];
      design: SurveyDesign;
      summary: SurveySummary;
    }
  | { ok: false; issues: Issue[] };

export interface SurveyFromAnswersOptions {
  lang?: Lang;
  /** The criteria set(s) in use: their survey items' maxima are checked, and give the questions without a design. */
  sets?: readonly CriteriaSet[];
  /** The design workbook's name, for the summary ("Thiết kế phiếu: tệp …"). */
  designName?: string | null;
  /**
   * The consolidation's units list: answers' unit names are checked against it when the design
   * lists none. Names only: a list's unit types need not be spelled as the design's.
   */
  units?: readonly string[];
}

/** The design: the workbook's questions sheet, else the sets' survey items (with the workbook's other sheets). */
function resolveDesign(
  designGrids: readonly Grid[] | null,
  sets: readonly CriteriaSet[],
  options: SurveyFromAnswersOptions,
  lang: Lang,
): { design: SurveyDesign; used: SurveyDesignUsed; issues: Issue[] } | { design: null; issues: Issue[] } {
  const designName = options.designName ?? null;
  const setName = sets.map((s) => s.name).join(", ");
  const fromSet = () => designFromSets(sets);
  if (designGrids) {
    const read = readDesignGrids(designGrids, lang);
    if (read.questionsSheet !== null || sets.length === 0 || !hasSurveyItems(sets)) {
      return read.design
        ? {
            design: read.design,
            issues: read.issues,
            used: designUsed(read.design, {
              questionsFrom: "design",
              designName,
              setName: null,
              unitsFrom: null,
            }),
          }
        : { design: null, issues: read.issues };
    }
    // A workbook of groups, weights, scale or units only: the set's survey items are the questions.
    const merged = readDesignGrids(designGrids, lang, { questions: fromSet().questions });
    return merged.design
      ? {
          design: merged.design,
          issues: merged.issues,
          used: designUsed(merged.design, { questionsFrom: "set", designName, setName, unitsFrom: null }),
        }
      : { design: null, issues: merged.issues };
  }
  if (sets.length === 0 || !hasSurveyItems(sets)) {
    const issues = new IssueCollector(lang, null);
    issues.add("survey-design-invalid", {
      params: {
        reason:
          sets.length === 0
            ? lang === "vi"
              ? "chưa có tệp thiết kế phiếu, cũng chưa chọn bộ tiêu chí để lấy câu hỏi từ các tiêu chí ĐTXHH"
              : "there is no design file, and no criteria set to take the questions from its survey criteria"
            : lang === "vi"
              ? `bộ tiêu chí “${setName}” không có tiêu chí nào chấm bằng ĐTXHH; cần tệp thiết kế phiếu`
              : `the criteria set “${setName}” has no survey-scored criterion; a design file is needed`,
      },
    });
    return { design: null, issues: issues.issues };
  }
  const design = fromSet();
  return {
    design,
    issues: [],
    used: designUsed(design, { questionsFrom: "set", designName: null, setName, unitsFrom: null }),
  };
}

export function surveyFromAnswers(
  designGrids: readonly Grid[] | null,
  answers: readonly AnswersInput[],
  options: SurveyFromAnswersOptions = {},
): SurveyFromAnswers {
  const lang = options.lang ?? "vi";
  const sets = options.sets ?? [];
  const resolved = resolveDesign(designGrids, sets, options, lang);
  if (!resolved.design) return { ok: false, issues: resolved.issues };
  let { design, used } = resolved;
  const listed = [...new Set((options.units ?? []).map((u) => u.trim()).filter((u) => u !== ""))];
  if (design.units.length === 0 && listed.length > 0) {
    design = { ...design, units: listed.map((name) => ({ name })) };
    used = { ...used, units: design.units.length, unitsFrom: "units-list" };
  } else if (design.units.length > 0) used = { ...used, unitsFrom: "design" };
  const result = scoreSurvey(design, answers, { lang, sets });
  // Design problems come first: they explain everything after them.
  result.issues.unshift(...resolved.issues);
  for (const i of resolved.issues) result.counts[i.severity]++;
  result.totalIssues += resolved.issues.length;
  return {
    ok: true,
    byUnit: surveyInputsFromResult(result.units),
    result,
    issues: result.issues,
    design,
    summary: surveySummary(result, used, lang),
  };
}
