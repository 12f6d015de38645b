/**
 * The port over Apps Script: the few global services the server uses, gathered in one object
 * so every operation takes them as a parameter. In Apps Script they are the real globals; in
 * tests they are the in-memory fakes of sheets-addon/test/fakes.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export interface Services {
  SpreadsheetApp: Spreadsheet;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
}

/** The real globals, looked up when an entry point runs (never at load: onOpen in AuthMode.NONE). */
export function globalServices(): Services {
  const g = globalThis as unknown as Services;
  return {
    SpreadsheetApp: g.SpreadsheetApp,
    HtmlService: g.HtmlService,
    PropertiesService: g.PropertiesService,
    LockService: g.LockService,
    Session: g.Session,
    Utilities: g.Utilities,
  };
}

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
export type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
