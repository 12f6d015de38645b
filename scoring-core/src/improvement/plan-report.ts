/**
 * The improvement plan as a Word document shaped like a Kế hoạch: the heading, where the province
 * loses points (per group, each field with its owner), then the task table per group (nhiệm vụ,
 * cơ quan chủ trì, cơ quan phối hợp, kết quả đầu ra, thời hạn — left empty for the Sở Nội vụ) on
 * landscape pages, and how the draft was made. The same ReportModel the ranking report renders.
 */
import type { Lang } from "../messages/lang";
import { formatNumber } from "../messages/format-number";
import { issuerLines, type PublishHeading } from "../output/heading";
import { labels } from "../output/labels";
import type { ReportBlock, ReportModel } from "../output/report-model";
import { appraiserSourceNote } from "../output/resolve-appraiser";
import type { ImprovementPlan, PlanField, PlanTask } from "./improvement-plan";

const T = {
  vi: {
    title: (y: string) => ["KẾ HOẠCH", `Nâng cao Chỉ số cải cách hành chính (dự thảo từ kết quả năm ${y})`],
    s1: "I. KẾT QUẢ VÀ NHỮNG LĨNH VỰC CÒN MẤT ĐIỂM",
    s1Intro: (y: string) =>
      `Theo kết quả xác định Chỉ số CCHC năm ${y}, các lĩnh vực dưới đây bị mất nhiều điểm nhất (tổng điểm mất trên tổng điểm tối đa của các đơn vị trong nhóm).`,
    s2: "II. NHIỆM VỤ",
    s2Intro:
      "Mỗi nhiệm vụ khắc phục một tiêu chí mất nhiều điểm; cơ quan chủ trì là cơ quan phụ trách lĩnh vực, cơ quan phối hợp là các đơn vị bị mất điểm.",
    s3: "III. TỔ CHỨC THỰC HIỆN",
    s3Text: [
      "Thời hạn hoàn thành từng nhiệm vụ do Sở Nội vụ đề xuất khi hoàn thiện Kế hoạch.",
      "Dự thảo do công cụ chấm điểm tạo từ kết quả năm; cơ quan chủ trì theo phân công lĩnh vực, có thể điều chỉnh.",
    ],
    group: (g: string) => `Nhóm ${g}`,
    no: "STT",
    field: "Lĩnh vực",
    owner: "Cơ quan phụ trách",
    lost: "Điểm mất / tối đa",
    share: "Tỷ lệ mất (%)",
    change: "So với năm trước (điểm %)",
    task: "Nhiệm vụ",
    lead: "Cơ quan chủ trì",
    partners: "Cơ quan phối hợp",
    output: "Kết quả đầu ra",
    deadline: "Thời hạn",
    none: "Không có tiêu chí nào mất điểm.",
  },
  en: {
    title: (y: string) => ["PLAN", `Raising the Administrative Reform Index (draft from the ${y} results)`],
    s1: "I. RESULTS AND THE FIELDS STILL LOSING POINTS",
    s1Intro: (y: string) =>
      `From the ${y} index results, the fields below lose most points (points lost over the maximum of the group's units).`,
    s2: "II. TASKS",
    s2Intro:
      "Each task addresses a criterion losing many points; the lead is the field's owner, the partners the units losing points.",
    s3: "III. IMPLEMENTATION",
    s3Text: [
      "The Department of Home Affairs sets each task's deadline when it finalises the plan.",
      "Drafted by the scoring tool from the year's results; lead agencies follow the field assignment and may be changed.",
    ],
    group: (g: string) => `Group ${g}`,
    no: "No.",
    field: "Field",
    owner: "Owner",
    lost: "Lost / maximum",
    share: "Lost (%)",
    change: "Change from last year (points)",
    task: "Task",
    lead: "Lead agency",
    partners: "Partners",
    output: "Output",
    deadline: "Deadline",
    none: "No criterion lost points.",
  },
} as const;

type PlanText = (typeof T)[Lang];

/** The group's fields that lost points, as a table: field, owner, lost / maximum, share, change. */
export function planFieldTable(fields: readonly PlanField[], lang: Lang, hasChange: boolean): ReportBlock {
  const t: PlanText = T[lang];
  const n = (x: number | null): string => (x === null ? "" : formatNumber(x, lang, 2, true));
  return {
    kind: "table",
    header: [t.no, t.field, t.owner, t.lost, t.share, ...(hasChange ? [t.change] : [])],
    rows: fields.map((f, i) => [
      String(i + 1),
      `${f.code}. ${f.title}`,
      f.owner ?? "",
      `${n(f.lost)} / ${n(f.max)}`,
      n(f.lostShare),
      ...(hasChange ? [n(f.shareChange)] : []),
    ]),
    // Wide enough that "STT" and "Điểm mất / tối đa" stay on one line on a portrait page.
    widths: hasChange ? [8, 31, 19, 19, 10, 13] : [8, 35, 21, 24, 12],
    align: hasChange
      ? ["center", "left", "left", "center", "right", "right"]
      : ["center", "left", "left", "center", "right"],
  };
}

/** The Kế hoạch's task table: nhiệm vụ, cơ quan chủ trì, phối hợp, kết quả đầu ra, thời hạn (empty). */
export function planTaskTable(tasks: readonly PlanTask[], lang: Lang): ReportBlock {
  const t: PlanText = T[lang];
  return {
    kind: "table",
    header: [t.no, t.task, t.lead, t.partners, t.output, t.deadline],
    rows: tasks.map((x, i) => [String(i + 1), x.task, x.lead, x.partners, x.output, x.deadline]),
    widths: [6, 38, 15, 20, 18, 9],
    align: ["center", "left", "left", "left", "left", "center"],
  };
}

/** The plan's groups in order of first appearance (fields, then tasks). */
export function planGroups(plan: ImprovementPlan): string[] {
  const groups: string[] = [];
  for (const g of [...plan.fields.map((f) => f.group), ...plan.tasks.map((x) => x.group)])
    if (!groups.includes(g)) groups.push(g);
  return groups;
}

/** Per group: its subsection, then its fields losing points (at most `top`) or "none". */
export function planFieldBlocks(
  plan: ImprovementPlan,
  lang: Lang,
  options: { groups?: readonly string[]; top?: number; subsection?: (g: string) => string } = {},
): ReportBlock[] {
  const t: PlanText = T[lang];
  const hasChange = plan.fields.some((f) => f.shareChange !== null);
  const blocks: ReportBlock[] = [];
  for (const g of options.groups ?? planGroups(plan)) {
    const fields = plan.fields.filter((f) => f.group === g && f.lost > 0).slice(0, options.top ?? Infinity);
    blocks.push({ kind: "subsection", text: (options.subsection ?? t.group)(g) });
    blocks.push(
      fields.length === 0 ? { kind: "paragraph", text: t.none } : planFieldTable(fields, lang, hasChange),
    );
  }
  return blocks;
}

/** Per group: its subsection, then its task table or "none". */
export function planTaskBlocks(
  plan: ImprovementPlan,
  lang: Lang,
  options: { groups?: readonly string[]; subsection?: (g: string) => string } = {},
): ReportBlock[] {
  const t: PlanText = T[lang];
  const blocks: ReportBlock[] = [];
  for (const g of options.groups ?? planGroups(plan)) {
    const tasks = plan.tasks.filter((x) => x.group === g);
    blocks.push({ kind: "subsection", text: (options.subsection ?? t.group)(g) });
    blocks.push(tasks.length === 0 ? { kind: "paragraph", text: t.none } : planTaskTable(tasks, lang));
  }
  return blocks;
}

export function planReportModel(
  plan: ImprovementPlan,
  lang: Lang,
  heading: PublishHeading = {},
): ReportModel {
  const t = T[lang];
  const L = labels(lang);
  const year = plan.year === null ? "?" : String(plan.year);
  // Where the lead departments came from (the set's appraiser or the default list): said once.
  const source = appraiserSourceNote(plan.ownerSource, lang);
  const blocks: ReportBlock[] = [
    { kind: "heading", issuer: issuerLines(heading, lang), motto: [L.motto1, L.motto2] },
    { kind: "title", lines: [...t.title(year)] },
    { kind: "section", text: t.s1 },
    { kind: "paragraph", text: t.s1Intro(year) },
    ...planFieldBlocks(plan, lang),
    { kind: "landscape" },
    { kind: "section", text: t.s2 },
    { kind: "paragraph", text: t.s2Intro },
    ...planTaskBlocks(plan, lang),
    { kind: "section", text: t.s3 },
    { kind: "bullets", items: [...t.s3Text, ...(source ? [source] : [])] },
  ];
  return { lang, title: t.title(year).join(" "), blocks };
}
