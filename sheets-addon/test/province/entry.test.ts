/** The Sở's entry points: the menu of its deployment, the sidebar boot, toasts, the scope message. */
import * as main from "../../src/server/main";
import { MENU_ITEMS } from "../../src/server/menu";
import { PROVINCE_MENU_ITEMS } from "../../src/server/province/menu-items";
import { installGlobals, removeGlobals } from "../fixtures/globals";
import { provinceWith, unitRows } from "./province-fixture";

const g = globalThis as Record<string, unknown>;

afterEach(() => {
  removeGlobals();
  delete g["DriveApp"];
  delete g["CCHC_PROVINCE"];
});

function install(env: ReturnType<typeof provinceWith>) {
  for (const [k, v] of Object.entries(env.globals)) g[k] = v;
}

describe("the Sở Nội vụ's deployment", () => {
  it("shows its items only where Code.js carries the province flag", () => {
    const units = installGlobals();
    units.book._addSheet("S");
    main.onOpen();
    expect(units.ui._menus[0]!.items).toHaveLength(MENU_ITEMS.length);
    removeGlobals();
    const env = provinceWith(unitRows(1));
    install(env);
    g["CCHC_PROVINCE"] = true;
    env.log.authMode = "NONE";
    main.onOpen();
    const items = env.app.ui._menus[0]!.items.map((i) => i.fn);
    expect(items).toEqual([...MENU_ITEMS, ...PROVINCE_MENU_ITEMS].map((i) => i.fn));
    for (const fn of items) expect(typeof (main as Record<string, unknown>)[fn]).toBe("function");
  });

  it("opens the sidebar on the consolidation screen", () => {
    const env = provinceWith(unitRows(1));
    install(env);
    main.menuProvince();
    const html = env.app.ui._sidebar!._content;
    expect(html).toContain('"province":true');
    expect(env.app.ui._sidebar!._title).toBe("Chỉ số CCHC — Sở Nội vụ");
  });

  it("the hand-out menu item opens the sidebar on its Phát bảng panel", () => {
    const env = provinceWith(unitRows(1));
    install(env);
    main.menuProvinceHandOut();
    const html = env.app.ui._sidebar!._content;
    expect(html).toContain('"start":"handout"');
    expect(html).toContain('"province":true');
    // Opening the panel makes nothing: tables are made when the button is pressed.
    expect(env.world.files.size).toBe(1);
  });

  it("menu actions answer with a toast, and in the units' deployment say which edition is needed", () => {
    const env = provinceWith(unitRows(2));
    install(env);
    main.provinceHandOutMenu();
    expect(env.control._toasts.at(-1)).toMatch(/^Đã phát 2 bảng, bỏ qua 0/);
    main.provinceLockMenu();
    expect(env.control._toasts.at(-1)).toMatch(/^Đã khóa tự chấm của 2 đơn vị/);
    env.control._sheet("Đơn vị").getRange("C3").activate();
    main.provinceUnlockMenu();
    expect(env.control._toasts.at(-1)).toMatch(/^Sở Số 2: Mở lại để sửa lúc/);
    const fresh = provinceWith(unitRows(1));
    install(fresh);
    fresh.log.failOn(
      /^SpreadsheetApp\.create$/,
      "Exception: You do not have permission to call SpreadsheetApp.create. Required permissions: https://www.googleapis.com/auth/spreadsheets",
    );
    main.provinceHandOutMenu();
    expect(fresh.control._toasts.at(-1)).toMatch(/cần bản tiện ích “Chỉ số CCHC — Sở Nội vụ”/);
  });

  it("RPC failures arrive coded for the sidebar", () => {
    const env = provinceWith(unitRows(1));
    install(env);
    main.provinceBegin("a");
    expect(() => main.provinceBegin("b")).toThrow(/^\[cchc:busy\] Một đợt tổng hợp khác đang chạy/);
    expect(() => main.provinceUnit("job-x", {}, "sample-department-2025")).toThrow(/^\[cchc:busy\]/);
  });

  it("a running job keeps its claim alive, so a long run is not taken over", () => {
    const env = provinceWith(unitRows(1));
    install(env);
    main.provinceHandOut();
    const begin = main.provinceBegin("a");
    expect(begin.units).toHaveLength(1);
    // Pretend the claim was last refreshed 14 minutes ago; a unit call refreshes it.
    const doc = env.properties.document;
    const claim = JSON.parse(doc.getProperty("cchc.province.job")!) as { heartbeat: number };
    doc.setProperty(
      "cchc.province.job",
      JSON.stringify({ ...claim, heartbeat: Date.now() - 14 * 60 * 1000 }),
    );
    main.provinceUnit(begin.jobId, begin.units[0], begin.criteriaSetId);
    const after = JSON.parse(doc.getProperty("cchc.province.job")!) as { heartbeat: number };
    expect(Date.now() - after.heartbeat).toBeLessThan(5000);
    expect(() => main.provinceBegin("b")).toThrow(/cchc:busy/);
  });
});
