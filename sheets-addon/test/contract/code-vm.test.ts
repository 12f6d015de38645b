/**
 * The contract test: the built Code.js, loaded in node:vm with only Apps Script's globals (no
 * require, process or module), must define every entry point as a top-level function, build the
 * menu in every authorisation mode and answer each server function with plain JSON.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { DEFAULT_SETTINGS } from "@cchc/scoring-core";
import { buildServer } from "../../scripts/build-server";
import { SERVER_FUNCTIONS } from "../../src/shared/rpc";
import { MENU_ITEMS } from "../../src/server/menu";
import { fakeAppsScript, type FakeAppsScript } from "../fakes/apps-script";
import { DATA_CALL, type AuthMode } from "../fakes/calls";
import { departmentSheet } from "../fixtures/sheets";

let code = "";
let exported: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-code-"));
  try {
    const built = await buildServer(path.resolve(__dirname, "../.."), dir);
    exported = built.exports;
    code = readFileSync(built.file, "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

type Fn = (...args: unknown[]) => unknown;

function load(env: FakeAppsScript): Record<string, Fn> {
  const context = vm.createContext({ ...env.globals, console });
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as Record<string, Fn>;
}

/** Plain JSON: survives a round trip unchanged and holds no Date. */
function expectJson(value: unknown): void {
  const walk = (v: unknown): void => {
    expect(Object.prototype.toString.call(v)).not.toBe("[object Date]");
    expect(typeof v).not.toBe("function");
    if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  expect(JSON.parse(JSON.stringify(value ?? null))).toEqual(value ?? null);
}

describe("Code.js (as the build writes it) in a bare Apps Script context", () => {
  it("has no export statement and only Apps Script globals to lean on", () => {
    expect(code).not.toMatch(/^\s*export\s/m);
    const env = fakeAppsScript();
    const context = vm.createContext({ ...env.globals, console });
    expect(vm.runInContext("[typeof require, typeof process, typeof module].join()", context)).toBe(
      "undefined,undefined,undefined",
    );
    vm.runInContext(code, context);
  });

  it("defines a top-level function for every export, menu item and RPC function", () => {
    const g = load(fakeAppsScript());
    const needed = [...new Set(["onOpen", "onInstall", ...MENU_ITEMS.map((m) => m.fn), ...SERVER_FUNCTIONS])];
    for (const name of [...needed, ...exported]) expect(typeof g[name]).toBe("function");
    expect(exported).toEqual(expect.arrayContaining(needed));
  });

  it.each<AuthMode>(["NONE", "LIMITED", "FULL"])(
    "onOpen and onInstall build the menu in AuthMode.%s",
    (mode) => {
      const env = fakeAppsScript();
      env.book._addSheet("Trang tính1");
      const g = load(env);
      env.log.authMode = mode;
      g.onOpen!({ authMode: mode });
      g.onInstall!({ authMode: mode });
      expect(env.ui._menus.map((m) => m.added)).toEqual([true, true]);
      expect(env.ui._menus[0]!.items.map((i) => i.fn)).toEqual(MENU_ITEMS.map((m) => m.fn));
    },
  );

  it("answers every server function on a realistic department sheet with JSON", () => {
    const env = fakeAppsScript({ files: { Sidebar: "<div id=root></div>" } });
    const { fixture } = departmentSheet(env);
    const g = load(env);

    const context = g.getContext!();
    expectJson(context);
    expect(context).toMatchObject({
      locale: "vi",
      sheets: [fixture.grid.sheet],
      activeSheet: fixture.grid.sheet,
    });
    expectJson(g.loadSettings!());
    expectJson(g.saveSettings!({ ...DEFAULT_SETTINGS, criteriaSetId: "sample-department-2025" }));
    expectJson(g.listSheets!());
    const sets = g.listCriteriaSets!();
    expectJson(sets);

    env.log.reset();
    const report = g.validate!({ ...DEFAULT_SETTINGS }) as {
      tableFound: boolean;
      issues: { cell: string | null }[];
    };
    expectJson(report);
    expect(report.tableFound).toBe(true);
    expect(env.log.calls.filter((c) => DATA_CALL.test(c)).sort()).toEqual([
      "Range.getFormulas",
      "Range.getMergedRanges",
      "Range.getValues",
    ]);

    const cell = report.issues.find((i) => i.cell)?.cell ?? "E12";
    expectJson(g.selectCell!(fixture.grid.sheet, cell));
    expect(env.book._selection).toEqual({ sheet: fixture.grid.sheet, a1: cell });
    expectJson(g.markIssues!(report));
    expectJson(g.clearMarks!());
    const written = g.writeResults!(report);
    expectJson(written);
    expect(written).toEqual({ sheet: "Kết quả CCHC", renamed: false });

    // Menu actions run too (sidebar, toast).
    g.showSidebar!();
    g.menuCheck!();
    g.menuTemplate!();
    g.menuClearMarks!();
    expect(env.ui._sidebar?._title).toBe("Chỉ số CCHC");
  });

  it("reports failures as coded messages the sidebar understands", () => {
    const env = fakeAppsScript();
    env.book._addSheet("Trang tính1");
    const g = load(env);
    expect(() => g.validate!({ ...DEFAULT_SETTINGS, sheet: "Không có" })).toThrow(
      "[cchc:sheet-not-found] Không có",
    );
    expect(() => g.writeResults!({ nonsense: true })).toThrow(/\[cchc:report-invalid\]/);
  });

  it("creates a protected template from a sample set", () => {
    const env = fakeAppsScript();
    env.book._addSheet("Trang tính1");
    const g = load(env);
    const out = g.createTemplate!({
      criteriaSetId: "sample-department-2025",
      unit: "Sở Tư pháp",
      year: 2025,
    }) as { sheet: string };
    expectJson(out);
    const sheet = env.book._sheet(out.sheet);
    expect(sheet._lastRow()).toBeGreaterThan(20);
    expect(sheet._protections).toHaveLength(1);
    expect(sheet._protections[0]!._unprotected.length).toBeGreaterThan(0);
  });
});
