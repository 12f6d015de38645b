/**
 * The province edition publishes with its settings sheet's heading (issuing body, province,
 * decision, signer), like the cli's --issuer/--province/--decision/--signer, and saves the Word
 * report to the user's Drive under drive.file, answering its link — or says why it cannot.
 */
import { fillTemplate, getSampleSet, scoreWorkbook, type UnitResult } from "@cchc/scoring-core";
import { SETTINGS_KEYS, criteriaSetForUnit } from "@cchc/scoring-core/province";
import { publishedReport } from "@cchc/scoring-core/workflow";
import { renderReportDocx } from "@cchc/xlsx-grid/docx";
import { strFromU8, unzipSync } from "fflate";
import { beginConsolidation, finishConsolidation } from "../../src/server/province/consolidate";
import { DOCX_MIME, saveReportToDrive } from "../../src/server/province/report";
import { provinceWith, randomAnswers, rng, specFor, unitRows } from "./province-fixture";

const units = unitRows(3);

function results(): UnitResult[] {
  const next = rng(7);
  return units.map((u) => {
    const spec = specFor(u);
    const type = u.unitType === "Sở" ? "department" : "commune";
    const scored = scoreWorkbook(
      [fillTemplate(spec, randomAnswers(spec, next))],
      { unit: u.unit, group: u.group, unitType: type },
      {
        lang: "vi",
        set: criteriaSetForUnit(getSampleSet("sample-department-2025")!, type),
        unitType: type,
        survey: { total: u.survey as number },
      },
    );
    if (!scored.ok) throw new Error(scored.error);
    return scored.result;
  });
}

function withHeading() {
  const env = provinceWith(units);
  // The settings sheet the province fills: the heading's rows, as settingsSheetRows wrote them.
  const settings = env.control._sheet("Cài đặt");
  const at = SETTINGS_KEYS.findIndex((k) => k.key === "issuer");
  expect(settings._text(`A${at + 1}`)).toMatch(/^Cơ quan ban hành/);
  settings._fill([
    ...Array.from({ length: at }, () => []),
    [null, "UBND TỈNH SƠN LA / SỞ NỘI VỤ"],
    [null, "Sơn La"],
    [null, "152/QĐ-UBND ngày 20/01/2026"],
    [null, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLò Văn Minh"],
  ]);
  return env;
}

describe("the province's published heading", () => {
  it("goes from the settings sheet to the ranking sheets and back to the sidebar", () => {
    const env = withHeading();
    const begin = beginConsolidation(env.services, "vi", "client-1", 1_000);
    const done = finishConsolidation(env.services, "vi", begin.jobId, { results: results(), failed: [] });
    expect(done.heading).toEqual({
      issuer: ["UBND TỈNH SƠN LA", "SỞ NỘI VỤ"],
      province: "Sơn La",
      year: 2025,
      decision: "152/QĐ-UBND ngày 20/01/2026",
      signer: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Văn Minh"],
    });
    expect(done.decimals).toBe(2);
    const sheet = env.control._sheet(done.sheets[0]!);
    expect(sheet._text("A1")).toBe("UBND TỈNH SƠN LA");
    expect(sheet._text("A2")).toBe("SỞ NỘI VỤ");
    const texts = Array.from({ length: 8 }, (_, r) => sheet._text(`A${r + 1}`));
    expect(texts).toContain("(Kèm theo Quyết định số 152/QĐ-UBND ngày 20/01/2026)");
  });

  it("saves the sidebar's .docx to Drive (drive.file) and answers its link", async () => {
    const env = withHeading();
    const begin = beginConsolidation(env.services, "vi", "client-1", 1_000);
    const done = finishConsolidation(env.services, "vi", begin.jobId, { results: results(), failed: [] });
    const bytes = await renderReportDocx(
      publishedReport({
        lang: "vi",
        ranking: done.ranking,
        units: results(),
        heading: done.heading,
        decimals: done.decimals,
      }),
    );
    env.log.reset();
    const reply = saveReportToDrive(
      env.services,
      "vi",
      "Báo cáo Chỉ số CCHC năm 2025.docx",
      Buffer.from(bytes).toString("base64"),
    );
    expect(env.log.count(/^Drive\.Files\.create$/)).toBe(1);
    expect(reply.name).toBe("Báo cáo Chỉ số CCHC năm 2025.docx");
    expect(reply.url).toBe(`https://drive.google.com/file/d/${reply.id}/view?usp=drivesdk`);
    const saved = env.world.uploads.get(reply.id)!;
    expect(saved.mimeType).toBe(DOCX_MIME);
    expect(Buffer.from(saved.bytes).equals(Buffer.from(bytes))).toBe(true);
    const xml = strFromU8(unzipSync(saved.bytes)["word/document.xml"]!);
    for (const t of ["UBND TỈNH SƠN LA", "PHÓ GIÁM ĐỐC", "Lò Văn Minh", units[0]!.unit])
      expect(xml).toContain(t);
  });

  it("says why when the deployment has no Drive service, and refuses what is not a report", () => {
    const env = withHeading();
    const noDrive = { ...env.services, Drive: undefined };
    expect(() => saveReportToDrive(noDrive, "vi", "a.docx", "UEs=")).toThrow(/dịch vụ Google Drive nâng cao/);
    expect(() => saveReportToDrive(env.services, "en", 42, "UEs=")).toThrow(/not valid/);
    // A name with path separators is made safe, and always ends in .docx.
    const reply = saveReportToDrive(env.services, "vi", "../Báo cáo: 2025", "UEs=");
    expect(reply.name).toBe("..-Báo cáo- 2025.docx");
  });
});
