/**
 * Whom to inspect: units ranked by the reasons a Sở Nội vụ looks at, each reason with its figure,
 * so the list can go into an inspection plan as it is. The order comes from configurable weights
 * over each reason's figure relative to the largest in the group; the figures, not the weighted
 * sum, are what the list shows.
 */
import { fromUnits, sub, toUnits } from "../numbers/decimal";
import { formatNumber } from "../messages/format-number";
import { compareVi } from "../ranking/rank-units";
import type { UnitYear, YearRecord } from "../years/year-record";
import { renameResolver, type Renames } from "../years/rename-resolver";
import { unitNameCore } from "../consolidation/unit-names";

export type ReasonKind =
  "self-appraised-gap" | "field-gap" | "unsupported-claims" | "index-jump" | "submission-issues";

export interface InspectionReason {
  kind: ReasonKind;
  /** The figure behind the reason (points, count, index points). */
  value: number;
  /** Vietnamese sentence with the figure, ready for a plan. */
  text: string;
  /** This reason's part of the unit's ordering weight (0..weight). */
  weight: number;
}

export interface InspectionCandidate {
  unit: string;
  group: string;
  rank: number | null;
  index: number | null;
  reasons: InspectionReason[];
  /** Σ reason weights; for ordering only. */
  order: number;
}

export interface InspectionOptions {
  previous?: YearRecord | null;
  /** The reorganisation's mapping, so last year's unit is found under its new name. */
  renames?: Renames;
  weights?: Partial<Record<ReasonKind, number>>;
  /** Issue codes that mean "points claimed without support". */
  unsupportedCodes?: string[];
}

export const DEFAULT_INSPECTION_WEIGHTS: Record<ReasonKind, number> = {
  "self-appraised-gap": 3,
  "field-gap": 1,
  "unsupported-claims": 2,
  "index-jump": 2,
  "submission-issues": 1,
};

const DEFAULT_UNSUPPORTED = ["evidence-missing", "evidence-out-of-period", "evidence-unrecognised"];

const vi = (x: number): string => formatNumber(x, "vi", 2);

interface Figures {
  gap: number | null;
  fieldGap: { code: string; title: string; gap: number } | null;
  unsupported: number;
  jump: number | null;
  issues: number;
}

function figures(u: UnitYear, previousIndex: number | null, unsupportedCodes: string[]): Figures {
  const gap = u.appraised === null ? null : fromUnits(sub(toUnits(u.self), toUnits(u.appraised)));
  let fieldGap: Figures["fieldGap"] = null;
  if (u.appraised !== null) {
    const byField = new Map<string, { title: string; gapU: number }>();
    for (const leaf of u.leaves) {
      if (leaf.appraised === null) continue;
      const field = u.fields.find((f) => leaf.code.startsWith(`${f.code}.`));
      if (!field) continue;
      const e = byField.get(field.code) ?? { title: field.title, gapU: 0 };
      e.gapU += toUnits(leaf.self) - toUnits(leaf.appraised);
      byField.set(field.code, e);
    }
    for (const [code, e] of byField)
      if (e.gapU > 0 && (!fieldGap || e.gapU > toUnits(fieldGap.gap)))
        fieldGap = { code, title: e.title, gap: fromUnits(e.gapU) };
  }
  const unsupported = unsupportedCodes.reduce((n, c) => n + (u.issueCodes[c] ?? 0), 0);
  const jump =
    u.index !== null && previousIndex !== null
      ? fromUnits(sub(toUnits(u.index), toUnits(previousIndex)))
      : null;
  return { gap, fieldGap, unsupported, jump, issues: u.errors + u.warnings };
}

export function inspectionList(record: YearRecord, options: InspectionOptions = {}): InspectionCandidate[] {
  const weights = { ...DEFAULT_INSPECTION_WEIGHTS, ...options.weights };
  const unsupportedCodes = options.unsupportedCodes ?? DEFAULT_UNSUPPORTED;
  // Last year's index by this year's unit; several old units that became one (a merger) have no
  // single index to jump from, so the merged unit gets no jump reason rather than a false one.
  const resolve = renameResolver(options.renames);
  const previous = new Map<string, number | null>();
  const seen = new Set<string>();
  for (const u of options.previous?.units ?? []) {
    const k = resolve(u.unit);
    previous.set(k, seen.has(k) ? null : u.index);
    seen.add(k);
  }

  const rows = record.units.map((u) => ({
    u,
    f: figures(u, previous.get(unitNameCore(u.unit)) ?? null, unsupportedCodes),
  }));
  // Reasons are weighed against the largest figure of the unit's group, so groups of different
  // size or maxima are comparable.
  const largest = new Map<string, Record<ReasonKind, number>>();
  for (const { u, f } of rows) {
    const m = largest.get(u.group) ?? {
      "self-appraised-gap": 0,
      "field-gap": 0,
      "unsupported-claims": 0,
      "index-jump": 0,
      "submission-issues": 0,
    };
    m["self-appraised-gap"] = Math.max(m["self-appraised-gap"], f.gap ?? 0);
    m["field-gap"] = Math.max(m["field-gap"], f.fieldGap?.gap ?? 0);
    m["unsupported-claims"] = Math.max(m["unsupported-claims"], f.unsupported);
    m["index-jump"] = Math.max(m["index-jump"], f.jump ?? 0);
    m["submission-issues"] = Math.max(m["submission-issues"], f.issues);
    largest.set(u.group, m);
  }

  const out: InspectionCandidate[] = rows.map(({ u, f }) => {
    const m = largest.get(u.group)!;
    const reasons: InspectionReason[] = [];
    const push = (kind: ReasonKind, value: number, text: string): void => {
      if (value <= 0 || m[kind] <= 0) return;
      reasons.push({ kind, value, text, weight: Math.round((weights[kind] * value * 1e4) / m[kind]) / 1e4 });
    };
    if (f.gap !== null)
      push("self-appraised-gap", f.gap, `Điểm tự đánh giá cao hơn điểm thẩm định ${vi(f.gap)} điểm.`);
    if (f.fieldGap)
      push(
        "field-gap",
        f.fieldGap.gap,
        `Lĩnh vực ${f.fieldGap.code} “${f.fieldGap.title}”: tự đánh giá cao hơn thẩm định ${vi(f.fieldGap.gap)} điểm.`,
      );
    push(
      "unsupported-claims",
      f.unsupported,
      `${f.unsupported} tiêu chí có điểm nhưng thiếu hoặc sai tài liệu kiểm chứng.`,
    );
    if (f.jump !== null)
      push("index-jump", f.jump, `Chỉ số tăng ${vi(f.jump)} điểm phần trăm so với năm trước.`);
    push("submission-issues", f.issues, `${f.issues} lỗi và cảnh báo khi nộp bảng tự đánh giá.`);
    reasons.sort((a, b) => b.weight - a.weight);
    const order = Math.round(reasons.reduce((s, r) => s + r.weight, 0) * 1e4) / 1e4;
    return { unit: u.unit, group: u.group, rank: u.rank, index: u.index, reasons, order };
  });
  return out
    .filter((c) => c.reasons.length > 0)
    .sort((a, b) => b.order - a.order || compareVi(a.group, b.group) || compareVi(a.unit, b.unit));
}
