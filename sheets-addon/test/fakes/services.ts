/**
 * Fakes of the other Apps Script services the add-on touches: HtmlService, PropertiesService,
 * LockService, Session, Utilities, Logger. Same rules as the spreadsheet fakes: unknown methods
 * throw and every call is counted.
 */
import type { CallLog } from "./calls";
import type { FakeHtmlOutputLike } from "./spreadsheet";
import { strict } from "./strict";

export class FakeHtmlService {
  readonly proxy: GoogleAppsScript.HTML.HtmlService;
  constructor(
    readonly _log: CallLog,
    /** Project files by name ("Sidebar" → its HTML). */
    readonly _files: Record<string, string>,
  ) {
    this.proxy = strict("HtmlService", this, _log) as unknown as GoogleAppsScript.HTML.HtmlService;
  }
  createHtmlOutputFromFile(name: string) {
    const content = this._files[name];
    if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(this._log, content).proxy;
  }
}

export class FakeHtmlOutput implements FakeHtmlOutputLike {
  readonly proxy: GoogleAppsScript.HTML.HtmlOutput;
  _title = "";
  constructor(
    log: CallLog,
    public _content: string,
  ) {
    this.proxy = strict("HtmlOutput", this, log) as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
  setTitle(title: string) {
    this._title = title;
    return this.proxy;
  }
  getTitle() {
    return this._title;
  }
  append(content: string) {
    this._content += content;
    return this.proxy;
  }
  getContent() {
    return this._content;
  }
}

/** Apps Script limits one property value to 9 KB and a store to 500 KB. */
const VALUE_LIMIT = 9 * 1024;

export class FakeProperties {
  readonly proxy: GoogleAppsScript.Properties.Properties;
  readonly _data = new Map<string, string>();
  constructor(log: CallLog) {
    this.proxy = strict("Properties", this, log) as unknown as GoogleAppsScript.Properties.Properties;
  }
  getProperty(key: string) {
    return this._data.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    if (typeof value !== "string") throw new Error("Exception: Invalid argument: value must be a string");
    if (new TextEncoder().encode(value).length > VALUE_LIMIT)
      throw new Error("Exception: Argument too large: value");
    this._data.set(key, value);
    return this.proxy;
  }
  deleteProperty(key: string) {
    this._data.delete(key);
    return this.proxy;
  }
  getProperties() {
    return Object.fromEntries(this._data);
  }
  getKeys() {
    return [...this._data.keys()];
  }
}

export class FakePropertiesService {
  readonly proxy: GoogleAppsScript.Properties.PropertiesService;
  readonly document: FakeProperties;
  readonly user: FakeProperties;
  readonly script: FakeProperties;
  constructor(log: CallLog) {
    this.document = new FakeProperties(log);
    this.user = new FakeProperties(log);
    this.script = new FakeProperties(log);
    this.proxy = strict(
      "PropertiesService",
      this,
      log,
    ) as unknown as GoogleAppsScript.Properties.PropertiesService;
  }
  getDocumentProperties() {
    return this.document.proxy;
  }
  getUserProperties() {
    return this.user.proxy;
  }
  getScriptProperties() {
    return this.script.proxy;
  }
}

export class FakeLock {
  readonly proxy: GoogleAppsScript.Lock.Lock;
  _held = false;
  /** Another execution holds the lock (tests of "busy"). */
  _heldElsewhere = false;
  constructor(log: CallLog) {
    this.proxy = strict("Lock", this, log) as unknown as GoogleAppsScript.Lock.Lock;
  }
  tryLock(_ms: number) {
    if (this._heldElsewhere) return false;
    this._held = true;
    return true;
  }
  waitLock(_ms: number) {
    if (this._heldElsewhere)
      throw new Error("Exception: Lock timeout: another process was holding the lock for too long.");
    this._held = true;
  }
  hasLock() {
    return this._held;
  }
  releaseLock() {
    this._held = false;
  }
}

export class FakeLockService {
  readonly proxy: GoogleAppsScript.Lock.LockService;
  readonly documentLock: FakeLock;
  constructor(log: CallLog) {
    this.documentLock = new FakeLock(log);
    this.proxy = strict("LockService", this, log) as unknown as GoogleAppsScript.Lock.LockService;
  }
  getDocumentLock() {
    return this.documentLock.proxy;
  }
}

export class FakeSession {
  readonly proxy: GoogleAppsScript.Base.Session;
  constructor(
    log: CallLog,
    public _locale = "vi",
    readonly _timeZone = "Asia/Ho_Chi_Minh",
  ) {
    this.proxy = strict("Session", this, log) as unknown as GoogleAppsScript.Base.Session;
  }
  getActiveUserLocale() {
    return this._locale;
  }
  getScriptTimeZone() {
    return this._timeZone;
  }
  // No getEffectiveUser/getActiveUser: they need the userinfo.email scope the add-on does not ask for.
}

export class FakeUtilities {
  readonly proxy: GoogleAppsScript.Utilities.Utilities;
  constructor(log: CallLog) {
    this.proxy = strict("Utilities", this, log) as unknown as GoogleAppsScript.Utilities.Utilities;
  }
  /** Byte[] as Apps Script gives it (signed bytes). */
  base64Decode(text: string) {
    if (typeof text !== "string") throw new Error("Exception: Invalid argument: encoded");
    return [...Buffer.from(text, "base64")].map((b) => (b > 127 ? b - 256 : b));
  }
  newBlob(data: number[], contentType: string, name: string) {
    const bytes = Uint8Array.from(data, (b) => b & 0xff);
    return {
      getBytes: () => [...bytes].map((b) => (b > 127 ? b - 256 : b)),
      getContentType: () => contentType,
      getName: () => name,
      _bytes: bytes,
    } as unknown as GoogleAppsScript.Base.Blob;
  }
  /** Supports the patterns the add-on uses: dd, MM, yyyy, HH, mm. */
  formatDate(date: Date, timeZone: string, pattern: string) {
    if (!(date instanceof Date)) throw new Error("Exception: Invalid argument: date");
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-GB", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hour12: false,
      })
        .formatToParts(date)
        .map((p) => [p.type, p.value]),
    );
    return pattern.replace(
      /yyyy|MM|dd|HH|mm/g,
      (t) => ({ yyyy: parts.year, MM: parts.month, dd: parts.day, HH: parts.hour, mm: parts.minute })[t] ?? t,
    );
  }
}

export class FakeLogger {
  readonly proxy: GoogleAppsScript.Base.Logger;
  readonly _lines: string[] = [];
  constructor(log: CallLog) {
    this.proxy = strict("Logger", this, log) as unknown as GoogleAppsScript.Base.Logger;
  }
  log(...args: unknown[]) {
    this._lines.push(args.map(String).join(" "));
    return this.proxy;
  }
}
