/**
 * The survey (ĐTXHH) in the Sở Nội vụ's control spreadsheet: Google Forms made from the design
 * sheets (FormApp, scope `forms`), their responses linked into the control spreadsheet, and the
 * points computed from the live responses sheets by the core (surveyFromAnswers) inside
 * consolidation. Reads are one getValues per sheet; every rule is scoring-core's.
 */
import {
  BUILTIN_SCALES,
  readDesignGrids,
  scaleNamed,
  surveyFromAnswers,
  type CellValue,
  type CriteriaSet,
  type Grid,
  type Issue,
  type Lang,
  type Scale,
  type SurveyDesign,
  type SurveyInput,
  type SurveySummary,
} from "@cchc/scoring-core";
import { AddonError } from "../../shared/errors";
import type { Book } from "../services";
import type { ProvinceServices } from "./services";

/** A responses sheet: Google Forms names it "Câu trả lời biểu mẫu N" / "Form Responses N". */
const RESPONSES_SHEET = /^(câu trả lời biểu mẫu|form responses|phiếu|tra loi|câu trả lời)/i;
const TIMESTAMP = /^(dấu thời gian|timestamp)$/i;

function cell(v: unknown): CellValue {
  if (v instanceof Date) return v.toISOString();
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
}

/** Every sheet's values, one getDataRange().getValues() each. */
function sheetGrids(book: Book): Grid[] {
  return book.getSheets().map((sheet) => ({
    sheet: sheet.getName(),
    values: sheet
      .getDataRange()
      .getValues()
      .map((row) => row.map(cell)),
  }));
}

function isResponses(g: Grid): boolean {
  const first = g.values[0] ?? [];
  return RESPONSES_SHEET.test(g.sheet) || (typeof first[0] === "string" && TIMESTAMP.test(first[0].trim()));
}

export interface ControlSurvey {
  byUnit: Map<string, SurveyInput>;
  /** The responses sheets read, and their data rows (forms): the survey input's presence. */
  sheets: string[];
  rows: number;
  forms: number;
  issues: Issue[];
  /** What the sidebar shows: the design used, forms, units ("chưa có") and issues. */
  summary: SurveySummary;
}

/**
 * Survey points from the control spreadsheet's live responses sheets. The questions are the
 * design sheets' (when the spreadsheet has a questions sheet), else the criteria set's survey
 * items; the core decides. null when there are no responses sheets, or no form in them and no
 * design (the survey column of "Đơn vị" is used then). A design that cannot be used stops the
 * consolidation with its reason, before anything is written.
 */
export function surveyFromControl(
  book: Book,
  lang: Lang,
  sets: readonly CriteriaSet[],
  units: readonly string[] = [],
): ControlSurvey | null {
  const grids = sheetGrids(book);
  const responses = grids.filter(isResponses);
  if (responses.length === 0) return null;
  const design = grids.filter((g) => !isResponses(g));
  const r = surveyFromAnswers(design, [{ source: book.getName(), grids: responses }], {
    lang,
    sets,
    designName: book.getName(),
    units,
  });
  if (!r.ok)
    throw new AddonError(
      "workflow",
      (lang === "vi"
        ? "Không tính được điểm ĐTXHH từ các trang câu trả lời biểu mẫu: "
        : "Survey points cannot be computed from the form responses sheets: ") +
        r.issues.map((i) => i.message).join(" ") +
        "\n" +
        (lang === "vi"
          ? "Thêm trang thiết kế phiếu (Mã câu hỏi, Tiêu chí, Điểm tối đa), hoặc chọn bộ tiêu chí có tiêu chí ĐTXHH trong “Cài đặt”."
          : "Add a design sheet (question code, criterion, maximum), or choose a criteria set with survey criteria in “Cài đặt”."),
    );
  // A sheet that only looks like responses, with no design sheet: nothing to score.
  if (r.summary.design.questionsFrom === "set" && r.result.forms.read === 0) return null;
  return {
    byUnit: r.byUnit,
    sheets: responses.map((g) => g.sheet),
    rows: responses.reduce((n, g) => n + Math.max(0, g.values.length - 1), 0),
    forms: r.result.forms.counted,
    issues: r.issues,
    summary: r.summary,
  };
}

/** An option's text on the form: "A. Rất tốt" (its label and first alias), or the label alone. */
function choices(scale: Scale): string[] {
  if (scale.kind !== "options") return [];
  return scale.options.map((o) =>
    o.aliases?.[0] && o.label.length <= 2 ? `${o.label}. ${o.aliases[0]}` : o.label,
  );
}

export interface CreatedForm {
  unitType: string | null;
  title: string;
  editUrl: string;
  publishedUrl: string;
  questions: number;
}

/**
 * One Google Form per unit type of the design (group, unit rated, then a question each), its
 * responses sent to this control spreadsheet. The answers then arrive as a responses sheet the
 * consolidation reads.
 */
export function createSurveyForms(svc: ProvinceServices, book: Book, lang: Lang): CreatedForm[] {
  const FormApp = svc.FormApp;
  if (!FormApp)
    throw new AddonError(
      "server-error",
      lang === "vi"
        ? "Bản tiện ích này chưa có quyền tạo Google Biểu mẫu (phạm vi forms)."
        : "This deployment cannot create Google Forms (the forms scope).",
    );
  const read = readDesignGrids(
    sheetGrids(book).filter((g) => !isResponses(g)),
    lang,
  );
  if (!read.design)
    throw new AddonError(
      "sheet-not-found",
      read.issues[0]?.message ??
        (lang === "vi" ? "Không có trang thiết kế phiếu điều tra." : "No survey design sheet."),
    );
  const design: SurveyDesign = read.design;
  const types = [...new Set(design.questions.map((q) => q.unitType ?? null))];
  return types.map((type) => {
    const questions = design.questions.filter((q) => (q.unitType ?? null) === type);
    const units = design.units.filter((u) => type === null || u.type === type || !u.type).map((u) => u.name);
    const title =
      (design.title ?? (lang === "vi" ? "Phiếu điều tra xã hội học" : "Sociological survey")) +
      (type ? ` — ${type}` : "");
    const form = FormApp.create(title);
    form.setDescription(
      lang === "vi"
        ? "Phiếu khảo sát đánh giá Chỉ số CCHC. Chọn nhóm đối tượng và đơn vị được đánh giá, rồi trả lời từng câu."
        : "Survey for the Administrative Reform Index. Pick your respondent group and the unit you rate, then answer each question.",
    );
    if (design.groups.length > 0)
      form
        .addListItem()
        .setTitle("Nhóm đối tượng")
        .setChoiceValues(design.groups.map((g) => g.name))
        .setRequired(true);
    const unitItem = form.addListItem().setTitle("Đơn vị được đánh giá").setRequired(true);
    if (units.length > 0) unitItem.setChoiceValues(units);
    for (const q of questions) {
      const scale = scaleNamed(design, q.scale);
      const text = `${q.code}. ${q.text}`.trim();
      if (scale?.kind === "numeric")
        form.addScaleItem().setTitle(text).setBounds(scale.min, scale.max).setRequired(false);
      else
        form
          .addMultipleChoiceItem()
          .setTitle(text)
          .setChoiceValues(choices(scale ?? BUILTIN_SCALES["abcd"]!))
          .setRequired(false);
    }
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
    return {
      unitType: type,
      title,
      editUrl: form.getEditUrl(),
      publishedUrl: form.getPublishedUrl(),
      questions: questions.length,
    };
  });
}
