/**
 * One unit's self-assessment sheet as units make them in Excel (sample data): title rows, a one-
 * or two-row header, one row per field / criterion / sub-criterion of a core sample set, SUM
 * formulas on parent rows with the values Excel would cache (text scores are ignored by SUM, as
 * in Excel), a "Tổng cộng" row, and the variations officials produce.
 */
import type * as XLSXTypes from "@e965/xlsx";
import { roundTo, type CriteriaSet, type Criterion } from "@cchc/scoring-core";
import { evidenceRef, issuerCode, PROVINCE } from "./names";
import type { Rng } from "./prng";

export interface UnitVariation {
  /** Write fractional scores as text with a decimal comma ("7,5"). */
  commaText: boolean;
  /** Two-row header with a merged "Điểm" over the score columns. */
  mergedHeader: boolean;
  /** Alternative header words (TT, Thang điểm, Điểm tự chấm, TLKC…). */
  altHeaders: boolean;
  /** Field numbers as I, II, III. */
  roman: boolean;
  /** An appraisal column, filled. */
  appraisal: boolean;
  /** How many scored leaves lose their evidence. */
  missingEvidence: number;
  /** Items that may be not applicable are marked "Không áp dụng". */
  notApplicable: boolean;
  /** Specific defects, by leaf position (0-based among scored leaves). */
  deletedLeaf?: number;
  formulaErrorLeaf?: { leaf: number; error: "#REF!" | "#VALUE!" };
  textScoreLeaf?: number;
  /** A leaf's self score replaced by this value as typed (e.g. 1e300). */
  overrideLeaf?: { leaf: number; value: number | string };
  overMaxLeaf?: number;
  hiddenLeaf?: number;
  /** The total row typed by hand, off by this many points. */
  wrongTotal?: number;
}

type Sheet = XLSXTypes.WorkSheet;
type CellObj = XLSXTypes.CellObject;

const ERROR_CODES: Record<string, number> = { "#REF!": 0x17, "#VALUE!": 0x0f };
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

interface Col {
  key: "code" | "title" | "max" | "self" | "appraisal" | "declared" | "evidence" | "explanation";
  header: string;
  alt: string;
  group?: string;
  width: number;
}

function columns(v: UnitVariation): Col[] {
  const cols: Col[] = [
    { key: "code", header: "STT", alt: "TT", width: 7 },
    { key: "title", header: "Lĩnh vực/tiêu chí/tiêu chí thành phần", alt: "Nội dung đánh giá", width: 60 },
    {
      key: "max",
      header: v.mergedHeader ? "Tối đa" : "Điểm tối đa",
      alt: v.mergedHeader ? "Tối đa" : "Thang điểm",
      group: "Điểm",
      width: 9,
    },
    {
      key: "self",
      header: v.mergedHeader ? "Tự đánh giá" : "Điểm tự đánh giá",
      alt: v.mergedHeader ? "Tự chấm" : "Điểm tự chấm",
      group: "Điểm",
      width: 11,
    },
  ];
  if (v.appraisal)
    cols.push({
      key: "appraisal",
      header: v.mergedHeader ? "Thẩm định" : "Điểm thẩm định",
      alt: v.mergedHeader ? "Hội đồng thẩm định" : "Điểm Hội đồng thẩm định",
      group: "Điểm",
      width: 11,
    });
  cols.push(
    { key: "declared", header: "Số liệu kê khai", alt: "Số liệu kê khai", width: 14 },
    { key: "evidence", header: "Tài liệu kiểm chứng", alt: "TLKC", width: 40 },
    { key: "explanation", header: "Giải trình", alt: "Ghi chú của đơn vị", width: 30 },
  );
  return cols;
}

function colLetter(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const addr = (r: number, c: number) => `${colLetter(c)}${r + 1}`;

/** Scored leaf: what the unit typed. */
interface LeafScore {
  self: number | string | null;
  appraisal: number | string | null;
  declared: string | null;
  evidence: string | null;
  explanation: string | null;
}

function isLeaf(n: Criterion): boolean {
  return !n.children || n.children.length === 0;
}

function maxFor(n: Criterion, unitType: string): number {
  return n.maxByUnitType?.[unitType] ?? n.max;
}

function applies(n: Criterion, unitType: string): boolean {
  return !n.unitTypes || n.unitTypes.includes(unitType);
}

function fmtComma(x: number): string {
  return String(x).replace(".", ",");
}

/** A plausible score for a leaf from its rule, for a unit of quality q (0..1). */
function scoreLeaf(
  n: Criterion,
  max: number,
  q: number,
  rng: Rng,
): { value: number | null; declared: string | null; step: number } {
  const rule = n.rule;
  if (n.surveyScored || rule?.kind === "survey") return { value: null, declared: null, step: 0 };
  if (n.penalty || max < 0) {
    const hit = rng.chance(0.15);
    return { value: hit ? roundTo(max / 2, 2) : 0, declared: null, step: 0.25 };
  }
  if (n.bonus)
    return { value: rng.chance(0.3) ? roundTo(Math.min(max, 0.5), 2) : 0, declared: null, step: 0.25 };
  switch (rule?.kind) {
    case "yes-no": {
      const yes = rng.chance(Math.min(0.97, q + 0.1));
      return { value: yes ? max : 0, declared: yes ? "Có" : "Không", step: max };
    }
    case "levels": {
      const levels = [...rule.levels].sort((a, b) => b.points - a.points);
      const level = rng.chance(q) ? levels[0]! : rng.pick(levels);
      return { value: level.points, declared: level.label, step: 0.25 };
    }
    case "thresholds": {
      const bands = [...rule.bands].sort((a, b) => b.min - a.min);
      const band = rng.chance(q) ? bands[0]! : rng.pick(bands);
      const hi = band.max ?? Math.max(band.min, 100);
      const pct =
        band.max === undefined ? band.min : band.min + rng.int(0, Math.max(0, Math.floor(hi - band.min) - 1));
      return { value: band.points, declared: `${pct}%`, step: 0.25 };
    }
    case "ratio": {
      const b = rng.int(3, 24);
      const a = Math.max(0, Math.min(b, Math.round(b * (q - 0.1 + rng.next() * 0.2))));
      return { value: roundTo((a / b) * max, rule.decimals ?? 2), declared: `${a}/${b}`, step: 0.01 };
    }
    default: {
      const step = rule?.kind === "range" && rule.step ? rule.step : 0.25;
      const raw = max * Math.min(1, q - 0.15 + rng.next() * 0.3);
      const value = Math.max(0, Math.min(max, roundTo(Math.floor(raw / step) * step, 2)));
      return { value, declared: null, step };
    }
  }
}

export interface UnitSheetInput {
  unit: string;
  unitType: string;
  set: CriteriaSet;
  year: number;
  /** 0..1: how well the unit does. */
  quality: number;
  variation: UnitVariation;
  rng: Rng;
}

/** Builds the unit's worksheet. */
export function unitSheet(input: UnitSheetInput): Sheet {
  const { unit, unitType, set, rng, variation: v } = input;
  const cols = columns(v);
  const ci = (k: Col["key"]) => cols.findIndex((c) => c.key === k);
  const ws: Sheet = {};
  const merges: XLSXTypes.Range[] = [];
  const hiddenRows: number[] = [];
  /** Numeric value per address as Excel would see it (null: blank or text; string: an error). */
  const seen = new Map<string, number | string | null>();
  const set1 = (r: number, c: number, cell: CellObj) => {
    ws[addr(r, c)] = cell;
    seen.set(addr(r, c), cell.t === "n" ? (cell.v as number) : cell.t === "e" ? (cell.w ?? "#REF!") : null);
  };
  const text = (r: number, c: number, s: string) => set1(r, c, { t: "s", v: s });
  const num = (r: number, c: number, x: number) => set1(r, c, { t: "n", v: x });
  /** A SUM over explicit cells, cached as Excel computes it (errors propagate, text is skipped). */
  const sumOf = (r: number, c: number, refs: string[]) => {
    const f = refs.length > 0 ? `SUM(${refs.join(",")})` : "0";
    let total = 0;
    let err: string | null = null;
    for (const ref of refs) {
      const x = seen.get(ref);
      if (typeof x === "string") err ??= x;
      else if (typeof x === "number") total += x;
    }
    if (err) set1(r, c, { t: "e", v: ERROR_CODES[err] ?? 0x17, w: err, f });
    else set1(r, c, { t: "n", v: Math.abs(total) < 1e15 ? roundTo(total, 6) : total, f });
  };
  const score = (r: number, c: number, x: number | string | null) => {
    if (x === null) return;
    if (typeof x === "string") text(r, c, x);
    else if (v.commaText && !Number.isInteger(x)) text(r, c, fmtComma(x));
    else num(r, c, x);
  };

  // Title rows.
  const last = cols.length - 1;
  text(0, 0, `ỦY BAN NHÂN DÂN ${PROVINCE}`);
  text(0, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  text(1, 0, unit.startsWith("=") ? unit : unit.toUpperCase());
  text(1, 4, "Độc lập - Tự do - Hạnh phúc");
  text(3, 0, `BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${input.year}`);
  merges.push({ s: { r: 3, c: 0 }, e: { r: 3, c: last } });
  text(4, 0, `(Dữ liệu mẫu, không phải kết quả thực của đơn vị)`);
  merges.push({ s: { r: 4, c: 0 }, e: { r: 4, c: last } });

  // Header.
  let r = 6;
  if (v.mergedHeader) {
    const groupCols = cols.map((c, i) => (c.group ? i : -1)).filter((i) => i >= 0);
    cols.forEach((c, i) => {
      if (c.group) return;
      text(r, i, v.altHeaders ? c.alt : c.header);
      merges.push({ s: { r, c: i }, e: { r: r + 1, c: i } });
    });
    text(r, groupCols[0]!, "Điểm");
    merges.push({ s: { r, c: groupCols[0]! }, e: { r, c: groupCols[groupCols.length - 1]! } });
    for (const i of groupCols) text(r + 1, i, v.altHeaders ? cols[i]!.alt : cols[i]!.header);
    r += 2;
  } else {
    cols.forEach((c, i) => text(r, i, v.altHeaders ? c.alt : c.header));
    r += 1;
  }

  // Rows. Leaves are numbered in tree order so variations can name one.
  let leafNo = -1;
  const unitCode = issuerCode(unit);
  const missing = new Set<number>();
  const walk = (node: Criterion, depth: number, fieldIndex: number, inBonus: boolean): number | null => {
    if (!applies(node, unitType)) return null;
    const max = maxFor(node, unitType);
    if (isLeaf(node)) {
      leafNo++;
      const me = leafNo;
      if (v.deletedLeaf === me) return null;
      const row = r++;
      text(row, ci("code"), node.code);
      text(row, ci("title"), node.title);
      num(row, ci("max"), max);
      if (v.hiddenLeaf === me) hiddenRows.push(row);
      const s = scoreLeaf(node, max, input.quality, rng);
      const leaf: LeafScore = {
        self: s.value,
        appraisal: null,
        declared: s.declared,
        evidence: null,
        explanation: null,
      };
      if (s.value !== null && s.value !== 0 && !(node.penalty || max < 0)) {
        leaf.evidence = evidenceRef(
          rng.int(0, 4),
          rng.int(3, 2400),
          unitCode,
          rng.int(1, 28),
          rng.int(1, 12),
        );
      }
      if (v.notApplicable && node.mayBeNotApplicable) {
        Object.assign(leaf, {
          self: "Không áp dụng",
          declared: "Không áp dụng",
          evidence: null,
          explanation: "Đơn vị không có thủ tục hành chính",
        });
      }
      if (v.appraisal && typeof leaf.self === "number") {
        leaf.appraisal = rng.chance(0.8)
          ? leaf.self
          : Math.max(0, roundTo(leaf.self - Math.max(0.25, s.step), 2));
        if (max < 0) leaf.appraisal = leaf.self;
      }
      if (v.overMaxLeaf === me && max > 0) leaf.self = roundTo(max + 1, 2);
      if (v.textScoreLeaf === me) leaf.self = "đạt";
      if (v.overrideLeaf?.leaf === me) leaf.self = v.overrideLeaf.value;
      if (missing.has(me)) leaf.evidence = null;
      if (
        leaf.evidence === null &&
        typeof leaf.self === "number" &&
        leaf.self > 0 &&
        !missing.has(me) &&
        !inBonus
      ) {
        leaf.explanation = "Đã thực hiện, đang hoàn thiện văn bản";
      }
      const err = v.formulaErrorLeaf?.leaf === me ? v.formulaErrorLeaf.error : null;
      if (err)
        set1(row, ci("self"), {
          t: "e",
          v: ERROR_CODES[err]!,
          w: err,
          f: err === "#REF!" ? "#REF!*1" : `${addr(row, ci("declared"))}*1`,
        });
      else score(row, ci("self"), leaf.self);
      if (ci("appraisal") >= 0) score(row, ci("appraisal"), leaf.appraisal);
      if (leaf.declared) text(row, ci("declared"), leaf.declared);
      if (leaf.evidence) text(row, ci("evidence"), leaf.evidence);
      if (leaf.explanation) text(row, ci("explanation"), leaf.explanation);
      return row;
    }
    const row = r++;
    const rawCode = depth === 0 && v.roman ? (ROMAN[fieldIndex] ?? node.code) : node.code;
    text(row, ci("code"), rawCode);
    text(row, ci("title"), depth === 0 ? node.title.toUpperCase() : node.title);
    num(row, ci("max"), max);
    const childRows: number[] = [];
    for (const child of node.children ?? []) {
      const cr = walk(child, depth + 1, fieldIndex, inBonus);
      if (cr !== null) childRows.push(cr);
    }
    // Bonus/penalty containers carry no subtotal (they are capped, not summed, by the rules).
    if (!inBonus) {
      for (const k of ["self", "appraisal"] as const) {
        const c = ci(k);
        if (c >= 0)
          sumOf(
            row,
            c,
            childRows.map((cr) => addr(cr, c)),
          );
      }
    }
    return row;
  };

  // Pick the leaves that lose their evidence before walking (positions among all leaves).
  let leafCount = 0;
  const count = (n: Criterion) => {
    if (!applies(n, unitType)) return;
    if (isLeaf(n)) leafCount++;
    else (n.children ?? []).forEach(count);
  };
  set.fields.forEach(count);
  while (missing.size < Math.min(v.missingEvidence, leafCount)) missing.add(rng.int(0, leafCount - 1));

  const mainRows: number[] = [];
  set.fields.forEach((field, i) => {
    const bonus = Boolean(field.bonus || field.penalty);
    const fr = walk(field, 0, i, bonus);
    if (fr !== null && !bonus) mainRows.push(fr);
  });

  // Total row.
  const totalRow = r++;
  text(
    totalRow,
    ci("title"),
    `Tổng cộng (${mainRows.map((_, i) => (v.roman ? ROMAN[i] : String(i + 1))).join("+")})`,
  );
  for (const k of ["max", "self", "appraisal"] as const) {
    const c = ci(k);
    if (c < 0) continue;
    sumOf(
      totalRow,
      c,
      mainRows.map((mr) => addr(mr, c)),
    );
  }
  if (v.wrongTotal !== undefined) {
    const c = ci("self");
    const cell = ws[addr(totalRow, c)]!;
    if (cell.t === "n") set1(totalRow, c, { t: "n", v: roundTo((cell.v as number) + v.wrongTotal, 2) });
  }
  r++;
  text(r++, 0, "Ghi chú: dữ liệu mẫu do công cụ cchc tạo ra để thử nghiệm.");

  ws["!ref"] = `A1:${addr(r - 1, last)}`;
  ws["!merges"] = merges;
  ws["!cols"] = cols.map((c) => ({ wch: c.width }));
  if (hiddenRows.length > 0) {
    const rows: XLSXTypes.RowInfo[] = [];
    for (const h of hiddenRows) rows[h] = { hidden: true };
    ws["!rows"] = rows;
  }
  return ws;
}
