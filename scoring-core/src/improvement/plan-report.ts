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
import type { ImprovementPlan } from "./improvement-plan";

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

export function planReportModel(
  plan: ImprovementPlan,
  lang: Lang,
  heading: PublishHeading = {},
): ReportModel {
  const t = T[lang];
  const L = labels(lang);
  const n = (x: number | null): string => (x === null ? "" : formatNumber(x, lang, 2, true));
  const year = plan.year === null ? "?" : String(plan.year);
  const groups: string[] = [];
  for (const g of [...plan.fields.map((f) => f.group), ...plan.tasks.map((x) => x.group)])
    if (!groups.includes(g)) groups.push(g);
  const hasChange = plan.fields.some((f) => f.shareChange !== null);

  const blocks: ReportBlock[] = [
    { kind: "heading", issuer: issuerLines(heading, lang), motto: [L.motto1, L.motto2] },
    { kind: "title", lines: [...t.title(year)] },
    { kind: "section", text: t.s1 },
    { kind: "paragraph", text: t.s1Intro(year) },
  ];
  for (const g of groups) {
    const fields = plan.fields.filter((f) => f.group === g && f.lost > 0);
    blocks.push({ kind: "subsection", text: t.group(g) });
    if (fields.length === 0) {
      blocks.push({ kind: "paragraph", text: t.none });
      continue;
    }
    blocks.push({
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
      widths: hasChange ? [7, 36, 19, 15, 10, 13] : [7, 41, 22, 18, 12],
      align: hasChange
        ? ["center", "left", "left", "center", "right", "right"]
        : ["center", "left", "left", "center", "right"],
    });
  }

  blocks.push({ kind: "landscape" }, { kind: "section", text: t.s2 }, { kind: "paragraph", text: t.s2Intro });
  for (const g of groups) {
    const tasks = plan.tasks.filter((x) => x.group === g);
    blocks.push({ kind: "subsection", text: t.group(g) });
    if (tasks.length === 0) {
      blocks.push({ kind: "paragraph", text: t.none });
      continue;
    }
    blocks.push({
      kind: "table",
      header: [t.no, t.task, t.lead, t.partners, t.output, t.deadline],
      rows: tasks.map((x, i) => [String(i + 1), x.task, x.lead, x.partners, x.output, x.deadline]),
      widths: [6, 38, 15, 20, 18, 9],
      align: ["center", "left", "left", "left", "left", "center"],
    });
  }
  blocks.push({ kind: "section", text: t.s3 }, { kind: "bullets", items: [...t.s3Text] });
  return { lang, title: t.title(year).join(" "), blocks };
}
