/**
 * Several users and several spreadsheets: the Sở Nội vụ's control spreadsheet and the units'
 * scoring spreadsheets in one fake Drive. SpreadsheetApp gains openById / openByUrl / create,
 * DriveApp hands out files with sharing, Session tells who is acting, and every spreadsheet
 * enforces its protections for the acting user (sheets-addon/test/fakes/spreadsheet.ts).
 * The rules that matter hold: a missing spreadsheet throws as Apps Script does, a user without
 * access cannot open a file, an editor not listed in a protection cannot write there, and any
 * call can be made to fail with a quota error (CallLog.failOn).
 */
import { evaluateTemplateFormulas, type CellValue, type Grid } from "@cchc/scoring-core";
import type { AdvancedDrive, ProvinceServices } from "../../src/server/province/services";
import { CallLog } from "./calls";
import {
  FakeHtmlService,
  FakeLockService,
  FakeLogger,
  FakePropertiesService,
  FakeSession,
  FakeUtilities,
} from "./services";
import { FakeSheet, FakeSpreadsheet, FakeSpreadsheetApp, fakeUser } from "./spreadsheet";
import { strict } from "./strict";

export const NOT_FOUND_MESSAGE =
  "Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.";
export const NO_ACCESS_MESSAGE = "Exception: You do not have permission to access the requested document.";

export const DRIVE_SCOPE = "https://www.googleapis.com/auth/drive";
export const DRIVE_FILE_SCOPE = "https://www.googleapis.com/auth/drive.file";

export const PROVINCE_SCOPES = [
  "https://www.googleapis.com/auth/script.container.ui",
  "https://www.googleapis.com/auth/spreadsheets",
  DRIVE_FILE_SCOPE,
  "https://www.googleapis.com/auth/userinfo.email",
  "https://www.googleapis.com/auth/forms",
];

export class FakeWorld {
  readonly files = new Map<string, FakeDriveFile>();
  /**
   * The scopes the add-on was granted: by default those of the province's manifest
   * (src/server/province/appsscript.json; a test checks the two agree).
   */
  scopes = new Set<string>(PROVINCE_SCOPES);
  /** Non-spreadsheet files the add-on uploaded (the Word report), by id. */
  readonly uploads = new Map<string, { name: string; mimeType: string; bytes: Uint8Array; owner: string }>();
  /** Files the add-on itself created (what drive.file gives access to). */
  readonly createdByApp = new Set<string>();
  user: string;
  private seq = 0;
  constructor(
    readonly log: CallLog,
    user: string,
  ) {
    this.user = user.toLowerCase();
  }
  /** Runs `fn` as another user (a unit's editor, an appraiser), then switches back. */
  as<T>(user: string, fn: () => T): T {
    const before = this.user;
    this.user = user.toLowerCase();
    try {
      return fn();
    } finally {
      this.user = before;
    }
  }
  newId(): string {
    // Drive ids are 44 characters of [A-Za-z0-9_-]; extractSpreadsheetId needs 25 or more.
    this.seq++;
    return `1fake${String(this.seq).padStart(6, "0")}${"x".repeat(33)}`;
  }
  /** A spreadsheet in Drive owned by `owner` (test set-up, not counted). */
  addSpreadsheet(name: string, owner: string, id = this.newId()): FakeDriveSpreadsheet {
    const book = new FakeDriveSpreadsheet(this.log, this, id, name, owner.toLowerCase());
    this.files.set(id, new FakeDriveFile(this.log, this, id, name, owner.toLowerCase(), book));
    return book;
  }
  file(id: string): FakeDriveFile {
    const f = this.files.get(id);
    if (!f) throw new Error(`no file ${id}`);
    return f;
  }
  book(id: string): FakeDriveSpreadsheet {
    return this.file(id).book;
  }
  /** Whether the acting user can open the file (owner or editor). */
  canOpen(f: FakeDriveFile): boolean {
    return !f.trashed && (f.owner === this.user || f.editors.has(this.user));
  }
}

/** A spreadsheet file: id, name, URL and sharing, with the protections of its sheets enforced. */
export class FakeDriveSpreadsheet extends FakeSpreadsheet {
  constructor(
    log: CallLog,
    readonly _world: FakeWorld,
    readonly _fileId: string,
    public _fileName: string,
    owner: string,
  ) {
    super(log);
    this._access = {
      currentUser: () => _world.user,
      owner,
      editors: () => [...(_world.files.get(_fileId)?.editors ?? [])],
    };
  }
  getId() {
    return this._fileId;
  }
  getName() {
    return this._fileName;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this._fileId}/edit`;
  }
  addEditors(emails: string[]) {
    this._world.file(this._fileId)._share(emails);
    return this.proxy;
  }
  getEditors() {
    return this._world.file(this._fileId).getEditors();
  }
  /** Test helper: what Sheets recalculates after an edit (the template's SUM formulas). */
  _recalculate(sheetName: string): void {
    recalculate(this._sheet(sheetName));
  }
}

function recalculate(sheet: FakeSheet): void {
  const rows = sheet._lastRow();
  const cols = sheet._lastCol();
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push([]);
    formulas.push([]);
    for (let c = 0; c < cols; c++) {
      const cell = sheet._peek(r, c);
      const v = cell?.value;
      values[r]!.push(v === undefined || v === "" ? null : v instanceof Date ? v.toISOString() : v);
      formulas[r]!.push(cell?.formula ? cell.formula : null);
    }
  }
  const grid: Grid = { sheet: sheet._name, values, formulas, merges: [], origin: { row: 0, col: 0 } };
  const done = evaluateTemplateFormulas(grid);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const cell = sheet._peek(r, c);
      if (cell?.formula) cell.value = done.values[r]?.[c] ?? "";
    }
}

export class FakeDriveFile {
  readonly proxy: GoogleAppsScript.Drive.File;
  readonly editors = new Set<string>();
  trashed = false;
  constructor(
    readonly _log: CallLog,
    readonly _world: FakeWorld,
    readonly id: string,
    readonly name: string,
    readonly owner: string,
    readonly book: FakeDriveSpreadsheet,
  ) {
    this.proxy = strict("File", this, _log) as unknown as GoogleAppsScript.Drive.File;
  }
  _share(emails: string[]): void {
    if (this._world.user !== this.owner && !this.editors.has(this._world.user))
      throw new Error(NO_ACCESS_MESSAGE);
    if (!Array.isArray(emails) || emails.some((e) => typeof e !== "string" || !/^[^@\s]+@[^@\s]+$/.test(e)))
      throw new Error("Exception: Invalid argument: emailAddresses");
    for (const e of emails) if (e.toLowerCase() !== this.owner) this.editors.add(e.toLowerCase());
  }
  getId() {
    return this.id;
  }
  getName() {
    return this.name;
  }
  getUrl() {
    return this.book.getUrl();
  }
  getOwner() {
    return fakeUser(this._log, this.owner);
  }
  addEditors(emails: string[]) {
    this._share(emails);
    return this.proxy;
  }
  addEditor(email: string) {
    this._share([email]);
    return this.proxy;
  }
  getEditors() {
    return [...this.editors].map((e) => fakeUser(this._log, e));
  }
  setTrashed(trashed: boolean) {
    if (this._world.user !== this.owner) throw new Error(NO_ACCESS_MESSAGE);
    this.trashed = trashed;
    return this.proxy;
  }
  isTrashed() {
    return this.trashed;
  }
}

export class FakeDriveApp {
  readonly proxy: GoogleAppsScript.Drive.DriveApp;
  constructor(
    log: CallLog,
    readonly _world: FakeWorld,
  ) {
    this.proxy = strict("DriveApp", this, log) as unknown as GoogleAppsScript.Drive.DriveApp;
  }
  getFileById(id: string) {
    // DriveApp is authorised only with the full Drive scope: drive.file is not enough.
    if (!this._world.scopes.has(DRIVE_SCOPE))
      throw new Error(
        `Exception: You do not have permission to call DriveApp.getFileById. Required permissions: ${DRIVE_SCOPE}`,
      );
    const f = this._world.files.get(id);
    if (!f)
      throw new Error(
        "Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.",
      );
    if (!this._world.canOpen(f)) throw new Error(NO_ACCESS_MESSAGE);
    return f.proxy;
  }
}

/**
 * The advanced Drive service (Drive API v3, `Drive.Files.update`). With drive.file it reaches
 * only the files this add-on created or was given; with the full scope, any file the user
 * may edit. Trashing needs the file's owner (or organizer on a shared drive).
 */
export class FakeAdvancedDrive {
  readonly Files: AdvancedDrive["Files"];
  constructor(
    readonly _log: CallLog,
    readonly _world: FakeWorld,
  ) {
    const files = {
      update: (resource: { trashed?: boolean }, fileId: string) => {
        _log.record("Drive.Files.update");
        const w = this._world;
        const f = w.files.get(fileId);
        const reach =
          w.scopes.has(DRIVE_SCOPE) || (w.scopes.has(DRIVE_FILE_SCOPE) && w.createdByApp.has(fileId));
        if (!f || !reach || !w.canOpen(f))
          throw new Error(
            `GoogleJsonResponseException: API call to drive.files.update failed with error: File not found: ${fileId}.`,
          );
        if (resource.trashed !== undefined) {
          if (w.user !== f.owner)
            throw new Error(
              "GoogleJsonResponseException: API call to drive.files.update failed with error: The user does not have sufficient permissions for this file.",
            );
          f.trashed = resource.trashed;
        }
        return { id: f.id, trashed: f.trashed };
      },
      /** A file the add-on creates (allowed under drive.file); kept in world.uploads. */
      create: (
        resource: { name: string; mimeType: string },
        media: GoogleAppsScript.Base.Blob,
        options?: { fields?: string },
      ) => {
        _log.record("Drive.Files.create");
        const w = this._world;
        if (!w.scopes.has(DRIVE_SCOPE) && !w.scopes.has(DRIVE_FILE_SCOPE))
          throw new Error("Exception: Request had insufficient authentication scopes.");
        const id = w.newId();
        const bytes = (media as unknown as { _bytes: Uint8Array })._bytes;
        w.uploads.set(id, { name: resource.name, mimeType: resource.mimeType, bytes, owner: w.user });
        w.createdByApp.add(id);
        const link = `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
        return options?.fields?.includes("webViewLink") ? { id, webViewLink: link } : { id };
      },
    };
    this.Files = files;
  }
}

export class FakeProvinceSpreadsheetApp extends FakeSpreadsheetApp {
  constructor(
    log: CallLog,
    book: FakeSpreadsheet,
    readonly _world: FakeWorld,
  ) {
    super(log, book);
  }
  openById(id: string) {
    if (typeof id !== "string") throw new Error("Exception: Invalid argument: id");
    const f = this._world.files.get(id);
    if (!f) throw new Error(NOT_FOUND_MESSAGE);
    if (!this._world.canOpen(f)) throw new Error(NO_ACCESS_MESSAGE);
    return f.book.proxy;
  }
  openByUrl(url: string) {
    const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) throw new Error("Exception: Invalid argument: url");
    return this.openById(m[1]!);
  }
  /** A new spreadsheet owned by the acting user, with one empty sheet "Trang tính1". */
  create(name: string) {
    if (typeof name !== "string" || name.trim() === "") throw new Error("Exception: Invalid argument: name");
    const book = this._world.addSpreadsheet(name, this._world.user);
    this._world.createdByApp.add(book._fileId);
    book._addSheet("Trang tính1");
    return book.proxy;
  }
}

/** Session with users: getActiveUser / getEffectiveUser (need the userinfo.email scope). */
export class FakeUserSession extends FakeSession {
  constructor(
    readonly _userLog: CallLog,
    readonly _world: FakeWorld,
    locale = "vi",
  ) {
    super(_userLog, locale);
  }
  getActiveUser() {
    return fakeUser(this._userLog, this._world.user);
  }
  getEffectiveUser() {
    return fakeUser(this._userLog, this._world.user);
  }
}

/** The Sở Nội vụ's Apps Script environment: its control spreadsheet, Drive, users. */
export function fakeProvince(
  options: { owner?: string; locale?: string; files?: Record<string, string> } = {},
) {
  const log = new CallLog();
  const owner = (options.owner ?? "sonoivu@sonla.gov.vn").toLowerCase();
  const world = new FakeWorld(log, owner);
  const control = world.addSpreadsheet("Chỉ số CCHC 2025 — Sở Nội vụ", owner);
  control._addSheet("Trang tính1");
  const app = new FakeProvinceSpreadsheetApp(log, control, world);
  const drive = new FakeDriveApp(log, world);
  const advancedDrive = new FakeAdvancedDrive(log, world);
  const properties = new FakePropertiesService(log);
  const lock = new FakeLockService(log);
  const session = new FakeUserSession(log, world, options.locale ?? "vi");
  const services: ProvinceServices = {
    SpreadsheetApp: app.proxy,
    HtmlService: new FakeHtmlService(log, options.files ?? { Sidebar: "<!doctype html><div id=root></div>" })
      .proxy,
    PropertiesService: properties.proxy,
    LockService: lock.proxy,
    Session: session.proxy,
    Utilities: new FakeUtilities(log).proxy,
    DriveApp: drive.proxy,
    Drive: advancedDrive,
  };
  return {
    log,
    world,
    owner,
    control,
    app,
    properties,
    lock,
    services,
    globals: { ...services, Logger: new FakeLogger(log).proxy } as Record<string, unknown>,
  };
}

export type FakeProvince = ReturnType<typeof fakeProvince>;
