/**
 * The sheets of the survey's output workbook, as host-neutral blocks. The first sheet keeps the
 * layout consolidation's survey reader already recognises (Đơn vị | Tổng điểm ĐTXHH | one column
 * per criterion code), so the file feeds `rank --survey` and the hosts' panels as it is.
 */
import { BlockBuilder } from "../output/block-builder";
import type { SheetBlock } from "../output/sheet-block";
import type { Lang } from "../messages/lang";
import { SURVEY_FORMULA, type SurveyResult } from "./score-survey";

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
  byGroup: { vi: "Số phiếu theo nhóm", en: "Forms by group" },
  note: { vi: "Ghi chú", en: "Note" },
  noAnswers: { vi: "chưa có phiếu", en: "no forms yet" },
  below: { vi: "dưới số phiếu tối thiểu", en: "below the minimum of forms" },
  question: { vi: "Câu hỏi", en: "Question" },
  criterion: { vi: "Tiêu chí", en: "Criterion" },
  max: { vi: "Điểm tối đa", en: "Maximum" },
  answers: { vi: "Số câu trả lời", en: "Answers" },
  means: { vi: "Trung bình theo nhóm (0–1)", en: "Mean by group (0–1)" },
  qpoints: { vi: "Điểm", en: "Points" },
  code: { vi: "Mã", en: "Code" },
  severity: { vi: "Mức độ", en: "Severity" },
  sheet: { vi: "Trang", en: "Sheet" },
  cell: { vi: "Ô", en: "Cell" },
  message: { vi: "Nội dung", en: "Message" },
} satisfies Record<string, Record<Lang, string>>;

export function surveySheets(result: SurveyResult, lang: Lang, sampleNote?: string): SheetBlock[] {
  const t = (k: keyof typeof T) => T[k][lang];
  const codes = [...new Set(result.units.flatMap((u) => u.criteria.map((c) => c.code)))].sort(compareCodes);

  const main = new BlockBuilder();
  main.title(t("title"));
  main.row([t("formula") + SURVEY_FORMULA[lang]]);
  if (sampleNote) main.row([sampleNote]);
  main.blank();
  main.header([t("stt"), t("unit"), t("type"), t("forms"), t("total"), ...codes, t("byGroup"), t("note")]);
  result.units.forEach((u, i) => {
    const byCode = new Map(u.criteria.map((c) => [c.code, c.points]));
    const groups = Object.entries(u.answersByGroup)
      .map(([g, n]) => `${g}: ${n}`)
      .join("; ");
    const note = u.forms === 0 ? t("noAnswers") : u.belowMinimum ? t("below") : "";
    main.row([
      i + 1,
      u.unit,
      u.type ?? "",
      u.forms,
      u.total,
      ...codes.map((c) => byCode.get(c) ?? null),
      groups,
      note,
    ]);
  });
  const numberCols = [4, ...codes.map((_, i) => 5 + i)];
  const sheets = [
    main.build(
      t("points"),
      [6, 34, 12, 10, 14, ...codes.map(() => 10), 40, 24],
      numberCols,
      "cchc:survey:v1",
    ),
  ];

  const q = new BlockBuilder();
  q.title(t("questions"));
  q.row([t("missing")]);
  q.blank();
  q.header([t("unit"), t("question"), t("criterion"), t("max"), t("answers"), t("qpoints"), t("means")]);
  for (const u of result.units)
    for (const qr of u.questions) {
      const means = Object.entries(qr.byGroup)
        .map(
          ([g, s]) =>
            `${g}: ${s.answers} × ${(s.mean ?? 0).toFixed(4).replace(".", lang === "vi" ? "," : ".")}`,
        )
        .join("; ");
      q.row([u.unit, qr.code, qr.criterion, qr.max, qr.answers, qr.points, means]);
    }
  sheets.push(q.build(t("questions"), [34, 12, 10, 10, 12, 10, 60], [3, 5]));

  const iss = new BlockBuilder();
  iss.title(t("issues"));
  iss.blank();
  iss.header([t("code"), t("severity"), t("sheet"), t("cell"), t("criterion"), t("message")]);
  for (const i of result.issues) iss.row([i.code, i.severity, i.sheet, i.cell, i.criterion, i.message]);
  sheets.push(iss.build(t("issues"), [28, 10, 18, 8, 10, 100], []));
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
