/**
 * A survey design from a workbook: a questions sheet, and optionally units, group weights, scale
 * and settings sheets. Each sheet is recognised by its header cells (folded: case, diacritics,
 * NFC/NFD, spacing), whatever its name or position; problems are issues naming the cell.
 */
import { columnLetters } from "../grid/address";
import type { CellValue, Grid } from "../grid/grid";
import { foldWords } from "../grid/fold-cache";
import type { Lang } from "../messages/lang";
import { parseNumberCell } from "../numbers/parse-number";
import { cellText } from "../table/cell-read";
import { IssueCollector, type Issue } from "../issues/issue";
import { parseSurveyDesign, type SurveyDesign, type SurveyDesignInput } from "./design-schema";

type Kind = "questions" | "units" | "groups" | "scale" | "settings";

const RULES: Record<Kind, [RegExp, string][]> = {
  questions: [
    [/^(ma )?(cau hoi|cau)( so)?$|^ma cau( hoi)?$|^ma$|^question( code)?$|^code$/, "code"],
    [/^(noi dung|de muc)( cau hoi)?$|^noi dung cau hoi$|^question text$|^text$/, "text"],
    [/^(ma )?tieu chi( thanh phan)?( duoc cham)?$|^criterion$/, "criterion"],
    [/^diem (toi da )?(cua )?(tieu chi|dtxhh)|^criterion max/, "criterionMax"],
    [/^(diem|diem toi da)( cau hoi| cua cau hoi)?$|^max( points)?$/, "max"],
    [/^loai( don vi)?( duoc danh gia)?$|^doi tuong duoc danh gia$|^unit type$/, "unitType"],
    [/^(nhom|doi tuong)( tra loi| tham gia| khao sat| doi tuong)*$|^respondent groups?$|^groups?$/, "groups"],
    [/^thang( danh gia| diem)?$|^scale$/, "scale"],
  ],
  units: [
    [/^(ten )?(don vi|co quan)( duoc danh gia)?$|^unit$/, "name"],
    [/^loai( don vi)?$|^type$/, "type"],
    [/^(so nguoi|quy mo|tong the|population|n)( duoc khao sat)?$/, "population"],
  ],
  groups: [
    [/^(ten )?nhom( doi tuong)?$|^doi tuong$|^group$/, "name"],
    [/^ma( nhom)?$|^code$/, "code"],
    [/^trong so$|^he so$|^weight$/, "weight"],
  ],
  scale: [
    [/^(ten )?thang( danh gia)?$|^scale$/, "scale"],
    [/^(phuong an|dap an|lua chon|muc)( tra loi)?$|^option$|^label$/, "label"],
    [/^(trong so|ty le|muc diem|%|ty le diem)( % diem toi da)?$|^weight$/, "weight"],
    [/^(cach viet khac|ten khac|dien giai|noi dung)$|^aliases$/, "aliases"],
  ],
  settings: [
    [/^(cai dat|thiet lap|tham so|setting)$/, "key"],
    [/^(gia tri|value)$/, "value"],
  ],
};

const REQUIRED: Record<Kind, string[]> = {
  questions: ["code", "criterion", "max"],
  units: ["name"],
  groups: ["name", "weight"],
  scale: ["label", "weight"],
  settings: ["key", "value"],
};

interface Found {
  kind: Kind;
  grid: Grid;
  row: number;
  cols: Map<string, number>;
}

function findKind(grid: Grid): Found | null {
  let best: Found | null = null;
  for (let r = 0; r < Math.min(20, grid.values.length); r++) {
    const row = grid.values[r];
    if (!Array.isArray(row)) continue;
    const words = row.map((v) => (typeof v === "string" && v.length < 120 ? foldWords(v) : ""));
    for (const kind of Object.keys(RULES) as Kind[]) {
      const cols = new Map<string, number>();
      words.forEach((w, c) => {
        if (w === "") return;
        for (const [re, role] of RULES[kind])
          if (re.test(w) && !cols.has(role)) {
            cols.set(role, c);
            return;
          }
      });
      if (REQUIRED[kind].every((k) => cols.has(k)) && (!best || cols.size > best.cols.size))
        best = { kind, grid, row: r, cols };
    }
    if (best) return best;
  }
  return best;
}

function weightOf(v: CellValue): number | null | "invalid" {
  if (v === null || v === "") return null;
  const text = typeof v === "string" ? v.trim() : v;
  const percent = typeof text === "string" && text.endsWith("%");
  const p = parseNumberCell(percent ? (text as string).slice(0, -1) : text);
  if (p.kind === "blank" || p.kind === "not-applicable") return null;
  if (p.kind !== "number") return "invalid";
  const w = percent || p.value > 1 ? p.value / 100 : p.value;
  return w < 0 || w > 1 ? "invalid" : w;
}

/**
 * A group's weight is relative ("3", "1", "1" or "50 %", "30 %", "20 %"): only a percent sign
 * divides by 100. (A scale weight of 60 means 60 %; a group weight of 3 means 3 parts, not 3 %.)
 */
function groupWeightOf(v: CellValue): number | null | "invalid" {
  if (v === null || v === "") return null;
  const text = typeof v === "string" ? v.trim() : v;
  const percent = typeof text === "string" && text.endsWith("%");
  const p = parseNumberCell(percent ? (text as string).slice(0, -1) : text);
  if (p.kind === "blank" || p.kind === "not-applicable") return null;
  if (p.kind !== "number" || p.value < 0) return "invalid";
  return percent ? p.value / 100 : p.value;
}

const YES = /^(co|x|yes|true|1|dung)$/;

/**
 * Reads a design from a workbook's sheets. `overrides` (the command's options) win over the
 * workbook's settings. Returns null (with issues) when no questions sheet is found or the design
 * is not valid.
 */
export function readDesignGrids(
  grids: readonly Grid[],
  lang: Lang = "vi",
  overrides: Partial<SurveyDesignInput> = {},
): { design: SurveyDesign | null; issues: Issue[]; questionsSheet: string | null } {
  const issues = new IssueCollector(lang, null);
  const found = grids.map(findKind).filter((f): f is Found => f !== null);
  const questionsSheet = found.find((f) => f.kind === "questions");
  const input: SurveyDesignInput & {
    scales: Record<
      string,
      { kind: "options"; options: { label: string; aliases?: string[]; weight: number | null }[] }
    >;
    groups: { code: string; name: string; weight?: number }[];
    units: { name: string; type?: string; population?: number }[];
  } = { questions: [], scales: {}, groups: [], units: [] };
  const scaleOptions = new Map<string, { label: string; aliases?: string[]; weight: number | null }[]>();
  const bad = (f: Found, r: number, c: number, v: CellValue, reason: string) => {
    const column = columnLetters(c + (f.grid.origin?.col ?? 0));
    const row = r + (f.grid.origin?.row ?? 0) + 1;
    issues.add("survey-design-invalid", {
      sheet: f.grid.sheet,
      cell: column + row,
      row,
      column,
      value: cellText(v),
      params: { reason: `${f.grid.sheet}!${column}${row}: ${reason}` },
    });
  };
  for (const f of found) {
    const col = (k: string) => f.cols.get(k);
    const values = f.grid.values;
    for (let r = f.row + 1; r < values.length; r++) {
      const row = values[r];
      if (!Array.isArray(row)) continue;
      const text = (k: string) => {
        const c = col(k);
        return c === undefined ? "" : cellText(row[c] ?? null);
      };
      const num = (k: string): number | undefined | "invalid" => {
        const c = col(k);
        if (c === undefined) return undefined;
        const p = parseNumberCell(row[c] ?? null);
        if (p.kind === "blank") return undefined;
        return p.kind === "number" ? p.value : "invalid";
      };
      if (f.kind === "questions") {
        const code = text("code");
        if (code === "") continue;
        const max = num("max");
        const cmax = num("criterionMax");
        if (typeof max !== "number" || max <= 0) {
          bad(
            f,
            r,
            col("max")!,
            row[col("max")!] ?? null,
            lang === "vi"
              ? "điểm tối đa của câu hỏi phải là số dương"
              : "the question's maximum must be a positive number",
          );
          continue;
        }
        const groups = text("groups")
          .split(/[;,\n]+/)
          .map((s) => s.trim())
          .filter((s) => s !== "");
        input.questions.push({
          code,
          text: text("text"),
          criterion: text("criterion").replace(/\.$/, ""),
          max,
          ...(typeof cmax === "number" ? { criterionMax: cmax } : {}),
          ...(text("unitType") ? { unitType: text("unitType") } : {}),
          ...(groups.length ? { groups } : {}),
          ...(text("scale") ? { scale: text("scale") } : {}),
        });
      } else if (f.kind === "units") {
        const name = text("name");
        if (name === "") continue;
        const n = num("population");
        input.units.push({
          name,
          ...(text("type") ? { type: text("type") } : {}),
          ...(typeof n === "number" && n > 0 ? { population: Math.round(n) } : {}),
        });
      } else if (f.kind === "groups") {
        const name = text("name");
        if (name === "") continue;
        const w = groupWeightOf(row[col("weight")!] ?? null);
        if (w === "invalid") {
          bad(
            f,
            r,
            col("weight")!,
            row[col("weight")!] ?? null,
            lang === "vi" ? "trọng số nhóm không hợp lệ" : "invalid group weight",
          );
          continue;
        }
        input.groups.push({ code: text("code") || name, name, ...(w !== null ? { weight: w } : {}) });
      } else if (f.kind === "scale") {
        const label = text("label");
        if (label === "") continue;
        const w = weightOf(row[col("weight")!] ?? null);
        if (w === "invalid") {
          bad(
            f,
            r,
            col("weight")!,
            row[col("weight")!] ?? null,
            lang === "vi" ? "trọng số phải từ 0 đến 100 %" : "the weight must be 0 to 100 %",
          );
          continue;
        }
        const name = text("scale") || "abcd";
        if (name === "__proto__") {
          // JSON and the design schema cannot keep this key: say so rather than lose the scale.
          bad(
            f,
            r,
            col("scale")!,
            row[col("scale")!] ?? null,
            lang === "vi"
              ? "tên thang này không dùng được, hãy đặt tên khác"
              : "this scale name cannot be used; rename it",
          );
          continue;
        }
        const aliases = text("aliases")
          .split(/[;\n]+/)
          .map((s) => s.trim())
          .filter((s) => s !== "");
        // A Map, not input.scales: a scale named "constructor" or "__proto__" is data, not a built-in member.
        let options = scaleOptions.get(name);
        if (!options) scaleOptions.set(name, (options = []));
        options.push({ label, ...(aliases.length ? { aliases } : {}), weight: w });
      } else {
        const key = foldWords(text("key"));
        const v = row[col("value")!] ?? null;
        const vt = foldWords(cellText(v));
        if (/^so phieu toi thieu|^minimum/.test(key)) {
          const p = parseNumberCell(v);
          if (p.kind === "number" && p.value >= 0) input.minResponses = Math.round(p.value);
          else
            bad(
              f,
              r,
              col("value")!,
              v,
              lang === "vi" ? "số phiếu tối thiểu phải là số" : "the minimum must be a number",
            );
        } else if (/^thang( mac dinh)?$|^default scale/.test(key)) input.defaultScale = cellText(v);
        else if (/^(tieu de|ten|title)/.test(key)) input.title = cellText(v);
        else if (/trong so nhom|weigh/.test(key)) input.weighGroups = YES.test(vt);
      }
    }
  }
  // Group weights given in a sheet mean the design weighs groups, unless a setting says otherwise.
  if (input.weighGroups === undefined && input.groups.some((g) => g.weight !== undefined))
    input.weighGroups = true;
  // Questions given as an option (e.g. derived from a criteria set): the workbook needs no questions sheet.
  if (!questionsSheet && !overrides.questions) {
    issues.add("survey-design-invalid", {
      params: {
        reason:
          lang === "vi"
            ? "không tìm thấy trang câu hỏi (cột Mã câu hỏi, Tiêu chí, Điểm tối đa)"
            : "no questions sheet (columns question code, criterion, maximum) was found",
      },
    });
  }
  // Own properties (fromEntries defines, never assigns): no scale name reaches Object.prototype.
  if (scaleOptions.size > 0)
    input.scales = Object.fromEntries(
      [...scaleOptions].map(([n, options]) => [n, { kind: "options", options }]),
    );
  const merged = { ...input, ...overrides };
  const sheetName = questionsSheet?.grid.sheet ?? null;
  if (merged.questions.length === 0)
    return { design: null, issues: issues.issues, questionsSheet: sheetName };
  const parsed = parseSurveyDesign(merged);
  if (!parsed.ok) {
    issues.add("survey-design-invalid", { params: { reason: `${parsed.path}: ${parsed.reason}` } });
    return { design: null, issues: issues.issues, questionsSheet: sheetName };
  }
  return { design: parsed.design, issues: issues.issues, questionsSheet: sheetName };
}
