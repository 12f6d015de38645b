/**
 * A sample annex (phụ lục) as a province publishes it, written from one of the core's SAMPLE sets:
 * title rows, STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tối đa | Cách tính điểm | Tài
 * liệu kiểm chứng | Cơ quan thẩm định, a total row, the bonus/penalty content last. Two styles,
 * as real annexes differ: Roman fields with numbering restarting per field, rule lines on their
 * own "-" rows and the not-applicable case as one of those lines (departments), or Arabic dotted
 * codes with the rule in its column and a "Trường hợp không áp dụng" column (communes). Each field
 * names the department that appraises it. `cchc framework` reads it back into the same set
 * (cli/test/e2e/annex.test.ts). DỮ LIỆU MẪU.
 */
import * as XLSX from "@e965/xlsx";
import type { CriteriaSet, Criterion, NotApplicablePolicy } from "@cchc/scoring-core";

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

/** What "Không áp dụng" does, as annexes word it. */
const POLICY_WORDS: Record<NotApplicablePolicy, string> = {
  exclude: "không tính vào điểm tối đa",
  "full-marks": "được điểm tối đa",
  rescale: "quy đổi theo tỷ lệ các tiêu chí còn lại",
  share: "chia đều điểm cho các tiêu chí còn lại",
};

/** The not-applicable case of a node: a whole field ("Không áp dụng đối với …") or one item. */
function notApplicableWords(node: Criterion, depth: number, inColumn: boolean): string | null {
  if (!node.mayBeNotApplicable) return null;
  const policy = POLICY_WORDS[node.notApplicablePolicy ?? "exclude"];
  if (inColumn) return policy.charAt(0).toUpperCase() + policy.slice(1);
  return depth === 0
    ? `Không áp dụng đối với cơ quan không có nhiệm vụ thuộc lĩnh vực này (${policy})`
    : `Trường hợp không phát sinh thì ${policy}`;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

export function annexRows(set: CriteriaSet, style: AnnexStyle): (string | number | null)[][] {
  const roman = style === "roman-rule-rows";
  const header = roman
    ? [
        "STT",
        "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
        "Điểm tối đa",
        "Cách tính điểm",
        "Tài liệu kiểm chứng",
        "Cơ quan thẩm định",
      ]
    : [
        "STT",
        "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
        "Điểm tối đa",
        "Cách tính điểm",
        "Trường hợp không áp dụng",
        "Tài liệu kiểm chứng",
        "Cơ quan chủ trì thẩm định",
      ];
  const blank = () => header.map(() => null as string | number | null);
  const rows: (string | number | null)[][] = [
    ["ỦY BAN NHÂN DÂN TỈNH AN HÒA (DỮ LIỆU MẪU)"],
    [set.source.annex ?? "Phụ lục"],
    [`${set.name.toUpperCase()}`],
    [`(Kèm theo ${set.source.decision ?? "Quyết định (mẫu)"}) — DỮ LIỆU MẪU, không phải văn bản chính thức`],
    [],
    header,
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
    const na = notApplicableWords(node, depth, !roman);
    const appraiser = node.appraiser ?? null;
    if (roman) {
      rows.push([numberOf(node.code, depth), node.title, node.max, null, node.evidence ?? null, appraiser]);
      for (const line of na ? [...lines, na] : lines) {
        const row = blank();
        row[1] = /^[-+]\s/.test(line) ? line : `- ${line}`;
        rows.push(row);
      }
    } else {
      const rule = lines.length > 0 ? lines.join("\n") : null;
      rows.push([node.code, node.title, node.max, rule, na, node.evidence ?? null, appraiser]);
    }
    for (const k of kids) walk(k, depth + 1);
  };
  const isExtra = (f: Criterion) => f.bonus === true || f.penalty === true;
  for (const f of set.fields.filter((x) => !isExtra(x))) walk(f, 0);
  const total = blank();
  total[1] = "Tổng cộng";
  total[2] = set.declaredTotal ?? null;
  rows.push(total);
  for (const f of set.fields.filter(isExtra)) walk(f, 0);
  return rows;
}

export function annexSheet(set: CriteriaSet, style: AnnexStyle): XLSX.WorkSheet {
  const rows = annexRows(set, style);
  const ws = XLSX.utils.aoa_to_sheet(rows);
  const last = rows[5]!.length - 1;
  ws["!merges"] = [0, 1, 2, 3].map((r) => ({ s: { r, c: 0 }, e: { r, c: last } }));
  ws["!cols"] =
    style === "roman-rule-rows"
      ? [{ wch: 6 }, { wch: 70 }, { wch: 10 }, { wch: 50 }, { wch: 40 }, { wch: 22 }]
      : [{ wch: 6 }, { wch: 60 }, { wch: 10 }, { wch: 45 }, { wch: 24 }, { wch: 36 }, { wch: 22 }];
  return ws;
}
