/** The entry points as Apps Script calls them: menus, triggers and google.script.run. */
import { DEFAULT_SETTINGS } from "@cchc/scoring-core";
import * as main from "../../src/server/main";
import { MENU_ITEMS } from "../../src/server/menu";
import { SERVER_FUNCTIONS } from "../../src/shared/rpc";
import type { AuthMode } from "../fakes/calls";
import { installGlobals, removeGlobals } from "../fixtures/globals";
import { departmentSheet } from "../fixtures/sheets";
import { sampleReport } from "../fixtures/report";

afterEach(removeGlobals);

describe("onOpen / onInstall", () => {
  it.each<AuthMode>(["NONE", "LIMITED", "FULL"])(
    "builds the menu “Chỉ số CCHC” in AuthMode.%s and reads nothing",
    (mode) => {
      const env = installGlobals();
      env.book._addSheet("S");
      env.log.authMode = mode;
      main.onOpen({ authMode: mode });
      main.onInstall({ authMode: mode });
      expect(env.ui._menus).toHaveLength(2);
      expect(env.ui._menus[0]!.items.map((i) => i.label)).toEqual([
        "Kiểm tra",
        "Bảng điều khiển",
        "Tạo bảng chấm điểm",
        "Xóa đánh dấu",
      ]);
      expect(env.ui._menus[0]!.added).toBe(true);
      expect(env.log.calls.every((c) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(c))).toBe(
        true,
      );
    },
  );

  it("every menu item names an exported function", () => {
    for (const item of MENU_ITEMS) expect(typeof (main as Record<string, unknown>)[item.fn]).toBe("function");
    for (const fn of SERVER_FUNCTIONS) expect(typeof (main as Record<string, unknown>)[fn]).toBe("function");
  });
});

describe("sidebar", () => {
  it("opens Sidebar.html titled “Chỉ số CCHC” with the start action and locale appended as JSON", () => {
    const env = installGlobals({ locale: "en_US", files: { Sidebar: "<div id=root></div>" } });
    env.book._addSheet("S");
    main.menuCheck();
    const shown = env.ui._sidebar!;
    expect(shown._title).toBe("Chỉ số CCHC");
    expect(shown._content).toContain('window.__CCHC_BOOT__={"start":"check","locale":"en_US"};');
  });
});

describe("RPC functions", () => {
  it("validate reads the active sheet with three data calls and returns plain JSON", () => {
    const env = installGlobals();
    const { fixture } = departmentSheet(env);
    env.log.reset();
    const report = main.validate({ ...DEFAULT_SETTINGS });
    expect(report.sheet).toBe(fixture.grid.sheet);
    expect(report.tableFound).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    const data = env.log.calls.filter((c) => /^Range\.(get|set)/.test(c) && c !== "Range.getA1Notation");
    expect(data.sort()).toEqual(["Range.getFormulas", "Range.getMergedRanges", "Range.getValues"]);
  });

  it("validate names a configured sheet that is gone", () => {
    const env = installGlobals();
    env.book._addSheet("S");
    expect(() => main.validate({ ...DEFAULT_SETTINGS, sheet: "Đã xóa" })).toThrow(
      "[cchc:sheet-not-found] Đã xóa",
    );
  });

  it("selectCell activates the issue's sheet and cell; a bad address is refused", () => {
    const env = installGlobals();
    env.book._addSheet("Khác");
    env.book._addSheet("Tự chấm 2025");
    expect(main.selectCell("Tự chấm 2025", "E12")).toBeNull();
    expect(env.book._selection).toEqual({ sheet: "Tự chấm 2025", a1: "E12" });
    expect(() => main.selectCell("Tự chấm 2025", "=A1")).toThrow(/\[cchc:bad-cell\]/);
  });

  it("settings round-trip through the document properties", () => {
    const env = installGlobals();
    env.book._addSheet("S");
    expect(main.loadSettings()).toEqual(DEFAULT_SETTINGS);
    main.saveSettings({ ...DEFAULT_SETTINGS, lang: "en", sheet: "S" });
    expect(main.loadSettings()).toMatchObject({ lang: "en", sheet: "S" });
    env.properties.document._data.set("cchc.settings", "{not json");
    expect(main.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it("menuClearMarks reports in a toast, in the user's language", () => {
    const env = installGlobals({ locale: "en" });
    env.book._addSheet("Tự chấm 2025");
    main.markIssues(sampleReport());
    main.menuClearMarks();
    expect(env.book._toasts).toEqual(["Marks removed from 3 cells."]);
  });
});
