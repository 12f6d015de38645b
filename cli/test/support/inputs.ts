/** Bad and good inputs for the end-to-end tests, built in memory (sample data). */
import { randomBytes } from "node:crypto";
import * as XLSX from "@e965/xlsx";
import { strToU8, unzipSync, zipSync } from "fflate";
import { sampleUnitSheet, sampleUnitWorkbook, workbookBytes } from "../../scripts/samples/unit-workbook";

export { sampleUnitSheet, sampleUnitWorkbook, workbookBytes };

export function emptyWorkbook(): Uint8Array {
  return workbookBytes([["Sheet1", XLSX.utils.aoa_to_sheet([])]]);
}

export function notesWorkbook(): Uint8Array {
  return workbookBytes([
    ["Ghi chú", XLSX.utils.aoa_to_sheet([["Không có bảng chấm điểm ở đây"], ["Chỉ có ghi chú"]])],
  ]);
}

/** Two sheets that both look like a scoring table. */
export function twoCandidates(): Uint8Array {
  const a = sampleUnitSheet({ unit: "Sở Tư pháp", unitType: "department", seed: 3 });
  const b = sampleUnitSheet({ unit: "Sở Tư pháp", unitType: "department", seed: 4 });
  return workbookBytes([
    ["Tự chấm 2025", a],
    ["Bản nháp", b],
  ]);
}

/** A legacy .xls (BIFF8, an OLE2 container) renamed .xlsx. */
export function xlsBytes(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["STT", "Nội dung", "Điểm tối đa"]]), "Sheet1");
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "biff8" }) as ArrayBuffer);
}

export const CSV_TEXT = "STT;Nội dung;Điểm tối đa;Điểm tự đánh giá\n1;Công tác chỉ đạo;10;8,5\n";

/** What Excel writes for a password-protected workbook: an OLE2 file with encryption streams. */
export function encryptedBytes(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3, 4]));
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", new Uint8Array(4096).fill(7));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as number[]);
}

/** A valid workbook whose sheet part inflates to 24 MB of spaces (ratio ≈ 1000:1). */
export function zipBomb(): Uint8Array {
  const parts = unzipSync(sampleUnitWorkbook({ unit: "Sở Y tế", unitType: "department" }));
  const sheet = Object.keys(parts).find((k) => k.startsWith("xl/worksheets/"))!;
  const xml = new Uint8Array(24 * 1024 * 1024).fill(0x20);
  xml.set(strToU8('<?xml version="1.0"?>'), 0);
  parts[sheet] = xml;
  return zipSync(parts, { level: 6 });
}

/**
 * A real scoring workbook of about `mb` MB: it carries a large scanned image (what usually makes
 * units' files big: evidence pasted in as pictures), stored as incompressible bytes.
 */
export function bigWorkbook(mb: number): Uint8Array {
  const parts = unzipSync(sampleUnitWorkbook({ unit: "Sở Xây dựng", unitType: "department" }));
  const noise = new Uint8Array(randomBytes(Math.ceil(mb * 1024 * 1024)));
  const zippable: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = { ...parts };
  zippable["xl/media/image1.png"] = [noise, { level: 0 }];
  return zipSync(zippable);
}
