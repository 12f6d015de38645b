/**
 * A sample annex (phụ lục) as a province publishes it, written from one of the core's SAMPLE sets:
 * title rows, STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tối đa | Cách tính điểm | Tài
 * liệu kiểm chứng, a total row, the bonus/penalty content last. Two styles, as real annexes
 * differ: Roman fields with numbering restarting per field and rule lines on their own "-" rows
 * (departments), or Arabic dotted codes with the rule in its column (communes). `cchc framework`
 * reads it back into the same set (cli/test/e2e/annex-samples.test.ts). DỮ LIỆU MẪU.
 */
import * as XLSX from "@e965/xlsx";
import type { CriteriaSet, Criterion } from "@cchc/scoring-core";

export type AnnexStyle = "roman-rule-rows" | "arabic-rule-column";

/** The sample annexes shipped in cli/samples/phu-luc (the province job derives sets from them). */
export const SAMPLE_ANNEXES: {
  file: string;
  sheet: string;
  setId: string;
  unitType: string;
  style: AnnexStyle;
}[] = [
  {
    file: "phu-luc-01-so-ban-nganh.xlsx",
    sheet: "Phụ lục 01",
    setId: "sample-department-2025",
    unitType: "department",
    style: "roman-rule-rows",
  },
  {
    file: "phu-luc-02-xa-phuong.xlsx",
    sheet: "Phụ lục 02",
    setId: "sample-commune-2025",
    unitType: "commune",
    style: "arabic-rule-column",
  },
];

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

export function annexRows(set: CriteriaSet, style: AnnexStyle): (string | number | null)[][] {
  const roman = style === "roman-rule-rows";
  const rows: (string | number | null)[][] = [
    ["ỦY BAN NHÂN DÂN TỈNH AN HÒA (DỮ LIỆU MẪU)"],
    [set.source.annex ?? "Phụ lục"],
    [`${set.name.toUpperCase()}`],
    [`(Kèm theo ${set.source.decision ?? "Quyết định (mẫu)"}) — DỮ LIỆU MẪU, không phải văn bản chính thức`],
    [],
    ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Cách tính điểm", "Tài liệu kiểm chứng"],
  ];
  // Relative numbering under Roman fields: "2.3.1" → "3.1" under field II.
  const numberOf = (code: string, depth: number): string => {
    const parts = code.split(".");
    if (!roman) return code;
    if (depth === 0) return ROMAN[Number(parts[0]) - 1]!;
    return parts.slice(1).join(".");
  };
  const walk = (node: Criterion, depth: number) => {
    const kids = node.children ?? [];
    const lines = node.ruleText ? node.ruleText.split(/\n/) : [];
    const ruleInColumn = !roman && lines.length > 0 ? lines.join("\n") : null;
    rows.push([numberOf(node.code, depth), node.title, node.max, ruleInColumn, node.evidence ?? null]);
    if (roman) for (const line of lines) rows.push([null, `- ${line}`, null, null, null]);
    for (const k of kids) walk(k, depth + 1);
  };
  const isExtra = (f: Criterion) => f.bonus === true || f.penalty === true;
  for (const f of set.fields.filter((x) => !isExtra(x))) walk(f, 0);
  rows.push([null, "Tổng cộng", set.declaredTotal ?? null, null, null]);
  for (const f of set.fields.filter(isExtra)) walk(f, 0);
  return rows;
}

export function annexSheet(set: CriteriaSet, style: AnnexStyle): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(annexRows(set, style));
  ws["!merges"] = [0, 1, 2, 3].map((r) => ({ s: { r, c: 0 }, e: { r, c: 4 } }));
  ws["!cols"] = [{ wch: 6 }, { wch: 70 }, { wch: 10 }, { wch: 50 }, { wch: 40 }];
  return ws;
}
