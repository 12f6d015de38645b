/** The fakes must fail where Apps Script fails, or the adapter's tests prove nothing. */
import { fakeAppsScript } from "./apps-script";

function setup() {
  const env = fakeAppsScript();
  const sheet = env.book._addSheet("Data", 10, 5);
  return { env, sheet, api: env.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Data")! };
}

describe("Apps Script fakes", () => {
  it("reject setValues whose dimensions differ from the range", () => {
    const { api } = setup();
    expect(() => api.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      /number of rows in the data does not match/,
    );
    expect(() => api.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      /number of columns in the data does not match/,
    );
    expect(() => api.getRange(1, 1, 1, 2).setValues([[1, 2]])).not.toThrow();
  });

  it("return copies: changing what getValues gave back changes nothing", () => {
    const { api, sheet } = setup();
    const when = new Date(Date.UTC(2025, 11, 10));
    sheet._fill([[1, when]]);
    const read = api.getRange(1, 1, 1, 2).getValues();
    read[0]![0] = 99;
    (read[0]![1] as Date).setUTCFullYear(1999);
    const again = api.getRange(1, 1, 1, 2).getValues();
    expect(again[0]![0]).toBe(1);
    expect((again[0]![1] as Date).getUTCFullYear()).toBe(2025);
  });

  it("throw on methods Apps Script does not have, and on property writes", () => {
    const { api } = setup();
    const range = api.getRange("A1") as unknown as Record<string, unknown>;
    expect(() => (range.getValuez as () => void)()).toThrow(/Range.getValuez is not a function/);
    expect(() => range._sheet).toThrow(/not a function/);
    expect(() => {
      range.values = [[1]];
    }).toThrow(/Cannot set/);
  });

  it("count every call by type and method", () => {
    const { env, api } = setup();
    env.log.reset();
    api.getDataRange().getValues();
    expect(env.log.byMethod()).toEqual({ "Sheet.getDataRange": 1, "Range.getValues": 1 });
  });

  it("refuse ranges outside the sheet and edits of a sheet another owner protected", () => {
    const { api, sheet } = setup();
    expect(() => api.getRange(11, 1)).toThrow(/outside the dimensions/);
    sheet._protectByOtherOwner();
    expect(() => api.getRange("A1").setValues([["x"]])).toThrow(/protected cell or object/);
    expect(() => api.setConditionalFormatRules([])).toThrow(/protected/);
  });

  it("treat '=' as a formula and a leading apostrophe as text", () => {
    const { api } = setup();
    api.getRange("A1:B1").setValues([["=SUM(C1:C2)", '\'=HYPERLINK("x")']]);
    expect(api.getRange("A1:B1").getFormulas()).toEqual([["=SUM(C1:C2)", ""]]);
    expect(api.getRange("B1").getValues()).toEqual([['=HYPERLINK("x")']]);
  });

  it("allow only the add-on menu in AuthMode.NONE", () => {
    const { env } = setup();
    env.log.authMode = "NONE";
    expect(() =>
      env.services.SpreadsheetApp.getUi().createAddonMenu().addItem("x", "f").addToUi(),
    ).not.toThrow();
    expect(() => env.services.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission/);
    expect(() => env.services.PropertiesService.getDocumentProperties()).toThrow(/permission/);
  });

  it("inject failures such as quota errors on a chosen call", () => {
    const { env, api } = setup();
    env.log.failOn(
      /Range\.setValues/,
      "Exception: Service invoked too many times for one day: spreadsheets.",
    );
    expect(() => api.getRange("A1").setValues([[1]])).toThrow(/too many times/);
    expect(() => api.getRange("A1").setValues([[1]])).not.toThrow();
  });

  it("keep property values as strings under the 9 KB limit", () => {
    const { env } = setup();
    const props = env.services.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty("k", "x".repeat(10_000))).toThrow(/too large/);
    props.setProperty("k", "v");
    expect(props.getProperty("k")).toBe("v");
    expect(props.getProperty("missing")).toBeNull();
  });
});
