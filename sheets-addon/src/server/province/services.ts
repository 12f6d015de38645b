/**
 * The Sở Nội vụ's part needs two services beyond the units' add-on: SpreadsheetApp.openById /
 * create (scope `spreadsheets`) and DriveApp to share the files the add-on creates (scope
 * `drive.file`). They are gathered here so only this part of the server touches them.
 */
import { globalServices, type Services } from "../services";

export interface ProvinceServices extends Services {
  DriveApp: GoogleAppsScript.Drive.DriveApp;
}

export function provinceServices(): ProvinceServices {
  const g = globalThis as unknown as { DriveApp: GoogleAppsScript.Drive.DriveApp };
  return { ...globalServices(), DriveApp: g.DriveApp };
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
