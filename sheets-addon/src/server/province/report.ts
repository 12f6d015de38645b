/**
 * The Word report (and the units' feedback .zip) saved to the user's Drive. The sidebar renders the .docx (the same document
 * as `cchc rank --report`: the core's model, xlsx-grid's renderer) and sends its bytes here; the
 * server creates the file through the advanced Drive service, which works under `drive.file`
 * (DriveApp would need the full `drive` scope), and answers its link.
 */
import { safeFileStem, type Lang } from "@cchc/scoring-core";
import { AddonError } from "../../shared/errors";
import type { ProvinceServices } from "./services";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const ZIP_MIME = "application/zip";
/** What the sidebar may save: the Word report, or the units' feedback workbooks in one .zip. */
const KINDS = { docx: DOCX_MIME, zip: ZIP_MIME } as const;
export type SavedKind = keyof typeof KINDS;
/** Apps Script's call payload limit is about 50 MB; a report is a few hundred KB. */
const MAX_BASE64 = 20 * 1024 * 1024;

export interface SaveReportReply {
  id: string;
  name: string;
  url: string;
}

const TEXT = {
  noDrive: {
    vi: "Bản tiện ích này chưa bật dịch vụ Google Drive nâng cao nên không lưu được báo cáo vào Drive. Quản trị viên cần bật Drive API (v3) cho dự án Apps Script.",
    en: "This deployment has not enabled the advanced Google Drive service, so the report cannot be saved to Drive. An administrator needs to enable the Drive API (v3) for the Apps Script project.",
  },
  bad: { vi: "Tệp báo cáo gửi lên không hợp lệ.", en: "The report sent is not valid." },
} as const;

/** Names Drive and every desktop accept: the core's one file-name rule. */
function safeName(name: string, kind: SavedKind): string {
  return `${safeFileStem(name.replace(new RegExp(`\\.${kind}$`, "i"), ""), "Bao-cao")}.${kind}`;
}

export function saveReportToDrive(
  svc: ProvinceServices,
  lang: Lang,
  fileName: unknown,
  base64: unknown,
  kindIn: unknown = "docx",
): SaveReportReply {
  const kind = kindIn === "zip" ? "zip" : kindIn === "docx" ? "docx" : null;
  if (!kind || typeof fileName !== "string" || typeof base64 !== "string" || base64.length > MAX_BASE64)
    throw new AddonError("workflow", TEXT.bad[lang]);
  const mime = KINDS[kind];
  const create = svc.Drive?.Files.create;
  if (!svc.Drive || !create) throw new AddonError("workflow", TEXT.noDrive[lang]);
  const name = safeName(fileName, kind);
  const blob = svc.Utilities.newBlob(svc.Utilities.base64Decode(base64), mime, name);
  const file = create.call(svc.Drive.Files, { name, mimeType: mime }, blob, {
    fields: "id,webViewLink",
  });
  const id = file.id ?? "";
  return { id, name, url: file.webViewLink || `https://drive.google.com/file/d/${id}/view` };
}
