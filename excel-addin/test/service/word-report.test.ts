/**
 * The Excel pane's "Báo cáo (Word)": after a consolidation the service renders the Báo cáo kết
 * quả (the core's model, xlsx-grid's docx renderer loaded on demand) with the stored heading
 * settings, and hands the pane a .docx to download.
 */
import { DEFAULT_SETTINGS } from "@cchc/scoring-core";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import * as XLSX from "@e965/xlsx";
import { strFromU8, unzipSync } from "fflate";
import { OfficePort } from "../../src/host/office-port";
import { ExcelScoringService } from "../../src/service/excel-scoring-service";
import { FakeExcelHost } from "../fake-excel";
import { UNITS, unitFiles } from "../helpers/unit-files";

function service(withDocx: boolean) {
  const host = new FakeExcelHost({});
  let loads = 0;
  const svc = new ExcelScoringService(new OfficePort(host.env()), {
    displayLanguage: "vi-VN",
    loadReader: async () => ({ xlsx: XLSX, read: readWorkbookGrids }),
    ...(withDocx
      ? {
          loadDocx: async () => {
            loads++;
            return (await import("../../src/service/word-report")).renderWordReport;
          },
          loadFeedbackZip: async () => (await import("../../src/service/feedback-zip")).feedbackZip,
        }
      : {}),
  });
  return { host, svc, loads: () => loads };
}

const documentXml = (data: Uint8Array) => strFromU8(unzipSync(data)["word/document.xml"]!);

describe("Word report from the Excel pane", () => {
  it("renders the last consolidation's report with the stored heading, as a .docx to download", async () => {
    const { svc, loads } = service(true);
    await svc.saveSettings({
      ...DEFAULT_SETTINGS,
      publish: {
        issuer: ["UBND TỈNH AN HÒA", "SỞ NỘI VỤ"],
        province: "An Hòa",
        year: 2025,
        decision: "15/QĐ-UBND ngày 20/01/2026",
        signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"],
      },
    });
    expect(loads()).toBe(0);
    const result = await svc.consolidate(
      { source: "files", files: unitFiles() },
      () => undefined,
      new AbortController().signal,
    );
    // The renderer is not loaded by consolidating: only by asking for the report.
    expect(loads()).toBe(0);
    const file = await svc.wordReport!();
    expect(loads()).toBe(1);
    expect(file.kind).toBe("file");
    if (file.kind !== "file") return;
    expect(file.fileName).toBe("Báo cáo Chỉ số CCHC năm 2025.docx");
    expect(file.mime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const xml = documentXml(file.data);
    for (const text of [
      "UBND TỈNH AN HÒA",
      "SỞ NỘI VỤ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Kết quả xác định Chỉ số cải cách hành chính năm 2025",
      "PHÓ GIÁM ĐỐC",
      "Nguyễn Văn An",
      ...UNITS,
    ])
      expect(xml).toContain(text);
    // The ranking table holds the ranking's own figures.
    const first = result.ranking.groups[0]!.rows[0]!;
    expect(xml).toContain(first.final.toFixed(2).replace(".", ","));
  });

  it("says to consolidate first, and a host without the renderer offers no report", async () => {
    const { svc } = service(true);
    await expect(svc.wordReport!()).rejects.toMatchObject({ code: "no-ranking" });
    await expect(svc.unitFeedback!()).rejects.toMatchObject({ code: "no-ranking" });
    expect(service(false).svc.wordReport).toBeUndefined();
    expect(service(false).svc.unitFeedback).toBeUndefined();
  });

  it("gives one feedback workbook per unit, in a .zip, with exactly the ranking's figures", async () => {
    const { svc } = service(true);
    const result = await svc.consolidate(
      { source: "files", files: unitFiles() },
      () => undefined,
      new AbortController().signal,
    );
    const file = await svc.unitFeedback!();
    expect(file.kind).toBe("file");
    if (file.kind !== "file") return;
    expect(file.fileName).toBe("Phản hồi các đơn vị.zip");
    const entries = unzipSync(file.data);
    expect(Object.keys(entries).sort()).toEqual(UNITS.map((u) => `Phản hồi - ${u}.xlsx`).sort());
    for (const row of result.ranking.groups.flatMap((g) => g.rows)) {
      const wb = XLSX.read(entries[`Phản hồi - ${row.unit}.xlsx`]!);
      expect(wb.SheetNames).toEqual(["Kết quả", "Điểm bị mất", "Vấn đề"]);
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets["Kết quả"]!, { header: 1 });
      const v = (label: string) => rows.find((r) => r[0] === label)?.[1];
      expect(v("Tổng")).toBe(Math.round(row.final * 100) / 100);
      expect(v("Hạng")).toBe(`${row.rank}/${result.ranking.groups[0]!.rows.length}`);
    }
  });
});
