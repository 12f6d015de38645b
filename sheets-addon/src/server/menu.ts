/**
 * The add-on menu and the sidebar. onOpen may run in AuthMode.NONE (an add-on not yet used in
 * this document): then only the menu may be built, so nothing here reads the document or
 * properties; every item calls a function that runs with full authorisation.
 */
import type { StartAction } from "../shared/rpc";
import { isProvinceDeployment, PROVINCE_MENU_ITEMS } from "./province/menu-items";
import type { Services } from "./services";

export const MENU_ITEMS: readonly { label: string; fn: string }[] = [
  { label: "Kiểm tra", fn: "menuCheck" },
  { label: "Bảng điều khiển", fn: "showSidebar" },
  { label: "Tạo bảng chấm điểm", fn: "menuTemplate" },
  { label: "Xóa đánh dấu", fn: "menuClearMarks" },
];

export function buildMenu(svc: Pick<Services, "SpreadsheetApp">): void {
  const menu = svc.SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.fn);
  // The Sở Nội vụ's items, only in its own deployment (see ./province/menu-items.ts).
  if (isProvinceDeployment()) for (const item of PROVINCE_MENU_ITEMS) menu.addItem(item.label, item.fn);
  menu.addToUi();
}

export const SIDEBAR_TITLE = "Chỉ số CCHC";

/** Opens the sidebar; the start action rides along as a tiny script (JSON, "<" escaped). */
export function openSidebar(svc: Services, start: StartAction): void {
  const boot = JSON.stringify({ start, locale: svc.Session.getActiveUserLocale() || "vi" }).replace(
    /</g,
    "\\u003c",
  );
  const html = svc.HtmlService.createHtmlOutputFromFile("Sidebar")
    .setTitle(SIDEBAR_TITLE)
    .append(`<script>window.__CCHC_BOOT__=${boot};</script>`);
  svc.SpreadsheetApp.getUi().showSidebar(html);
}
