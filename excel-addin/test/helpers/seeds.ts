/** What the browser tests put in the fake workbook and in the file picker. */
import type { Seed } from "./pane";
import { brokenFiles, unitFiles } from "./unit-files";
import { departmentGrid, DEPARTMENT_SHEET } from "./workbooks";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function departmentSeed(displayLanguage = "vi-VN"): Seed {
  return {
    displayLanguage,
    sheets: [{ sheet: "Hướng dẫn", values: [["Hướng dẫn chấm điểm"]] }, departmentGrid()],
    active: DEPARTMENT_SHEET,
  };
}

export function pickedFiles() {
  return [...unitFiles(), ...brokenFiles()].map((f) => ({
    name: f.name,
    mimeType: XLSX_TYPE,
    buffer: Buffer.from(f.data),
  }));
}
