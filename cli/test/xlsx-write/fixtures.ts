/** Hand-built core layouts for the writer's tests (buildTemplate / rankingSheets land separately). */
import { strFromU8, unzipSync } from "fflate";
import type { SheetBlock, TemplateSpec } from "@cchc/scoring-core";

/**
 * A unit's template: title, header, one field with a criterion and three sub-criteria (a
 * decimal score, a list of levels, a survey-scored one, one that may not apply), and a total
 * row with SUM formulas.
 * Columns: A STT, B content, C max, D self, E appraisal, F evidence, G explanation.
 */
export function sampleTemplate(): TemplateSpec {
  const columns: TemplateSpec["columns"] = [
    { role: "code", header: "STT", width: 6, editable: false, numberFormat: "@" },
    { role: "title", header: "Lĩnh vực/tiêu chí/tiêu chí thành phần", width: 45, editable: false },
    { role: "max", header: "Điểm tối đa", width: 10, editable: false },
    { role: "self", header: "Điểm tự đánh giá", width: 12, editable: true },
    { role: "appraisal1", header: "Điểm thẩm định", width: 12, editable: false },
    { role: "evidence", header: "Tài liệu kiểm chứng", width: 30, editable: true },
    { role: "explanation", header: "Giải trình", width: 30, editable: true },
  ];
  return {
    sheetName: "Tự chấm điểm",
    columns,
    rows: [
      { kind: "title", cells: ["BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025 — Sở Tư pháp"] },
      { kind: "header", cells: columns.map((c) => c.header) },
      {
        kind: "field",
        code: "1",
        cells: ["1", "Công tác chỉ đạo, điều hành CCHC", 3.25, { formula: "=SUM(D5:D8)" }, null, null, null],
      },
      { kind: "criterion", code: "1.1", cells: ["1.1", "Kế hoạch CCHC", 3.25, null, null, null, null] },
      {
        kind: "subcriterion",
        code: "1.1.1",
        cells: ["1.1.1", "'=Ban hành kế hoạch đúng hạn", 1.5, null, null, null, null],
        validation: { kind: "decimal", min: 0, max: 1.5 },
        evidenceHint: "Kế hoạch CCHC năm của cơ quan",
      },
      {
        kind: "subcriterion",
        code: "1.1.2",
        cells: ["1.1.2", "Mức độ hoàn thành kế hoạch", 1, null, null, null, null],
        validation: { kind: "list", values: [0, 0.5, 1] },
      },
      {
        kind: "subcriterion",
        code: "1.1.3",
        cells: ["1.1.3", "Khảo sát sự hài lòng (ĐTXHH)", 0.5, null, null, null, null],
        greyed: true,
      },
      {
        kind: "subcriterion",
        code: "1.1.4",
        cells: ["1.1.4", "Công khai thủ tục (nếu có)", 0.25, null, null, null, null],
        validation: { kind: "decimal", min: 0, max: 0.25, allowText: ["Không áp dụng"] },
      },
      { kind: "rule", cells: [null, "- Đúng hạn: 1,5 điểm; chậm: 0,5 điểm", null, null, null, null, null] },
      {
        kind: "total",
        cells: ["", "TỔNG ĐIỂM", { formula: "=SUM(C3)" }, { formula: "=SUM(D3)" }, null, null, null],
      },
    ],
    frozenRows: 2,
    conditionalFormats: [
      { kind: "missing-evidence", range: "D5:D8", formula: '=AND(D5>0,F5="",G5="")' },
      { kind: "over-max", range: "D5:D8", formula: "=D5>C5" },
    ],
    editableRanges: ["D5:D6", "D8", "F5:G8"],
    appraisalRanges: [{ field: "1", range: "E5:E8" }],
    totalCells: { self: "D10", max: "C10" },
    merges: [
      { top: 0, left: 0, bottom: 0, right: 6 },
      { top: 1, left: 0, bottom: 1, right: 0 },
    ],
  };
}

/** A ranking block: title row, header, four units with indices; links to the units' sheets. */
export function sampleRanking(): SheetBlock {
  return {
    name: "Xếp hạng - Sở",
    rows: [
      ["XẾP HẠNG CHỈ SỐ CCHC NĂM 2025 — KHỐI SỞ", null, null, null],
      ["Hạng", "Đơn vị", "Tổng điểm", "Chỉ số (%)"],
      [1, "Sở Tư pháp", 91.25, 91.25],
      [2, "'=Sở Nội vụ", 88.5, 88.5],
      [2, "Sở Tài chính", 88.5, 88.5],
      [4, "Sở Y tế", 70.125, 70.13],
    ],
    headerRows: [1],
    columnWidths: [8, 30, 12, 12],
    numberColumns: [2, 3],
    links: [{ row: 2, col: 1, sheet: "Tự chấm điểm", cell: "D10" }],
  };
}

export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(files)) out[k] = strFromU8(v);
  return out;
}

/** Names of the direct children of <worksheet>, in document order. */
export function worksheetChildren(xml: string): string[] {
  const body = xml.slice(xml.indexOf(">", xml.indexOf("<worksheet")) + 1, xml.lastIndexOf("</worksheet>"));
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (close) {
      depth--;
      continue;
    }
    if (depth === 0) names.push(name!.replace(/^\w+:/, ""));
    if (!selfClose) depth++;
  }
  return names;
}
