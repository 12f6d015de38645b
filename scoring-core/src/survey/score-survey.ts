/**
 * Survey (ĐTXHH) points from the raw answers.
 *
 * A question's points = its maximum × the mean weight of its counted answers. With weighed groups:
 * its maximum × (Σ group weight × group mean) ÷ (Σ weights of the groups that answered).
 * A criterion's points = the sum of its questions' points; a unit's total = the sum of its criteria.
 * Means are exact fractions (BigInt) rounded once, to micro-points, half away from zero. Missing is
 * missing: a question nobody answered on the scale leaves its criterion "chưa có" (null), never 0.
 */
import { columnLetters } from "../grid/address";
import type { CellValue, Grid } from "../grid/grid";
import { foldText } from "../grid/fold-text";
import { foldCached } from "../grid/fold-cache";
import { fromUnits, SCALE, toUnits } from "../numbers/decimal";
import type { Lang } from "../messages/lang";
import { cellText } from "../table/cell-read";
import { IssueCollector, type Issue, type IssueCounts } from "../issues/issue";
import type { CriteriaSet } from "../criteria-set/schema";
import { ScaleReader, scaleNamed } from "./answer-scale";
import { setOwn } from "../keys/own-keys";
import type { SurveyDesign } from "./design-schema";
import { findAnswerSheet, questionKeys, type AnswerSheet } from "./read-answers";
import { UnitMatcher } from "./unit-match";
import { criterionMaxima } from "./design-from-set";

export interface AnswersInput {
  /** File or spreadsheet name, for messages. */
  source: string;
  grids: Grid[];
}

export interface SurveyOptions {
  lang?: Lang;
  /** Criteria sets: their survey items' maxima (per unit type) are checked against the questions'. */
  sets?: readonly CriteriaSet[];
  /** Cap on listed issues (all are counted). */
  issueLimit?: number;
}

export interface GroupStat {
  answers: number;
  /** Mean weight 0..1 of the group's answers (rounded to 6 decimals), null without answers. */
  mean: number | null;
}

export interface QuestionResult {
  code: string;
  criterion: string;
  max: number;
  points: number | null;
  answers: number;
  byGroup: Record<string, GroupStat>;
}

export interface CriterionResult {
  code: string;
  points: number | null;
  max: number;
  answers: number;
}

export interface SurveyUnitResult {
  unit: string;
  type: string | null;
  /** Sum of the criteria that have points; null when none has (no answers: "chưa có"). */
  total: number | null;
  /** Forms counted for this unit. */
  forms: number;
  criteria: CriterionResult[];
  questions: QuestionResult[];
  /** Forms per respondent group (group name as the design or the forms spell it). */
  answersByGroup: Record<string, number>;
  belowMinimum: boolean;
}

export interface SurveyResult {
  units: SurveyUnitResult[];
  issues: Issue[];
  counts: IssueCounts;
  totalIssues: number;
  truncated: boolean;
  /** Rows read (forms), counted, duplicates. */
  forms: { read: number; counted: number; duplicates: number };
}

/** The formula, said in the output sheet and the README. */
export const SURVEY_FORMULA: Record<Lang, string> = {
  vi: "Điểm câu hỏi = điểm tối đa của câu hỏi × trung bình trọng số các câu trả lời hợp lệ (A = 100 %, B = 60 %, C = 20 %, D = 0 % theo mặc định; “Không biết / không trả lời” không tính). Khi có trọng số nhóm: trung bình có trọng số của trung bình từng nhóm, chỉ trên các nhóm đã trả lời. Điểm tiêu chí = tổng điểm các câu hỏi của tiêu chí; tổng ĐTXHH = tổng điểm các tiêu chí. Ô trống = chưa có câu trả lời (không phải 0).",
  en: "Question points = the question's maximum × the mean weight of its valid answers (A = 100 %, B = 60 %, C = 20 %, D = 0 % by default; “don't know / no answer” is not counted). With group weights: the weighted mean of the groups' means, over the groups that answered. Criterion points = the sum of its questions' points; survey total = the sum of the criteria. An empty cell = no answers yet (not 0).",
};

interface UnitSlot {
  name: string;
  /** Folded name, for duplicate keys. */
  key: string;
  type: string | null;
  forms: number;
  formsByGroup: Map<number, number>;
  /** [question * G + group] → sum of weight micro-units / count. */
  sums: Float64Array;
  counts: Float64Array;
  answered: Set<number>;
}

/** Round-half-up division of non-negative BigInts. */
function divRound(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

export function scoreSurvey(
  design: SurveyDesign,
  inputs: readonly AnswersInput[],
  options: SurveyOptions = {},
): SurveyResult {
  const lang = options.lang ?? "vi";
  const issues = new IssueCollector(lang, null, options.issueLimit ?? 1000);
  const Q = design.questions.length;

  // --- the design -------------------------------------------------------------------------
  const readers: (ScaleReader | null)[] = design.questions.map((q) => {
    const s = scaleNamed(design, q.scale);
    if (!s)
      issues.add("survey-design-invalid", {
        criterion: q.criterion,
        params: {
          reason:
            lang === "vi"
              ? `câu hỏi ${q.code} dùng thang “${q.scale ?? design.defaultScale}” không có trong thiết kế`
              : `question ${q.code} uses scale “${q.scale ?? design.defaultScale}”, which the design does not define`,
        },
      });
    return s ? new ScaleReader(s) : null;
  });
  const groupNames: string[] = design.groups.map((g) => g.name);
  const groupIndex = new Map<string, number>();
  design.groups.forEach((g, i) => {
    groupIndex.set(foldText(g.code), i);
    groupIndex.set(foldText(g.name), i);
  });
  /** Question → the folded codes and names of the groups that answer it (null: every group). */
  const allowed: (Set<string> | null)[] = design.questions.map((q) =>
    q.groups ? new Set(q.groups.map((g) => foldText(g))) : null,
  );
  /** Group index → its folded code and name (groups met only in the forms: their name). */
  const groupKeys: string[][] = design.groups.map((g) => [foldText(g.code), foldText(g.name)]);
  const groupAllowed = (allow: Set<string>, g: number) => {
    const ks = groupKeys[g] ?? [foldText(groupNames[g] ?? "")];
    return ks.some((k) => allow.has(k));
  };
  checkMaxima(design, options.sets ?? [], issues);

  // --- units ------------------------------------------------------------------------------
  const matcher = new UnitMatcher(design.units);
  const units: UnitSlot[] = [];
  const unitByKey = new Map<string, UnitSlot>();
  // Groups met in the forms but not in the design grow the list (for counts); G is fixed below.
  const maxGroups = design.groups.length + 64;
  const slot = (name: string, type: string | null): UnitSlot => {
    const key = foldCached(name);
    let u = unitByKey.get(key);
    if (!u) {
      u = {
        name,
        key,
        type,
        forms: 0,
        formsByGroup: new Map(),
        sums: new Float64Array(Q * (maxGroups + 1)),
        counts: new Float64Array(Q * (maxGroups + 1)),
        answered: new Set(),
      };
      unitByKey.set(key, u);
      units.push(u);
    }
    return u;
  };
  for (const u of design.units) slot(u.name, u.type ?? null);
  const G = maxGroups + 1; // the last slot: no group given
  const NO_GROUP = maxGroups;

  // --- answers ----------------------------------------------------------------------------
  const keys = questionKeys(design);
  const found = new Set<number>();
  const seenForms = new Map<string, string>();
  let read = 0;
  let counted = 0;
  let duplicates = 0;
  const reportedGroups = new Set<string>();
  for (const input of inputs) {
    // A file with no answers sheet at all is said once, never read as "no forms".
    const sheets = input.grids.map((grid) => findAnswerSheet(input.source, grid, keys));
    if (sheets.every((x) => x === null)) {
      const codes = design.questions.map((q) => q.code);
      issues.add("survey-answers-not-found", {
        params: {
          file: input.source,
          questions: codes.slice(0, 4).join(", ") + (codes.length > 4 ? ", …" : ""),
        },
      });
    }
    for (const [gi, grid] of input.grids.entries()) {
      const sheet = sheets[gi];
      if (!sheet) continue;
      for (const [, q] of sheet.questionCols) found.add(q);
      const file = input.source;
      const oRow = grid.origin?.row ?? 0;
      const oCol = grid.origin?.col ?? 0;
      const at = (c: number, r: number) => columnLetters(c + oCol) + (r + oRow + 1);
      for (const u of sheet.unmatched)
        issues.add("survey-column-unmatched", {
          sheet: grid.sheet,
          cell: at(u.col, sheet.headerRow),
          row: sheet.headerRow + oRow + 1,
          column: columnLetters(u.col + oCol),
          value: u.text,
          params: { file },
        });
      const unitC = sheet.roles.unit;
      if (unitC === undefined) {
        issues.add("column-missing", {
          sheet: grid.sheet,
          row: sheet.headerRow + oRow + 1,
          params: { column: lang === "vi" ? "Đơn vị được đánh giá" : "Unit rated" },
        });
        continue;
      }
      const groupC = sheet.roles.group;
      const formC = sheet.roles.form;
      const emailC = sheet.roles.email;
      const values = grid.values;
      for (let r = sheet.headerRow + 1; r < values.length; r++) {
        const row = values[r];
        if (!Array.isArray(row)) continue;
        if (!rowHasAnswers(row, sheet)) continue;
        read++;
        const sr = r + oRow + 1;
        const unitName = cellText(row[unitC] ?? null);
        if (unitName === "") {
          issues.add("survey-unit-missing", { sheet: grid.sheet, row: sr, params: { file } });
          continue;
        }
        let unit: UnitSlot;
        if (matcher.size > 0) {
          const m = matcher.match(unitName);
          if (m.kind === "unknown") {
            const suggestion = m.suggestion
              ? lang === "vi"
                ? ` (có phải “${m.suggestion.name}”?)`
                : ` (did you mean “${m.suggestion.name}”?)`
              : "";
            issues.add("survey-unit-unknown", {
              sheet: grid.sheet,
              cell: at(unitC, r),
              row: sr,
              column: columnLetters(unitC + oCol),
              value: unitName,
              params: { file, suggestion, ...(m.suggestion ? { closest: m.suggestion.name } : {}) },
            });
            continue;
          }
          unit = slot(m.unit.name, m.unit.type ?? null);
        } else unit = slot(unitName, null);

        // Respondent group.
        let g = NO_GROUP;
        const groupText = groupC === undefined ? "" : cellText(row[groupC] ?? null);
        if (groupText !== "") {
          const key = foldCached(groupText);
          let gi = groupIndex.get(key);
          if (gi === undefined && groupNames.length < maxGroups && design.groups.length === 0) {
            gi = groupNames.length;
            groupNames.push(groupText);
            groupIndex.set(key, gi);
          }
          if (gi === undefined) {
            if (!reportedGroups.has(key)) {
              reportedGroups.add(key);
              issues.add("survey-group-unknown", {
                sheet: grid.sheet,
                cell: at(groupC!, r),
                row: sr,
                column: columnLetters(groupC! + oCol),
                value: groupText,
                params: { file },
              });
            }
          } else g = gi;
        }

        // Exact duplicates: same unit, group, form number, e-mail and answers (timestamp aside).
        let dupKey = `${unit.key}\u0001${g}\u0001${formC === undefined ? "" : cellText(row[formC] ?? null)}\u0001${emailC === undefined ? "" : cellText(row[emailC] ?? null)}`;
        for (const [c] of sheet.questionCols) dupKey += `\u0001${keyOf(row[c] ?? null)}`;
        const first = seenForms.get(dupKey);
        if (first !== undefined) {
          duplicates++;
          issues.add("survey-form-duplicate", {
            sheet: grid.sheet,
            row: sr,
            params: { file, other: first },
          });
          continue;
        }
        seenForms.set(dupKey, `${file} ${lang === "vi" ? "dòng" : "row"} ${sr}`);

        counted++;
        unit.forms++;
        unit.formsByGroup.set(g, (unit.formsByGroup.get(g) ?? 0) + 1);
        for (const [c, q] of sheet.questionCols) {
          const v: CellValue = row[c] ?? null;
          const reader = readers[q];
          if (!reader) continue;
          const a = reader.read(v);
          if (a.kind === "blank") continue;
          const question = design.questions[q]!;
          // Addresses are built only for an issue: most answers have none.
          const where = () => ({
            sheet: grid.sheet,
            cell: at(c, r),
            row: sr,
            column: columnLetters(c + oCol),
          });
          if (a.kind === "invalid") {
            issues.add("survey-answer-invalid", {
              ...where(),
              criterion: question.criterion,
              value: a.text,
              params: { file, question: question.code },
            });
            continue;
          }
          if (question.unitType && unit.type && question.unitType !== unit.type) {
            issues.add("survey-question-not-for-unit", {
              ...where(),
              criterion: question.criterion,
              value: cellText(v),
              params: { file, question: question.code, unit: unit.name },
            });
            continue;
          }
          const allow = allowed[q];
          if (allow && g !== NO_GROUP && !groupAllowed(allow, g)) {
            issues.add("survey-question-not-for-group", {
              ...where(),
              criterion: question.criterion,
              value: cellText(v),
              params: { file, question: question.code, group: groupNames[g] ?? "" },
            });
            continue;
          }
          unit.answered.add(q);
          if (a.kind === "excluded") continue;
          unit.sums[q * G + g]! += toUnits(a.weight);
          unit.counts[q * G + g]! += 1;
        }
      }
    }
  }
  design.questions.forEach((q, i) => {
    if (!found.has(i) && inputs.length > 0)
      issues.add("survey-question-missing", { criterion: q.criterion, params: { question: q.code } });
  });

  // --- points -----------------------------------------------------------------------------
  const weights = design.groups.map((g) => (design.weighGroups ? toUnits(g.weight ?? 0) : 0));
  const maxima = criterionMaxima(design, options.sets ?? []);
  const results: SurveyUnitResult[] = units.map((u) => {
    const applicable = design.questions
      .map((q, i) => ({ q, i }))
      .filter(({ q, i }) => (u.type !== null ? !q.unitType || q.unitType === u.type : u.answered.has(i)));
    const questions: QuestionResult[] = applicable.map(({ q, i }) => {
      const byGroup: Record<string, GroupStat> = {};
      let n = 0;
      let sum = 0;
      for (let g = 0; g < G; g++) {
        const c = u.counts[i * G + g]!;
        if (c === 0) continue;
        const s = u.sums[i * G + g]!;
        n += c;
        sum += s;
        setOwn(byGroup, groupLabel(g, NO_GROUP, groupNames, lang), {
          answers: c,
          mean: fromUnits(Number(divRound(BigInt(s), BigInt(c)))),
        });
      }
      let points: number | null = null;
      const maxU = BigInt(toUnits(q.max));
      if (design.weighGroups) {
        // Σ w_g·S_g/n_g over weighed groups that answered, as one fraction num/den.
        let num = 0n;
        let den = 1n;
        let wSum = 0n;
        for (let g = 0; g < design.groups.length; g++) {
          const c = u.counts[i * G + g]!;
          const w = weights[g]!;
          if (c === 0 || w <= 0) continue;
          const cb = BigInt(c);
          num = num * cb + BigInt(w) * BigInt(u.sums[i * G + g]!) * den;
          den *= cb;
          wSum += BigInt(w);
        }
        if (wSum > 0n) points = fromUnits(Number(divRound(maxU * num, den * wSum * BigInt(SCALE))));
      } else if (n > 0) {
        points = fromUnits(Number(divRound(maxU * BigInt(sum), BigInt(n) * BigInt(SCALE))));
      }
      if (points === null && u.forms > 0)
        issues.add("survey-question-no-answers", {
          criterion: q.criterion,
          value: u.name,
          params: { question: q.code },
        });
      return { code: q.code, criterion: q.criterion, max: q.max, points, answers: n, byGroup };
    });
    const criteria: CriterionResult[] = [];
    const byCode = new Map<string, QuestionResult[]>();
    for (const q of questions) {
      let list = byCode.get(q.criterion);
      if (!list) byCode.set(q.criterion, (list = []));
      list.push(q);
    }
    let total = 0;
    let any = false;
    for (const [code, qs] of byCode) {
      const missing = qs.some((q) => q.points === null);
      const pts = missing ? null : fromUnits(qs.reduce((a, q) => a + toUnits(q.points!), 0));
      if (pts !== null) {
        total += toUnits(pts);
        any = true;
      }
      criteria.push({
        code,
        points: pts,
        max: maxima.get(code)?.forType(u.type) ?? fromUnits(qs.reduce((a, q) => a + toUnits(q.max), 0)),
        answers: qs.reduce((a, q) => a + q.answers, 0),
      });
    }
    const answersByGroup: Record<string, number> = {};
    for (const [g, c] of u.formsByGroup) setOwn(answersByGroup, groupLabel(g, NO_GROUP, groupNames, lang), c);
    if (u.forms === 0) issues.add("survey-unit-no-answers", { value: u.name });
    const belowMinimum = u.forms > 0 && u.forms < design.minResponses;
    if (belowMinimum)
      issues.add("survey-below-minimum", {
        value: u.name,
        params: { count: u.forms, minimum: design.minResponses },
      });
    return {
      unit: u.name,
      type: u.type,
      total: any ? fromUnits(total) : null,
      forms: u.forms,
      criteria,
      questions,
      answersByGroup,
      belowMinimum,
    };
  });
  return {
    units: results,
    issues: issues.issues,
    counts: issues.counts,
    totalIssues: issues.total,
    truncated: issues.truncated,
    forms: { read, counted, duplicates },
  };
}

function groupLabel(g: number, none: number, names: readonly string[], lang: Lang): string {
  if (g === none) return lang === "vi" ? "(không ghi nhóm)" : "(no group)";
  return names[g] ?? String(g);
}

function keyOf(v: CellValue): string {
  return v === null ? "" : typeof v === "string" ? foldCached(v) : String(v);
}

function rowHasAnswers(row: readonly CellValue[], sheet: AnswerSheet): boolean {
  for (const [c] of sheet.questionCols) {
    const v = row[c];
    if (v !== null && v !== undefined && v !== "") return true;
  }
  const u = sheet.roles.unit;
  return u !== undefined && row[u] !== null && row[u] !== undefined && row[u] !== "";
}

/** Warns where a criterion's questions do not add up to its survey maximum. */
function checkMaxima(design: SurveyDesign, sets: readonly CriteriaSet[], issues: IssueCollector): void {
  const maxima = criterionMaxima(design, sets);
  const sums = new Map<string, Map<string, number>>();
  for (const q of design.questions) {
    const byType = sums.get(q.criterion) ?? new Map<string, number>();
    sums.set(q.criterion, byType);
    const t = q.unitType ?? "";
    byType.set(t, (byType.get(t) ?? 0) + toUnits(q.max));
  }
  for (const [code, byType] of sums) {
    const m = maxima.get(code);
    if (!m) continue;
    for (const [t, s] of byType) {
      const expected = m.forType(t === "" ? null : t);
      if (expected !== null && toUnits(expected) !== s)
        issues.add("survey-max-mismatch", {
          criterion: code,
          value: expected,
          params: { expected: fromUnits(s), ...(t ? { unitType: t } : {}) },
        });
    }
  }
}
