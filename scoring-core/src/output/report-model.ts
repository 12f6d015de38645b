/**
 * The Báo cáo kết quả Chỉ số CCHC as a host-neutral document model: headings, paragraphs and
 * tables of text, numbers already written as the report prints them (decimal comma). A
 * renderer (xlsx-grid's docx module) turns it into a .docx; the cli and the Excel pane share it.
 */
import type { Lang } from "../messages/lang";
import { formatNumber } from "../messages/format-number";
import type { RankingReport, UnitResult } from "../reports/schemas";
import { lostPoints } from "../ranking/lost-points";
import { labels } from "./labels";
import { classText, rankText } from "./standing-text";
import { issuerLines, type PublishHeading } from "./heading";
import type { PreviousGroup } from "./previous-ranking";
import type { FieldOwners } from "../improvement/field-owners";
import { improvementPlan, type ImprovementPlan } from "../improvement/improvement-plan";
import type { CriteriaSet } from "../criteria-set/schema";
import { appraiserSourceNote } from "./resolve-appraiser";
import { planFieldBlocks, planTaskBlocks } from "../improvement/plan-report";
import { rankingYearRecord } from "../years/ranking-record";

export type ReportAlign = "left" | "center" | "right";

export type ReportBlock =
  /** Issuing body (left) and national motto (right), as the first lines of the document. */
  | { kind: "heading"; issuer: string[]; motto: [string, string] }
  | { kind: "title"; lines: string[] }
  | { kind: "section"; text: string }
  | { kind: "subsection"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "bullets"; items: string[] }
  | {
      kind: "table";
      header: string[];
      rows: string[][];
      /** Relative column widths. */
      widths: number[];
      align: ReportAlign[];
    }
  /** The signature block, right half: position lines (bold), room to sign, the name (bold). */
  | { kind: "signature"; position: string[]; name: string }
  /** A new section on landscape pages (the annexes' wide tables). */
  | { kind: "landscape" };

export interface ReportModel {
  lang: Lang;
  title: string;
  blocks: ReportBlock[];
}

export interface ReportOptions {
  units: readonly UnitResult[];
  heading?: PublishHeading;
  decimals?: number;
  notSubmitted?: readonly { unit: string; group: string; file: string | null }[];
  /** How many criteria each group's "lost most points" table lists. */
  topCriteria?: number;
  /** Last year's ranking (previousRanking): the average index's change per group. */
  previous?: readonly PreviousGroup[];
  /**
   * The improvement plan the report's section IV and last annex draw on: absent, the core's plan
   * from these results (default field owners or `owners`); null, no plan section.
   */
  plan?: ImprovementPlan | null;
  /** Field owners (cơ quan chủ trì) for the plan built here, where the sets name no appraiser. */
  owners?: FieldOwners;
  /** The sets the units were scored with: their "Cơ quan thẩm định" leads the plan built here. */
  sets?: readonly CriteriaSet[];
}

/** Fields listed per group in section IV (those losing most points). */
const PLAN_FIELDS = 5;

const TEXT = {
  vi: {
    title: (y: number | null) => [
      "BÁO CÁO",
      `Kết quả xác định Chỉ số cải cách hành chính${y ? ` năm ${y}` : ""}`,
    ],
    s1: "I. TỔNG QUAN KẾT QUẢ",
    s2: "II. KẾT QUẢ XẾP HẠNG",
    s3: "III. NHỮNG LĨNH VỰC, TIÊU CHÍ CÁC ĐƠN VỊ BỊ MẤT NHIỀU ĐIỂM",
    annex: (i: number, g: string) => `PHỤ LỤC ${i}: ĐIỂM THEO LĨNH VỰC CỦA CÁC ${g.toLocaleUpperCase("vi")}`,
    group: (g: string) => `Nhóm ${g}`,
    ranked: (n: number) => `Số đơn vị được xếp hạng: ${n}.`,
    average: (x: string) => `Chỉ số bình quân: ${x} %.`,
    change: (prev: string, delta: string, up: boolean) =>
      `So với năm trước (${prev} %): ${up ? "tăng" : "giảm"} ${delta} điểm phần trăm.`,
    highest: (u: string, x: string) => `Cao nhất: ${u} (${x} %).`,
    lowest: (u: string, x: string) => `Thấp nhất: ${u} (${x} %).`,
    classes: (parts: string) => `Xếp loại: ${parts}.`,
    notSubmitted: (n: number, names: string) => `Chưa nộp bảng chấm điểm: ${n} đơn vị (${names}).`,
    heldOut: (n: number, names: string) => `Chưa xếp hạng: ${n} đơn vị (${names}).`,
    provisional: (n: number) => `Trong đó xếp hạng tạm tính (dấu *): ${n} đơn vị.`,
    failed: (n: number) => `Tệp không xử lý được: ${n} (xem trang “Không xử lý được” của bảng tổng hợp).`,
    fieldsLost: "Các lĩnh vực theo tỷ lệ điểm bị mất:",
    criteriaLost: "Các tiêu chí bị mất nhiều điểm nhất:",
    lostPct: "Tỷ lệ mất (%)",
    sample: "DỮ LIỆU MẪU — không phải kết quả thực.",
    s4: "IV. ĐỀ XUẤT NÂNG CAO CHỈ SỐ",
    s4Intro: (annex: number) =>
      `Các lĩnh vực bị mất nhiều điểm nhất của từng nhóm, với cơ quan phụ trách lĩnh vực (theo phân công thẩm định, có thể điều chỉnh). Nhiệm vụ khắc phục được dự thảo theo mẫu Kế hoạch tại Phụ lục ${annex}; thời hạn do Sở Nội vụ đề xuất khi hoàn thiện Kế hoạch.`,
    taskAnnex: (i: number) => `PHỤ LỤC ${i}: DỰ THẢO NHIỆM VỤ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH`,
    taskIntro:
      "Mỗi nhiệm vụ khắc phục một tiêu chí mất nhiều điểm; cơ quan chủ trì là cơ quan phụ trách lĩnh vực, cơ quan phối hợp là các đơn vị bị mất điểm; cột thời hạn để trống cho Sở Nội vụ điền.",
  },
  en: {
    title: (y: number | null) => ["REPORT", `Results of the Administrative Reform Index${y ? ` ${y}` : ""}`],
    s1: "I. OVERVIEW",
    s2: "II. RANKING",
    s3: "III. FIELDS AND CRITERIA WHERE UNITS LOST MOST POINTS",
    annex: (i: number, g: string) => `ANNEX ${i}: POINTS PER FIELD, ${g.toLocaleUpperCase("en")}`,
    group: (g: string) => `Group ${g}`,
    ranked: (n: number) => `Units ranked: ${n}.`,
    average: (x: string) => `Average index: ${x} %.`,
    change: (prev: string, delta: string, up: boolean) =>
      `Against last year (${prev} %): ${up ? "up" : "down"} ${delta} percentage points.`,
    highest: (u: string, x: string) => `Highest: ${u} (${x} %).`,
    lowest: (u: string, x: string) => `Lowest: ${u} (${x} %).`,
    classes: (parts: string) => `Classification: ${parts}.`,
    notSubmitted: (n: number, names: string) => `Not submitted: ${n} units (${names}).`,
    heldOut: (n: number, names: string) => `Not ranked: ${n} units (${names}).`,
    provisional: (n: number) => `Of which ranked provisionally (marked *): ${n} units.`,
    failed: (n: number) =>
      `Files that could not be processed: ${n} (see the workbook's "Not processed" sheet).`,
    fieldsLost: "Fields by share of points lost:",
    criteriaLost: "Criteria where most points were lost:",
    lostPct: "Lost (%)",
    sample: "SAMPLE DATA — not real results.",
    s4: "IV. PROPOSALS TO RAISE THE INDEX",
    s4Intro: (annex: number) =>
      `The fields where each group lost most points, with the field's owner (from the appraisal assignment; may be changed). Tasks to address them are drafted as a plan's task table in Annex ${annex}; the Department of Home Affairs sets the deadlines when it finalises the plan.`,
    taskAnnex: (i: number) => `ANNEX ${i}: DRAFT TASKS TO RAISE THE ADMINISTRATIVE REFORM INDEX`,
    taskIntro:
      "Each task addresses a criterion losing many points; the lead is the field's owner, the partners the units losing points; the deadline column is left for the Department of Home Affairs.",
  },
} as const;

const key = (u: { group: string; unit: string; file: string | null }): string =>
  `${u.group}\u0000${u.unit}\u0000${u.file ?? ""}`;

/** Builds the report's document model from the ranking (the same numbers as the workbook). */
export function reportModel(ranking: RankingReport, lang: Lang, options: ReportOptions): ReportModel {
  const L = labels(lang);
  const T = TEXT[lang];
  const d = options.decimals ?? 2;
  const n = (x: number | null | undefined): string =>
    x === null || x === undefined ? L.surveyMissing : formatNumber(x, lang, d, true);
  const heading = options.heading ?? {};
  const year = heading.year ?? null;
  const byUnit = new Map(options.units.map((u) => [key(u), u]));
  const blocks: ReportBlock[] = [
    { kind: "heading", issuer: issuerLines(heading, lang), motto: [L.motto1, L.motto2] },
    { kind: "title", lines: [...T.title(year)] },
  ];
  // Scored with a sample set (a bundled one, or one derived from an annex marked "DỮ LIỆU MẪU"):
  // the report says so under its title, as the template says it of the set.
  if (options.sets?.some((set) => set.sample)) blocks.push({ kind: "paragraph", text: T.sample });

  blocks.push({ kind: "section", text: T.s1 });
  for (const g of ranking.groups) {
    // A unit held out (e.g. no survey points) is neither counted as ranked nor in the average,
    // the highest or the lowest: its index lacks a component, so it is listed with its reason.
    const ranked = g.rows.filter((r) => r.status !== "held-out");
    const held = g.rows.filter((r) => r.status === "held-out");
    const provisional = ranked.filter((r) => r.status === "provisional").length;
    const indexed = ranked.filter((r) => r.index !== null);
    const items: string[] = [T.ranked(ranked.length)];
    if (provisional > 0) items.push(T.provisional(provisional));
    if (indexed.length > 0) {
      const avg = indexed.reduce((s, r) => s + r.index!, 0) / indexed.length;
      items.push(T.average(n(avg)));
      const prev = options.previous?.find((p) => p.group === g.group);
      if (prev && prev.indexes.size > 0) {
        const before = [...prev.indexes.values()].reduce((s, x) => s + x, 0) / prev.indexes.size;
        items.push(T.change(n(before), n(Math.abs(avg - before)), avg >= before));
      }
      const top = indexed[0]!;
      const bottom = indexed[indexed.length - 1]!;
      items.push(T.highest(top.unit, n(top.index)), T.lowest(bottom.unit, n(bottom.index)));
    }
    const counts = new Map<string, number>();
    for (const r of ranked) {
      const c = (lang === "en" ? r.classificationEn : r.classification) ?? "—";
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    items.push(T.classes([...counts].map(([c, k]) => `${c} ${k}`).join(", ")));
    // Grouped by reason; a reason reads "Chưa xếp hạng: …", so only its explanation is repeated.
    const byReason = new Map<string, string[]>();
    for (const r of held) {
      const why = (r.reason ?? "").replace(/^[^:]*:\s*/, "").replace(/\.$/, "");
      byReason.set(why, [...(byReason.get(why) ?? []), r.unit]);
    }
    for (const [why, names] of byReason)
      items.push(T.heldOut(names.length, names.join(", ") + (why ? ` — ${why}` : "")));
    const missing = (options.notSubmitted ?? []).filter((m) => m.group === g.group);
    if (missing.length > 0) items.push(T.notSubmitted(missing.length, missing.map((m) => m.unit).join(", ")));
    blocks.push({ kind: "subsection", text: T.group(g.group) }, { kind: "bullets", items });
  }
  if (ranking.failed.length > 0) blocks.push({ kind: "paragraph", text: T.failed(ranking.failed.length) });

  blocks.push({ kind: "section", text: T.s2 });
  for (const g of ranking.groups) {
    blocks.push({ kind: "subsection", text: T.group(g.group) });
    blocks.push({
      kind: "table",
      header: [L.no, L.unit, L.final, L.index, L.rank, L.classification],
      rows: g.rows.map((r, i) => [
        String(i + 1),
        r.unit,
        n(r.final),
        n(r.index),
        // Held out: no rank and no class, said in words (the overview gives the reason);
        // provisional: the rank marked "*" as in the panes, the class marked "tạm tính".
        rankText(r),
        classText(r, lang),
      ]),
      widths: [8, 42, 12, 12, 9, 17],
      align: ["center", "left", "right", "right", "center", "left"],
    });
  }

  // The improvement plan's figures (per group and field): section III's field shares, section IV.
  const basis =
    options.plan ??
    improvementPlan(rankingYearRecord({ ranking, units: options.units, heading }), {
      ...(options.owners ? { owners: options.owners } : {}),
      ...(options.sets ? { sets: options.sets } : {}),
    });
  const plan = options.plan === null ? null : basis;

  blocks.push({ kind: "section", text: T.s3 });
  const top = options.topCriteria ?? 5;
  for (const g of ranking.groups) {
    const units = g.rows.map((r) => byUnit.get(key(r))).filter((u): u is UnitResult => u !== undefined);
    blocks.push({ kind: "subsection", text: T.group(g.group) });
    // Fields: share of the applicable maximum lost over the group's units, from the plan's
    // figures (a survey field given as one total, or missing, is no loss: never 100 % lost).
    const fieldRows = basis.fields
      .filter((f) => f.group === g.group && f.max > 0)
      .map((f) => ({ code: f.code, title: f.title, pct: f.lostShare }))
      .sort((a, b) => b.pct - a.pct);
    blocks.push({ kind: "paragraph", text: T.fieldsLost });
    blocks.push({
      kind: "table",
      header: [L.code, L.field, T.lostPct],
      rows: fieldRows.map((f) => [f.code, f.title, n(f.pct)]),
      widths: [8, 72, 20],
      align: ["center", "left", "right"],
    });
    const lost = lostPoints(units)
      .filter((r) => r.lost > 0)
      .slice(0, top);
    blocks.push({ kind: "paragraph", text: T.criteriaLost });
    blocks.push({
      kind: "table",
      header: [L.code, L.criterion, L.unitsLosing, L.lost, L.lostPercent],
      rows: lost.map((r) => [r.code, r.title, String(r.unitsLosing), n(r.lost), n(r.lostPercent)]),
      widths: [9, 55, 12, 12, 12],
      align: ["center", "left", "right", "right", "right"],
    });
  }

  // IV: the improvement plan's fields per group (with their owners); its tasks go to the last annex.
  const groups = ranking.groups.map((g) => g.group);
  const taskAnnex = ranking.groups.length + 1;
  if (plan) {
    blocks.push({ kind: "section", text: T.s4 }, { kind: "paragraph", text: T.s4Intro(taskAnnex) });
    const source = appraiserSourceNote(plan.ownerSource, lang);
    if (source) blocks.push({ kind: "paragraph", text: source });
    blocks.push(...planFieldBlocks(plan, lang, { groups, top: PLAN_FIELDS, subsection: T.group }));
  }

  // Who signs: the last line is the name, the lines before it the position ("KT. GIÁM ĐỐC" …).
  const signer = (options.heading?.signer ?? []).map((l) => l.trim()).filter((l) => l !== "");
  if (signer.length > 0)
    blocks.push({
      kind: "signature",
      position: signer.length > 1 ? signer.slice(0, -1) : [],
      name: signer[signer.length - 1]!,
    });

  ranking.groups.forEach((g, i) => {
    const units = g.rows.map((r) => byUnit.get(key(r)));
    const codes: { code: string; title: string }[] = [];
    const seen = new Set<string>();
    for (const u of units)
      for (const f of u?.nodes ?? [])
        if (f.level === "field" && f.section === "main" && !seen.has(f.code)) {
          seen.add(f.code);
          codes.push({ code: f.code, title: f.title });
        }
    blocks.push({ kind: "landscape" }, { kind: "section", text: T.annex(i + 1, g.group) });
    // Field titles as a legend: the table's columns carry the codes only, so it stays legible.
    blocks.push({ kind: "bullets", items: codes.map((c) => `${c.code}. ${c.title}`) });
    blocks.push({
      kind: "table",
      header: [L.no, L.unit, ...codes.map((c) => c.code), L.final, L.index],
      rows: g.rows.map((r, k) => {
        const fields = new Map(
          (units[k]?.nodes ?? []).filter((f) => f.level === "field").map((f) => [f.code, f]),
        );
        return [
          String(k + 1),
          r.unit,
          ...codes.map((c) => {
            const f = fields.get(c.code);
            if (!f) return "";
            return f.notApplicable ? L.notApplicable : n(f.final);
          }),
          n(r.final),
          n(r.index),
        ];
      }),
      widths: [6, 30, ...codes.map(() => 8), 9, 9],
      align: ["center", "left", ...codes.map((): ReportAlign => "right"), "right", "right"],
    });
  });
  if (plan)
    blocks.push(
      { kind: "landscape" },
      { kind: "section", text: T.taskAnnex(taskAnnex) },
      { kind: "paragraph", text: T.taskIntro },
      ...planTaskBlocks(plan, lang, { groups, subsection: T.group }),
    );
  return { lang, title: T.title(year).join(" "), blocks };
}
