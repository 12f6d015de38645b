/** Unit workbooks as a user would pick them from disk: .xlsx bytes written with SheetJS, plus broken ones. */
import * as XLSX from "@e965/xlsx";
import type { UnitFile } from "@cchc/scoring-ui";
import { departmentGrid } from "./workbooks";

export function xlsxBytes(sheets: { name: string; values: unknown[][] }[]): ArrayBuffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(s.values), s.name);
  const out = XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
  return out;
}

export const UNITS = ["Sở Tư pháp", "Sở Tài chính", "Sở Nội vụ"];

export function unitFiles(): UnitFile[] {
  return UNITS.map((unit) => {
    const grid = departmentGrid(unit, { mistakes: unit === "Sở Tài chính" });
    return { name: `${unit}.xlsx`, data: xlsxBytes([{ name: grid.sheet, values: grid.values }]) };
  });
}

export function brokenFiles(): UnitFile[] {
  return [
    {
      name: "Sở Xây dựng (hỏng).xlsx",
      data: new TextEncoder().encode("PK\u0003\u0004 not really a zip").buffer as ArrayBuffer,
    },
    { name: "Sở Y tế.xlsx", data: new ArrayBuffer(0) },
    { name: "Ghi chú.xlsx", data: xlsxBytes([{ name: "Sheet1", values: [["Không phải bảng chấm điểm"]] }]) },
  ];
}
