/** The province fakes fail where Apps Script fails: users, files, protections, quota. */
import { NO_ACCESS_MESSAGE, NOT_FOUND_MESSAGE, fakeProvince } from "../fakes/drive";

const PROTECTED = /protected cell or object/;

function world() {
  const env = fakeProvince({ owner: "so@x.vn" });
  const app = env.app.proxy;
  const book = app.create("Bảng của Sở A");
  const sheet = book.getSheets()[0]!;
  return { env, app, book, sheet };
}

describe("province fakes", () => {
  it("openById throws Apps Script's messages for a missing file and a file not shared", () => {
    const { env, app, book } = world();
    expect(() => app.openById("1doesnotexist000000000000000000")).toThrow(NOT_FOUND_MESSAGE);
    env.world.as("stranger@y.vn", () => expect(() => app.openById(book.getId())).toThrow(NO_ACCESS_MESSAGE));
    book.addEditors(["a@x.vn"]);
    env.world.as("a@x.vn", () => expect(app.openById(book.getId()).getName()).toBe("Bảng của Sở A"));
    expect(app.openByUrl(book.getUrl()).getId()).toBe(book.getId());
  });

  it("a range protection lets only its editors (and the owner) write", () => {
    const { env, app, book, sheet } = world();
    book.addEditors(["a@x.vn", "b@x.vn"]);
    const p = sheet.getRange("B2:C3").protect();
    p.removeEditors(p.getEditors().map((u) => u.getEmail()));
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(["so@x.vn"]); // the owner stays
    p.addEditors(["a@x.vn"]);
    env.world.as("a@x.vn", () =>
      app
        .openById(book.getId())
        .getSheets()[0]!
        .getRange("B2")
        .setValues([[1]]),
    );
    env.world.as("b@x.vn", () => {
      const s = app.openById(book.getId()).getSheets()[0]!;
      expect(() => s.getRange("C3").setValues([[1]])).toThrow(PROTECTED);
      expect(() =>
        s.getRange("A1:B2").setValues([
          [1, 2],
          [3, 4],
        ]),
      ).toThrow(PROTECTED); // overlaps
      s.getRange("D4").setValues([[1]]); // outside: fine
      expect(() => p.addEditors(["b@x.vn"])).toThrow(PROTECTED); // cannot grant itself
    });
    sheet.getRange("C3").setValues([[9]]); // the owner always may
  });

  it("a sheet protection leaves only its unprotected ranges to non-editors", () => {
    const { env, app, book, sheet } = world();
    book.addEditors(["a@x.vn"]);
    const whole = sheet.protect();
    whole.removeEditors(whole.getEditors().map((u) => u.getEmail()));
    whole.setUnprotectedRanges([sheet.getRange("E5:E9")]);
    env.world.as("a@x.vn", () => {
      const s = app.openById(book.getId()).getSheets()[0]!;
      s.getRange("E6").setValues([[1]]);
      expect(() => s.getRange("F6").setValues([[1]])).toThrow(PROTECTED);
    });
    expect(sheet.getProtections(env.app.proxy.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(env.app.proxy.ProtectionType.RANGE)).toHaveLength(0);
  });

  it("files belong to whoever creates them; quota errors can be injected on any call", () => {
    const { env, app } = world();
    const made = env.world.as("a@x.vn", () => app.create("Của A"));
    expect(env.world.file(made.getId()).owner).toBe("a@x.vn");
    expect(() => app.openById(made.getId())).toThrow(NO_ACCESS_MESSAGE);
    env.log.failOn(
      /^SpreadsheetApp\.openById$/,
      "Exception: Service invoked too many times for one day: spreadsheets.",
    );
    expect(() => env.world.as("a@x.vn", () => app.openById(made.getId()))).toThrow(/too many times/);
    expect(env.world.as("a@x.vn", () => app.openById(made.getId())).getName()).toBe("Của A");
    expect(env.services.Session.getActiveUser().getEmail()).toBe("so@x.vn");
  });
});
