/**
 * The fakes fail where Google's reference says Sheets and Drive fail: locale parsing of written
 * strings, protections that mirror the file's editors until changed, DriveApp needing the full
 * Drive scope, the advanced Drive service reaching only the add-on's own files under drive.file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fakeAppsScript } from "./apps-script";
import { DRIVE_SCOPE, PROVINCE_SCOPES, fakeProvince } from "./drive";

describe("Sheets locale parsing in the fake", () => {
  function sheet(locale: string) {
    const env = fakeAppsScript();
    env.book._addSheet("S", 10, 5);
    env.book._locale = locale;
    return { env, api: env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("S")! };
  }

  it("turns '1.10' into the number 1.1 in en_US, but keeps it in a plain-text cell", () => {
    const { api } = sheet("en_US");
    api.getRange("A1:B1").setValues([["1.10", "Tiêu chí 1.10"]]);
    expect(api.getRange("A1:B1").getValues()).toEqual([[1.1, "Tiêu chí 1.10"]]);
    api.getRange("A2").setNumberFormat("@");
    api.getRange("A2").setValues([["1.10"]]);
    expect(api.getRange("A2").getValues()).toEqual([["1.10"]]);
    api.getRange("A3").setValues([["'1.10"]]);
    expect(api.getRange("A3").getValues()).toEqual([["1.10"]]);
  });

  it("reads a decimal comma as a number in vi_VN, and '1.10' stays text there", () => {
    const { api } = sheet("vi_VN");
    api.getRange("A1:B1").setValues([["1,5", "1.10"]]);
    expect(api.getRange("A1:B1").getValues()).toEqual([[1.5, "1.10"]]);
  });

  it("setNumberFormats checks its dimensions like setValues", () => {
    const { api } = sheet("en_US");
    expect(() => api.getRange("A1:B1").setNumberFormats([["@"]])).toThrow(/number of columns/);
    api.getRange("A1:B1").setNumberFormats([["@", "0.00"]]);
    expect(api.getRange("A1:B1").getNumberFormats()).toEqual([["@", "0.00"]]);
  });
});

describe("protections in the fake mirror the file's editors until the list is changed", () => {
  function world() {
    const env = fakeProvince();
    const book = env.world.addSpreadsheet("Bảng", env.owner);
    book._addSheet("S", 10, 5);
    book.addEditors(["coeditor@donvi.vn"]);
    const api = env.app.proxy.openById(book._fileId).getSheetByName("S")!;
    return { env, book, api };
  }

  it("a co-editor still edits a sheet protected with the default editors", () => {
    const { env, api } = world();
    api.protect();
    env.world.as("coeditor@donvi.vn", () => {
      expect(() => api.getRange("A1").setValues([[1]])).not.toThrow();
    });
  });

  it("after removeEditors only the owner and the acting user remain, and later sharing adds no one", () => {
    const { env, book, api } = world();
    const p = api.protect();
    p.removeEditors(p.getEditors().map((u) => u.getEmail()));
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([env.owner]);
    book.addEditors(["later@donvi.vn"]);
    for (const who of ["coeditor@donvi.vn", "later@donvi.vn"])
      env.world.as(who, () => {
        expect(() => api.getRange("A1").setValues([[1]])).toThrow(/protected cell/);
      });
  });

  it("a range protection with no change keeps mirroring sharing done afterwards", () => {
    const { env, book, api } = world();
    api.getRange("B2").protect().setDescription("mirrors");
    book.addEditors(["later@donvi.vn"]);
    env.world.as("later@donvi.vn", () => {
      expect(() => api.getRange("B2").setValues([[1]])).not.toThrow();
    });
  });
});

describe("Drive scopes in the fake", () => {
  it("matches the province manifest's scopes", () => {
    const manifest = JSON.parse(
      readFileSync(path.join(__dirname, "../../src/server/province/appsscript.json"), "utf8"),
    ) as { oauthScopes: string[]; dependencies: { enabledAdvancedServices: { userSymbol: string }[] } };
    expect(manifest.oauthScopes).toEqual(PROVINCE_SCOPES);
    expect(manifest.dependencies.enabledAdvancedServices.map((s) => s.userSymbol)).toContain("Drive");
  });

  it("DriveApp refuses under drive.file; the advanced Drive service bins only the add-on's own files", () => {
    const env = fakeProvince();
    const mine = env.app.proxy.create("Bảng của add-on");
    expect(() => env.services.DriveApp.getFileById(mine.getId())).toThrow(
      /permission to call DriveApp.getFileById.*auth\/drive$/,
    );
    const foreign = env.world.addSpreadsheet("Bảng khác", env.owner);
    expect(() => env.services.Drive!.Files.update({ trashed: true }, foreign._fileId)).toThrow(
      /File not found/,
    );
    env.services.Drive!.Files.update({ trashed: true }, mine.getId());
    expect(env.world.file(mine.getId()).trashed).toBe(true);
    env.world.scopes.add(DRIVE_SCOPE);
    expect(() => env.services.DriveApp.getFileById(foreign._fileId)).not.toThrow();
  });
});

describe("named ranges in the fake", () => {
  it("resolve by name, reject bad names, and vanish with their sheet", () => {
    const env = fakeAppsScript();
    env.book._addSheet("A", 10, 5);
    env.book._addSheet("B", 10, 5);
    const book = env.services.SpreadsheetApp.getActiveSpreadsheet();
    const r = book.getSheetByName("B")!.getRange("A1:C3");
    expect(() => book.setNamedRange("A1", r)).toThrow(/Invalid argument: name/);
    book.setNamedRange("BANG", r);
    expect(book.getRangeByName("BANG")!.getA1Notation()).toBe("A1:C3");
    book.deleteSheet(book.getSheetByName("B")!);
    expect(book.getRangeByName("BANG")).toBeNull();
  });
});
