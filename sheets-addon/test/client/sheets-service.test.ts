import { DEFAULT_SETTINGS } from "@cchc/scoring-core";
import { ServiceError } from "@cchc/scoring-ui";
import { createServerClient } from "../../src/client/run";
import { SheetsScoringService } from "../../src/client/sheets-service";
import { assertWireSafe, fakeScriptRun } from "../fakes/script-run";
import { sampleReport } from "../fixtures/report";

function setup(locale = "vi") {
  const report = sampleReport();
  const run = fakeScriptRun({
    loadSettings: () => ({ ...DEFAULT_SETTINGS, lang: locale.startsWith("en") ? "en" : "vi" }),
    saveSettings: () => null,
    validate: () => report,
    selectCell: () => null,
    markIssues: () => ({ marked: 3 }),
    clearMarks: () => ({ cleared: 3 }),
    writeResults: () => ({ sheet: "Kết quả CCHC (2)", renamed: true }),
    listSheets: () => ["Tự chấm 2025"],
    listCriteriaSets: () => [],
    createTemplate: () => ({ sheet: "Tự chấm 2025" }),
    getContext: () => null,
    importCriteriaSet: () => ({
      stored: true,
      set: {
        id: "an-hoa",
        name: "Bộ An Hòa",
        year: 2025,
        unitTypes: ["department"],
        sample: false,
        stored: true,
      },
      replaced: false,
      errors: 0,
      warnings: 0,
      issues: [],
      settings: { ...DEFAULT_SETTINGS, criteriaSetId: "an-hoa" },
    }),
  });
  const service = new SheetsScoringService(createServerClient(run.runner), locale);
  return { run, service, report };
}

describe("SheetsScoringService over google.script.run", () => {
  it("validates with one server call and gets the report back as JSON", async () => {
    const { run, service, report } = setup();
    const got = await service.validate({ ...DEFAULT_SETTINGS });
    expect(got).toEqual(report);
    expect(run.calls.map((c) => c.name)).toEqual(["validate"]);
  });

  it("imports a criteria set with one server call; the picked JSON crosses as plain text", async () => {
    const { run, service } = setup();
    const reply = await service.importCriteriaSet({
      source: "json",
      json: '{"id":"an-hoa"}',
      fileName: "a.json",
    });
    expect(reply.settings?.criteriaSetId).toBe("an-hoa");
    expect(run.calls).toEqual([
      { name: "importCriteriaSet", args: [{ source: "json", json: '{"id":"an-hoa"}', fileName: "a.json" }] },
    ]);
  });

  it("passes the clicked issue's sheet and cell to selectCell", async () => {
    const { run, service } = setup();
    await service.selectCell("Tự chấm 2025", "E12");
    expect(run.calls).toEqual([{ name: "selectCell", args: ["Tự chấm 2025", "E12"] }]);
  });

  it("returns the results sheet's real name, “(2)” when a user sheet had ours", async () => {
    const { service, report } = setup();
    await expect(service.writeResults(report)).resolves.toEqual({ sheet: "Kết quả CCHC (2)" });
  });

  it("turns a quota error into a clear Vietnamese message with what to do", async () => {
    const { run, service } = setup();
    run.failNext(/validate/, "Exception: Service invoked too many times for one day: spreadsheets.");
    const err = (await service.validate({ ...DEFAULT_SETTINGS }).catch((e: unknown) => e)) as ServiceError;
    expect(err).toBeInstanceOf(ServiceError);
    expect(err.code).toBe("quota");
    expect(err.message).toMatch(/hạn mức/);
    expect(err.hint).toMatch(/Chờ một phút/);
  });

  it("renders the server's coded errors in the language of the settings", async () => {
    const { run, service } = setup("en-US");
    await service.loadSettings();
    run.failNext(/markIssues/, "Error: [cchc:protected] ");
    const err = (await service.markIssues(sampleReport()).catch((e: unknown) => e)) as ServiceError;
    expect([err.code, err.message]).toEqual([
      "protected",
      "This sheet is protected and you may not edit it: nothing was written.",
    ]);
  });

  it("a server bug still reaches the user as a message, not a crash", async () => {
    const { run, service } = setup();
    run.failNext(/clearMarks/, "TypeError: Cannot read properties of undefined (reading 'x')");
    await expect(service.clearMarks()).rejects.toMatchObject({
      code: "server-error",
      message: expect.stringContaining("Cannot read properties"),
    });
  });

  it("consolidation is not offered in a unit's spreadsheet", async () => {
    const { service } = setup();
    expect(service.capabilities()).toEqual({
      consolidateFiles: false,
      consolidateUnits: false,
      templates: true,
      marks: true,
    });
    await expect(
      service.consolidate({ source: "units" }, () => {}, new AbortController().signal),
    ).rejects.toBeInstanceOf(ServiceError);
  });
});

describe("the fake google.script.run enforces the wire rules", () => {
  it("refuses a Date or a function, in arguments and results", async () => {
    expect(() => assertWireSafe({ when: new Date() })).toThrow(/illegal value in property: value.when/);
    expect(() => assertWireSafe([1, () => 2])).toThrow(/illegal value/);
    const run = fakeScriptRun({ bad: () => ({ at: new Date() }) });
    const failed = await new Promise((resolve) => {
      (
        run
          .runner()
          .withSuccessHandler(() => resolve("ok"))
          .withFailureHandler((e) => resolve(e)).bad as () => void
      )();
    });
    expect(String(failed)).toMatch(/illegal value in property: result.at/);
    expect(() => (run.runner().bad as (d: Date) => void)(new Date())).toThrow(/illegal value/);
  });

  it("hands over copies: the server cannot change the caller's objects", async () => {
    const run = fakeScriptRun({
      mutate: (o) => {
        (o as { n: number }).n = 2;
        return o;
      },
    });
    const sent = { n: 1 };
    await new Promise((resolve) =>
      (run.runner().withSuccessHandler(resolve).mutate as (o: unknown) => void)(sent),
    );
    expect(sent.n).toBe(1);
  });
});
