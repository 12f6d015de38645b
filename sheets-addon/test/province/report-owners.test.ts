/**
 * The province sidebar's Word report names the set's "Cơ quan thẩm định" in section IV ("Đề xuất
 * nâng cao chỉ số"), as the cli's and Excel's do for the same results and sets: the server's
 * finish reply carries the sets the units were scored with, and the report goes through the
 * core's publishedReport with them.
 */
import {
  getSampleSet,
  reportModel,
  type CriteriaSet,
  type Criterion,
  type ReportBlock,
  type ReportModel,
  type UnitResult,
} from "@cchc/scoring-core";
import { publishedReport } from "@cchc/scoring-core/workflow";
import type { ScoringService } from "@cchc/scoring-ui";
import { createProvinceClient, type ProvinceClient } from "../../src/client/province/api";
import { provinceService } from "../../src/client/province/province-service";
import type { FinishReply } from "../../src/server/province/consolidate";
import * as entry from "../../src/server/province/entry";
import { fakeScriptRun } from "../fakes/script-run";
import { removeGlobals } from "../fixtures/globals";
import { filledProvince } from "./province-fixture";

/** The sample department tree as a province's own set, whose appraisers differ from the built-in list. */
function ownSet(): CriteriaSet {
  const sample = structuredClone(getSampleSet("sample-department-2025")!);
  const strip = (n: Criterion): void => {
    delete n.appraiser;
    for (const c of n.children ?? []) strip(c);
  };
  sample.fields.forEach(strip);
  // Field 2 is silent: there the list's owner stays.
  for (const f of sample.fields) if (f.code !== "2") f.appraiser = "Văn phòng UBND tỉnh";
  return { ...sample, id: "an-hoa-so-2025", name: "Bộ tiêu chí An Hòa 2025", sample: false };
}

const memoryStorage = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};

/** Section IV's blocks: from its heading to the next section, signature or page change. */
function sectionIV(model: ReportModel): ReportBlock[] {
  const start = model.blocks.findIndex((b) => b.kind === "section" && b.text.startsWith("IV."));
  expect(start).toBeGreaterThan(0);
  const end = model.blocks.findIndex(
    (b, i) => i > start && (b.kind === "section" || b.kind === "signature" || b.kind === "landscape"),
  );
  return model.blocks.slice(start, end);
}

afterEach(() => removeGlobals());

describe("province Word report: section IV owners", () => {
  it("names the set's appraiser, the same as the cli's and Excel's report of the same results", async () => {
    const set = ownSet();
    // Two departments (unitRows' third row would be a commune, which this set does not cover).
    const t = filledProvince(2, 7, { sets: [set] });
    const g = globalThis as Record<string, unknown>;
    for (const [k, v] of Object.entries(t.env.globals)) g[k] = v;
    const run = fakeScriptRun({
      provinceBegin: (...a) => entry.provinceBegin(...(a as [string])),
      provinceUnit: (...a) => entry.provinceUnit(...(a as [string, unknown, string])),
      provinceFinish: (...a) => entry.provinceFinish(...(a as [string, unknown])),
      provinceCancel: (...a) => entry.provinceCancel(...(a as [string])),
      provinceSaveReport: (...a) => entry.provinceSaveReport(...(a as [string, string, string])),
    });
    // The units' results and the finish reply, as the sidebar received them.
    const real = createProvinceClient(run.runner);
    const units: UnitResult[] = [];
    let finish: FinishReply | null = null;
    const client: ProvinceClient = {
      ...real,
      provinceUnit: async (...a) => {
        const reply = await real.provinceUnit(...a);
        if (reply.ok) units.push(reply.result);
        return reply;
      },
      provinceFinish: async (...a) => (finish = await real.provinceFinish(...a)),
    };
    let model: ReportModel | null = null;
    const base = { host: "sheets", displayLanguage: () => "vi-VN" } as unknown as ScoringService;
    const service = provinceService(base, client, memoryStorage(), {
      pool: 1,
      outputs: async () => ({
        reportDocx: async (m) => {
          model = m;
          return new Uint8Array([1]);
        },
        feedbackZip: () => new Uint8Array(),
      }),
    });
    await service.consolidate({ source: "units" }, () => undefined, new AbortController().signal);
    await service.wordReport!();
    expect(units).toHaveLength(2);
    const reply = finish! as FinishReply;
    expect(reply.sets.map((s) => s.id)).toEqual([set.id]);

    const sheets = sectionIV(model!);
    // The cli (`rank --framework`) and Excel (publishedReport of its run) over the same results and set.
    const options = { units, heading: reply.heading, decimals: reply.decimals, sets: [set] };
    const cli = sectionIV(reportModel(reply.ranking, "vi", options));
    const excel = sectionIV(publishedReport({ lang: "vi", ranking: reply.ranking, ...options }));
    expect(sheets).toEqual(cli);
    expect(sheets).toEqual(excel);

    // And it is the set's appraiser, not the list's, with the source said.
    const text = JSON.stringify(sheets);
    expect(text).toContain("Văn phòng UBND tỉnh");
    expect(text).toContain("“Cơ quan thẩm định” của bộ tiêu chí");
    // Without the sets the report would name the list's owners: the comparison can fail.
    const listOnly = sectionIV(reportModel(reply.ranking, "vi", { ...options, sets: [] }));
    expect(listOnly).not.toEqual(sheets);
  });
});
