/**
 * The Sở Nội vụ's part needs services beyond the units' add-on: SpreadsheetApp.openById /
 * create / addEditors (scope `spreadsheets`) and the advanced Drive service (Drive API v3,
 * scope `drive.file`) to put a half-built table in the bin. DriveApp would need the full,
 * restricted `drive` scope for the same (it does not accept drive.file), so it is not used.
 * They are gathered here so only this part of the server touches them.
 */
import { globalServices, type Services } from "../services";

/** The part of the advanced Drive service (v3) the add-on calls. */
export interface AdvancedDrive {
  Files: {
    update(resource: { trashed?: boolean }, fileId: string): { id?: string; trashed?: boolean };
    /** Creates a file the add-on then owns (drive.file): the Word report. */
    create?(
      resource: { name: string; mimeType: string },
      mediaData: GoogleAppsScript.Base.Blob,
      options?: { fields?: string },
    ): { id?: string; webViewLink?: string };
  };
}

export interface ProvinceServices extends Services {
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  /** Undefined when the deployment did not enable the advanced Drive service. */
  Drive?: AdvancedDrive;
  /** Google Forms (scope `forms`), for the survey; undefined in a deployment without it. */
  FormApp?: GoogleAppsScript.Forms.FormApp;
}

export function provinceServices(): ProvinceServices {
  const g = globalThis as unknown as {
    DriveApp: GoogleAppsScript.Drive.DriveApp;
    Drive?: AdvancedDrive;
    FormApp?: GoogleAppsScript.Forms.FormApp;
  };
  return {
    ...globalServices(),
    DriveApp: g.DriveApp,
    ...(g.Drive ? { Drive: g.Drive } : {}),
    ...(g.FormApp ? { FormApp: g.FormApp } : {}),
  };
}

/** Who is acting, for the "who and when" of locks; "" when Google does not say (consumer accounts). */
export function actingUser(svc: Services): string {
  try {
    return svc.Session.getActiveUser().getEmail() || svc.Session.getEffectiveUser().getEmail() || "";
  } catch {
    return "";
  }
}

/** "24/11/2026 14:05" in the spreadsheet's time zone. */
export function stamp(svc: Services, timeZone: string, now: Date = new Date()): string {
  return svc.Utilities.formatDate(now, timeZone, "dd/MM/yyyy HH:mm");
}
