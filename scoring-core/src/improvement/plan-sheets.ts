/**
 * The improvement plan as sheets: the task table of a Kế hoạch (nhiệm vụ, cơ quan chủ trì,
 * cơ quan phối hợp, kết quả đầu ra, thời hạn), where points are lost per criterion and field,
 * and each unit's weakest criteria.
 */
import type { Lang } from "../messages/lang";
import { formatNumber } from "../messages/format-number";
import { BlockBuilder } from "../output/block-builder";
import type { SheetBlock } from "../output/sheet-block";
import type { ImprovementPlan } from "./improvement-plan";

const L = {
  vi: {
    tasks: "Kế hoạch cải thiện",
    criteria: "Tiêu chí mất điểm",
    fields: "Lĩnh vực mất điểm",
    weakest: "Điểm yếu từng đơn vị",
    tasksTitle: (y: string) => `DỰ KIẾN NHIỆM VỤ NÂNG CAO CHỈ SỐ CCHC (từ kết quả năm ${y})`,
    criteriaTitle: "TIÊU CHÍ CÁC ĐƠN VỊ MẤT NHIỀU ĐIỂM NHẤT",
    fieldsTitle: "LĨNH VỰC CÁC ĐƠN VỊ MẤT NHIỀU ĐIỂM NHẤT",
    weakestTitle: "BA TIÊU CHÍ MẤT NHIỀU ĐIỂM NHẤT CỦA TỪNG ĐƠN VỊ",
    no: "STT",
    task: "Nhiệm vụ",
    lead: "Cơ quan chủ trì",
    partners: "Cơ quan phối hợp",
    output: "Kết quả đầu ra",
    deadline: "Thời hạn",
    group: "Nhóm",
    code: "Mã",
    title: "Tiêu chí",
    field: "Lĩnh vực",
    owner: "Cơ quan phụ trách lĩnh vực",
    units: "Số đơn vị chấm",
    losing: "Số đơn vị mất điểm",
    lost: "Tổng điểm mất",
    max: "Tổng điểm tối đa",
    share: "Tỷ lệ mất (%)",
    change: "Thay đổi tỷ lệ đạt so với năm trước (điểm %)",
    unit: "Đơn vị",
    weak: (n: number) => `Tiêu chí thứ ${n}`,
    lostOf: (code: string, title: string, lost: string, max: string) =>
      `${code} ${title}: mất ${lost}/${max}`,
    none: "Không có tiêu chí nào mất điểm",
  },
  en: {
    tasks: "Improvement plan",
    criteria: "Criteria losing points",
    fields: "Fields losing points",
    weakest: "Weakest per unit",
    tasksTitle: (y: string) => `DRAFT TASKS TO RAISE THE INDEX (from the ${y} results)`,
    criteriaTitle: "CRITERIA WHERE UNITS LOSE MOST POINTS",
    fieldsTitle: "FIELDS WHERE UNITS LOSE MOST POINTS",
    weakestTitle: "EACH UNIT'S THREE WEAKEST CRITERIA",
    no: "No.",
    task: "Task",
    lead: "Lead agency",
    partners: "Partners",
    output: "Output",
    deadline: "Deadline",
    group: "Group",
    code: "Code",
    title: "Criterion",
    field: "Field",
    owner: "Field owner",
    units: "Units scored",
    losing: "Units losing points",
    lost: "Points lost",
    max: "Maximum points",
    share: "Lost (%)",
    change: "Change in share achieved (points)",
    unit: "Unit",
    weak: (n: number) => `Criterion ${n}`,
    lostOf: (code: string, title: string, lost: string, max: string) =>
      `${code} ${title}: lost ${lost}/${max}`,
    none: "No criterion lost points",
  },
} as const;

const num = (x: number, lang: Lang): string => formatNumber(x, lang, 2);

export function planSheets(plan: ImprovementPlan, lang: Lang): SheetBlock[] {
  const l = L[lang];
  const t = new BlockBuilder();
  t.title(l.tasksTitle(plan.year === null ? "?" : String(plan.year)));
  t.blank();
  t.header([l.no, l.task, l.lead, l.partners, l.output, l.deadline]);
  let group: string | null = null;
  let n = 0;
  for (const task of plan.tasks) {
    if (task.group !== group) {
      group = task.group;
      t.row([null, group]);
      n = 0;
    }
    t.row([++n, task.task, task.lead, task.partners, task.output, task.deadline]);
  }
  if (plan.tasks.length === 0) t.row([null, l.none]);
  const tasks = {
    ...t.build(l.tasks, [5, 60, 24, 36, 40, 12], []),
    wrapColumns: [1, 2, 3, 4],
    centerColumns: [0],
  };

  const c = new BlockBuilder();
  c.title(l.criteriaTitle);
  c.blank();
  c.header([l.group, l.code, l.title, l.field, l.owner, l.units, l.losing, l.lost, l.max, l.share]);
  for (const r of plan.criteria)
    c.row([
      r.group,
      r.code,
      r.title,
      r.fieldCode === null ? null : `${r.fieldCode}. ${r.fieldTitle ?? ""}`,
      r.owner,
      r.units,
      r.unitsLosing,
      r.lost,
      r.max,
      r.lostShare,
    ]);
  const criteria = {
    ...c.build(l.criteria, [18, 8, 48, 30, 26, 10, 10, 10, 10, 10], [7, 8, 9]),
    wrapColumns: [0, 2, 3, 4],
    centerColumns: [1, 5, 6],
  };

  const f = new BlockBuilder();
  f.title(l.fieldsTitle);
  f.blank();
  f.header([l.group, l.code, l.field, l.owner, l.lost, l.max, l.share, l.change]);
  for (const r of plan.fields)
    f.row([r.group, r.code, r.title, r.owner, r.lost, r.max, r.lostShare, r.shareChange]);
  const fields = {
    ...f.build(l.fields, [18, 8, 40, 26, 10, 10, 10, 16], [4, 5, 6, 7]),
    wrapColumns: [0, 2, 3],
    centerColumns: [1],
  };

  const w = new BlockBuilder();
  w.title(l.weakestTitle);
  w.blank();
  const most = Math.max(1, ...plan.weakest.map((x) => x.criteria.length));
  w.header([l.unit, l.group, ...Array.from({ length: most }, (_, i) => l.weak(i + 1))]);
  for (const u of plan.weakest)
    w.row([
      u.unit,
      u.group,
      ...u.criteria.map((x) => l.lostOf(x.code, x.title, num(x.lost, lang), num(x.max, lang))),
    ]);
  const weakest = {
    ...w.build(l.weakest, [34, 18, ...Array.from({ length: most }, () => 40)], []),
    wrapColumns: [0, 1, ...Array.from({ length: most }, (_, i) => 2 + i)],
  };

  return [tasks, criteria, fields, weakest];
}
