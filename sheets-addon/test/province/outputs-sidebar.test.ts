/**
 * The province sidebar's outputs after a consolidation, over a fake google.script.run wired to
 * the real server and the fake province: the Word report and the units' feedback (.zip) are made
 * in the sidebar and saved to the user's Drive under drive.file; their links come back.
 */
import { strFromU8, unzipSync } from "fflate";
import * as XLSX from "@e965/xlsx";
import type { ScoringService } from "@cchc/scoring-ui";
import { createProvinceClient } from "../../src/client/province/api";
import { outputWriters } from "../../src/client/province/outputs/outputs";
import { provinceService } from "../../src/client/province/province-service";
import * as entry from "../../src/server/province/entry";
import { fakeScriptRun } from "../fakes/script-run";
import { removeGlobals } from "../fixtures/globals";
import { filledProvince } from "./province-fixture";

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

function setup(n: number) {
  const province = filledProvince(n);
  const g = globalThis as Record<string, unknown>;
  for (const [k, v] of Object.entries(province.env.globals)) g[k] = v;
  const run = fakeScriptRun({
    provinceBegin: (...a) => entry.provinceBegin(...(a as [string])),
    provinceUnit: (...a) => entry.provinceUnit(...(a as [string, unknown, string])),
    provinceFinish: (...a) => entry.provinceFinish(...(a as [string, unknown])),
    provinceCancel: (...a) => entry.provinceCancel(...(a as [string])),
    provinceSaveReport: (...a) => entry.provinceSaveReport(...(a as [string, string, string])),
  });
  const base = { host: "sheets", displayLanguage: () => "vi-VN" } as unknown as ScoringService;
  // The sidebar loads these writers from OutputsChunk.html on first use (test/province/sidebar.test.ts
  // runs that path in Chromium); here they come straight from their module.
  const service = provinceService(base, createProvinceClient(run.runner), memoryStorage(), {
    pool: 2,
    outputs: async () => outputWriters,
  });
  return { ...province, run, service };
}

afterEach(() => removeGlobals());

describe("province sidebar outputs", () => {
  it("saves the Word report and the units' feedback to Drive, with the ranking's figures", async () => {
    const t = setup(3);
    await expect(t.service.wordReport!()).rejects.toMatchObject({ code: "no-ranking" });
    const { ranking } = await t.service.consolidate(
      { source: "units" },
      () => undefined,
      new AbortController().signal,
    );
    const rows = ranking.groups.flatMap((g) => g.rows);
    expect(rows).toHaveLength(3);

    const report = await t.service.wordReport!();
    expect(report.kind).toBe("link");
    const saved = [...t.env.world.uploads.values()];
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe("Báo cáo Chỉ số CCHC năm 2025.docx");
    const xml = strFromU8(unzipSync(saved[0]!.bytes)["word/document.xml"]!);
    for (const r of rows) expect(xml).toContain(r.unit);

    const feedback = await t.service.unitFeedback!();
    expect(feedback.kind === "link" && feedback.fileName).toBe("Phản hồi các đơn vị.zip");
    const zip = [...t.env.world.uploads.values()].find((u) => u.name.endsWith(".zip"))!;
    expect(zip.mimeType).toBe("application/zip");
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual(rows.map((r) => `Phản hồi - ${r.unit}.xlsx`).sort());
    for (const r of rows) {
      const wb = XLSX.read(files[`Phản hồi - ${r.unit}.xlsx`]!);
      const summary = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets["Kết quả"]!, { header: 1 });
      const v = (label: string) => summary.find((x) => x[0] === label)?.[1];
      expect(v("Tổng")).toBe(Math.round(r.final * 100) / 100);
      expect(v("Điểm ĐTXHH")).toBe(r.survey === null ? "chưa có" : Math.round(r.survey * 100) / 100);
    }
  });
});
