/**
 * Errors that cross `google.script.run`. Apps Script hands the sidebar only an error's
 * message, so the server encodes a stable code in it ("[cchc:protected] …") and the sidebar
 * renders the message for that code in the user's language. Errors without a code (quota,
 * network, a bug) are recognised by their text.
 */
import type { Lang } from "@cchc/scoring-core";

export type AddonErrorCode =
  | "no-sheet"
  | "sheet-not-found"
  | "bad-cell"
  | "protected"
  | "busy"
  | "quota"
  | "timeout"
  | "network"
  | "set-not-found"
  | "set-invalid"
  | "report-invalid"
  | "too-large"
  | "server-error"
  /** A message the core's workflow already rendered ("message\nhint"). */
  | "workflow";

interface Text {
  vi: string;
  en: string;
}

const MESSAGES: Record<AddonErrorCode, { message: Text; hint: Text | null }> = {
  workflow: { message: { vi: "{detail}", en: "{detail}" }, hint: null },
  "no-sheet": {
    message: { vi: "Không có trang tính nào đang mở.", en: "No sheet is open." },
    hint: {
      vi: "Mở trang có bảng chấm điểm rồi thử lại.",
      en: "Open the sheet with the scoring table and try again.",
    },
  },
  "sheet-not-found": {
    message: { vi: "Không tìm thấy trang “{detail}”.", en: "Sheet “{detail}” was not found." },
    hint: {
      vi: "Trang có thể đã bị đổi tên hoặc xóa; chọn lại trang trong phần Cài đặt.",
      en: "It may have been renamed or deleted; pick the sheet again in Settings.",
    },
  },
  "bad-cell": {
    message: { vi: "Địa chỉ ô “{detail}” không hợp lệ.", en: "Cell address “{detail}” is not valid." },
    hint: null,
  },
  protected: {
    message: {
      vi: "Trang này được bảo vệ và bạn không có quyền sửa: không có gì được ghi.",
      en: "This sheet is protected and you may not edit it: nothing was written.",
    },
    hint: {
      vi: "Nhờ chủ sở hữu bảng tính cấp quyền, hoặc xem kết quả ở trang “Kết quả CCHC”.",
      en: "Ask the spreadsheet's owner for edit rights, or see the results in the “Kết quả CCHC” sheet.",
    },
  },
  busy: {
    message: {
      vi: "Một thao tác khác của Chỉ số CCHC đang ghi vào bảng tính.",
      en: "Another Chỉ số CCHC action is writing to the spreadsheet.",
    },
    hint: { vi: "Chờ vài giây rồi thử lại.", en: "Wait a few seconds and try again." },
  },
  quota: {
    message: {
      vi: "Google tạm thời giới hạn số lần gọi dịch vụ (hạn mức): thao tác chưa được thực hiện.",
      en: "Google is temporarily limiting service calls (quota): the action was not carried out.",
    },
    hint: { vi: "Chờ một phút rồi thử lại.", en: "Wait a minute and try again." },
  },
  timeout: {
    message: { vi: "Thao tác chạy quá thời gian cho phép.", en: "The action ran out of time." },
    hint: { vi: "Thử lại với một trang nhỏ hơn.", en: "Try again with a smaller sheet." },
  },
  network: {
    message: { vi: "Mất kết nối với Google Sheets.", en: "The connection to Google Sheets was lost." },
    hint: { vi: "Kiểm tra mạng rồi thử lại.", en: "Check the network and try again." },
  },
  "set-not-found": {
    message: { vi: "Không tìm thấy bộ tiêu chí “{detail}”.", en: "Criteria set “{detail}” was not found." },
    hint: null,
  },
  "set-invalid": {
    message: { vi: "Bộ tiêu chí không hợp lệ: {detail}", en: "The criteria set is not valid: {detail}" },
    hint: null,
  },
  "report-invalid": {
    message: { vi: "Dữ liệu kết quả không hợp lệ.", en: "The report data is not valid." },
    hint: { vi: "Chạy Kiểm tra lại.", en: "Run the check again." },
  },
  "too-large": {
    message: { vi: "Bảng quá lớn để xử lý: {detail}", en: "The table is too large to process: {detail}" },
    hint: null,
  },
  "server-error": {
    message: {
      vi: "Lỗi khi chạy trên Google Sheets: {detail}",
      en: "Error while running in Google Sheets: {detail}",
    },
    hint: {
      vi: "Thử lại; nếu lỗi lặp lại, báo cho bộ phận hỗ trợ kèm nội dung này.",
      en: "Try again; if it repeats, report it with this text.",
    },
  },
};

/** A failure the server reports on purpose. */
export class AddonError extends Error {
  constructor(
    readonly code: AddonErrorCode,
    readonly detail: string = "",
  ) {
    super(encodeAddonError(code, detail));
    this.name = "AddonError";
  }
}

const PREFIX = /^(?:[A-Za-z]*Error: |Exception: )*\[cchc:([a-z-]+)\] ?/;

export function encodeAddonError(code: AddonErrorCode, detail: string): string {
  return `[cchc:${code}] ${detail}`;
}

/** Classifies any error text: our own code first, then the texts Apps Script is known to use. */
export function classifyError(text: string): { code: AddonErrorCode; detail: string } {
  const m = PREFIX.exec(text);
  // Own keys only ("[cchc:constructor]" is no code); not Object.hasOwn: Apps Script runs ES2020.
  if (m && Object.prototype.hasOwnProperty.call(MESSAGES, m[1]!))
    return { code: m[1] as AddonErrorCode, detail: text.slice(m[0].length) };
  if (/protected cell or object|được bảo vệ/i.test(text)) return { code: "protected", detail: text };
  if (/too many times|quota|rate limit|Service invoked too many|too much computer time/i.test(text))
    return { code: "quota", detail: text };
  if (/exceeded maximum execution time|timed out|timeout/i.test(text))
    return { code: "timeout", detail: text };
  if (/NetworkError|network|Failed to fetch/i.test(text)) return { code: "network", detail: text };
  return { code: "server-error", detail: text.replace(/^(?:[A-Za-z]*Error: |Exception: )+/, "") };
}

export function errorMessage(
  code: AddonErrorCode,
  detail: string,
  lang: Lang,
): { message: string; hint: string | null } {
  const entry = MESSAGES[code];
  if (code === "workflow") {
    const [message = "", hint = null] = detail.split("\n");
    return { message, hint };
  }
  return {
    message: entry.message[lang].replace("{detail}", detail),
    hint: entry.hint ? entry.hint[lang] : null,
  };
}
