/**
 * One fake Apps Script environment: a spreadsheet with its sheets and every global service the
 * add-on uses, sharing one CallLog. `globals` is what the vm contract test puts in the context
 * and what unit tests hand the server as its Services.
 */
import type { Services } from "../../src/server/services";
import { CallLog } from "./calls";
import {
  FakeHtmlService,
  FakeLockService,
  FakeLogger,
  FakePropertiesService,
  FakeSession,
  FakeUtilities,
} from "./services";
import { FakeSpreadsheet, FakeSpreadsheetApp } from "./spreadsheet";

export interface FakeAppsScriptOptions {
  locale?: string;
  /** Project HTML files; default a minimal Sidebar. */
  files?: Record<string, string>;
}

export function fakeAppsScript(options: FakeAppsScriptOptions = {}) {
  const log = new CallLog();
  const book = new FakeSpreadsheet(log);
  const app = new FakeSpreadsheetApp(log, book);
  const html = new FakeHtmlService(log, options.files ?? { Sidebar: "<!doctype html><div id=root></div>" });
  const properties = new FakePropertiesService(log);
  const lock = new FakeLockService(log);
  const session = new FakeSession(log, options.locale ?? "vi");
  const utilities = new FakeUtilities(log);
  const logger = new FakeLogger(log);
  const services: Services = {
    SpreadsheetApp: app.proxy,
    HtmlService: html.proxy,
    PropertiesService: properties.proxy,
    LockService: lock.proxy,
    Session: session.proxy,
    Utilities: utilities.proxy,
  };
  return {
    log,
    book,
    app,
    ui: app.ui,
    properties,
    lock,
    session,
    logger,
    services,
    /** The globals of an Apps Script project, for node:vm. */
    globals: { ...services, Logger: logger.proxy } as Record<string, unknown>,
  };
}

export type FakeAppsScript = ReturnType<typeof fakeAppsScript>;
