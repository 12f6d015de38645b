/**
 * The sheets of the survey's output workbook, as host-neutral blocks. The first sheet keeps the
 * layout consolidation's survey reader already recognises (Đơn vị | Tổng điểm ĐTXHH | one column
 * per criterion code), so the file feeds `rank --survey` and the hosts' panels as it is.
 */
import { BlockBuilder } from "../output/block-builder";
import { ownValue } from "../keys/own-keys";
import type { SheetBlock } from "../output/sheet-block";
import type { Lang } from "../messages/lang";
import { SURVEY_FORMULA, type SurveyResult } from "./score-survey";
import { KIND_GROUP, kindOfUnitType } from "../consolidation/unit-kind";

const T = {
  points: { vi: "Điểm ĐTXHH", en: "Survey points" },
  questions: { vi: "ĐTXHH theo câu hỏi", en: "Survey by question" },
  issues: { vi: "ĐTXHH - vấn đề", en: "Survey issues" },
  title: { vi: "ĐIỂM ĐIỀU TRA XÃ HỘI HỌC (ĐTXHH) THEO ĐƠN VỊ", en: "SURVEY (ĐTXHH) POINTS BY UNIT" },
  formula: { vi: "Cách tính: ", en: "Formula: " },
  missing: { vi: "Ô trống: chưa có câu trả lời (không phải 0).", en: "Empty cell: no answers yet (not 0)." },
  stt: { vi: "STT", en: "No." },
  unit: { vi: "Đơn vị", en: "Unit" },
  type: { vi: "Loại", en: "Type" },
  forms: { vi: "Số phiếu", en: "Forms" },
  total: { vi: "Tổng điểm ĐTXHH", en: "Survey total" },
  formsOf: { vi: "Phiếu: ", en: "Forms: " },
  note: { vi: "Ghi chú", en: "Note" },
  noAnswers: { vi: "chưa có phiếu", en: "no forms yet" },
  below: { vi: "dưới số phiếu tối thiểu", en: "below the minimum of forms" },
  question: { vi: "Câu hỏi", en: "Question" },
  criterion: { vi: "Tiêu chí", en: "Criterion" },
  max: { vi: "Điểm tối đa", en: "Maximum" },
  answers: { vi: "Số câu trả lời", en: "Answers" },
  means: {
    vi: "Các cột theo nhóm: số câu trả lời × trung bình trọng số (0–1) của nhóm.",
    en: "By group columns: answers × the group's mean weight (0–1).",
  },
  qpoints: { vi: "Điểm", en: "Points" },
  code: { vi: "Mã", en: "Code" },
  severity: { vi: "Mức độ", en: "Severity" },
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Lưu ý", en: "Note" },
  sheet: { vi: "Trang", en: "Sheet" },
  cell: { vi: "Ô", en: "Cell" },
  message: { vi: "Nội dung", en: "Message" },
} satisfies Record<string, Record<Lang, string>>;

/** The formula, one sentence a row: each fits the table's width (a paragraph would run off the page). */
function formulaRows(lang: Lang): string[] {
  return SURVEY_FORMULA[lang].split(/(?<=\.) (?=\S)/);
}

/** "Sở, ban, ngành" for the design's "department"; a type the core does not know stays as written. */
export function surveyTypeLabel(type: string | null, lang: Lang): string {
  const kind = kindOfUnitType(type);
  return kind ? KIND_GROUP[kind][lang] : (type ?? "");
}

export function surveySheets(
  result: SurveyResult,
  lang: Lang,
  sampleNote?: string,
  /** Which design scored the answers (survey-summary.ts designLine). */
  designNote?: string,
): SheetBlock[] {
  const t = (k: keyof typeof T) => T[k][lang];
  const codes = [...new Set(result.units.flatMap((u) => u.criteria.map((c) => c.code)))].sort(compareCodes);

  // Respondent groups in the order the results name them: one column each, so rows stay one line high.
  const groups = [
    ...new Set(
      result.units.flatMap((u) => [
        ...Object.keys(u.answersByGroup),
        ...u.questions.flatMap((q) => Object.keys(q.byGroup)),
      ]),
    ),
  ];

  const main = new BlockBuilder();
  main.title(t("title"));
  formulaRows(lang).forEach((line, i) => main.row([(i === 0 ? t("formula") : "") + line]));
  if (designNote) main.row([designNote]);
  if (sampleNote) main.row([sampleNote]);
  main.blank();
  main.header([
    t("stt"),
    t("unit"),
    t("type"),
    t("forms"),
    t("total"),
    ...codes,
    ...groups.map((g) => t("formsOf") + g),
    t("note"),
  ]);
  result.units.forEach((u, i) => {
    const byCode = new Map(u.criteria.map((c) => [c.code, c.points]));
    const note = u.forms === 0 ? t("noAnswers") : u.belowMinimum ? t("below") : "";
    main.row([
      i + 1,
      u.unit,
      surveyTypeLabel(u.type, lang),
      u.forms,
      u.total,
      ...codes.map((c) => byCode.get(c) ?? null),
      ...groups.map((g) => ownValue(u.answersByGroup, g) ?? null),
      note,
    ]);
  });
  const numberCols = [4, ...codes.map((_, i) => 5 + i)];
  const noteCol = 5 + codes.length + groups.length;
  const sheets: SheetBlock[] = [
    {
      ...main.build(
        t("points"),
        [5, 30, 15, 8, 10, ...codes.map(() => 7.5), ...groups.map(() => 10), 13],
        numberCols,
        "cchc:survey:v1",
      ),
      wrapColumns: [1, 2, noteCol],
      centerColumns: [0, 3, ...groups.map((_, i) => 5 + codes.length + i)],
    },
  ];

  const q = new BlockBuilder();
  q.title(t("questions"));
  q.row([t("missing")]);
  q.row([t("means")]);
  q.blank();
  q.header([t("unit"), t("question"), t("criterion"), t("max"), t("answers"), t("qpoints"), ...groups]);
  const mean = (x: number | null) => (x ?? 0).toFixed(4).replace(".", lang === "vi" ? "," : ".");
  for (const u of result.units)
    for (const qr of u.questions)
      q.row([
        u.unit,
        qr.code,
        qr.criterion,
        qr.max,
        qr.answers,
        qr.points,
        ...groups.map((g) => {
          const s = ownValue(qr.byGroup, g);
          return s ? `${s.answers} × ${mean(s.mean)}` : null;
        }),
      ]);
  sheets.push({
    ...q.build(t("questions"), [30, 9, 9, 9, 9, 9, ...groups.map(() => 12)], [3, 5]),
    wrapColumns: [0],
    centerColumns: [1, 2, 4, ...groups.map((_, i) => 6 + i)],
  });

  const iss = new BlockBuilder();
  iss.title(t("issues"));
  iss.blank();
  iss.header([t("code"), t("severity"), t("sheet"), t("cell"), t("criterion"), t("message")]);
  for (const i of result.issues) iss.row([i.code, t(i.severity), i.sheet, i.cell, i.criterion, i.message]);
  sheets.push({ ...iss.build(t("issues"), [26, 9, 18, 7, 8, 80], []), wrapColumns: [2, 5] });
  return sheets;
}

function compareCodes(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}
