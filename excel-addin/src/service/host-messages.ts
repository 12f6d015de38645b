/** What a host failure means for the user, in Vietnamese and English, with what to do next. */
import { ServiceError } from "@cchc/scoring-core/workflow";
import type { Lang } from "@cchc/scoring-core";

type Text = Record<Lang, string>;

const MESSAGES: Record<string, { message: Text; hint: Text; code: string }> = {
  ItemNotFound: {
    message: {
      vi: "Không tìm thấy trang tính cần dùng (có thể đã bị xoá hoặc đổi tên).",
      en: "The sheet to use was not found (it may have been deleted or renamed).",
    },
    hint: {
      vi: "Chọn lại trang chấm điểm trong Cài đặt rồi thử lại.",
      en: "Pick the scoring sheet again in Settings and try again.",
    },
    code: "sheet-missing",
  },
  AccessDenied: {
    message: {
      vi: "Trang tính đang được bảo vệ nên công cụ không ghi hoặc đánh dấu được.",
      en: "The sheet is protected, so the tool cannot write or mark it.",
    },
    hint: {
      vi: "Bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại. Bảng tính chưa bị thay đổi.",
      en: "Unprotect the sheet (Review › Unprotect Sheet) and try again. Nothing was changed.",
    },
    code: "sheet-protected",
  },
  InvalidOperation: {
    message: {
      vi: "Excel đang bận (có thể một ô đang được sửa).",
      en: "Excel is busy (a cell may be in edit mode).",
    },
    hint: {
      vi: "Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa, rồi thử lại.",
      en: "Press Enter or Esc to leave the cell you are editing, then try again.",
    },
    code: "host-busy",
  },
  ApiNotFound: {
    message: {
      vi: "Phiên bản Excel này chưa hỗ trợ chức năng này.",
      en: "This version of Excel does not support this feature.",
    },
    hint: {
      vi: "Dùng Excel trên web hoặc Microsoft 365 cho chức năng này.",
      en: "Use Excel on the web or Microsoft 365 for this feature.",
    },
    code: "host-unsupported",
  },
  ResponsePayloadSizeLimitExceeded: {
    message: {
      vi: "Trang tính quá lớn để đọc trong Excel trên web.",
      en: "The sheet is too large to read in Excel on the web.",
    },
    hint: {
      vi: "Xoá các dòng, cột trống thừa ở cuối trang hoặc dùng Excel trên máy tính.",
      en: "Delete stray empty rows and columns at the end of the sheet, or use desktop Excel.",
    },
    code: "host-payload",
  },
  MarksUnsupported: {
    message: {
      vi: "Phiên bản Excel này chưa hỗ trợ đánh dấu ô (cần ExcelApi 1.6).",
      en: "This Excel version cannot mark cells (ExcelApi 1.6 needed).",
    },
    hint: {
      vi: "Dùng danh sách lỗi để đến từng ô, hoặc dùng Excel 2019 trở lên.",
      en: "Use the issue list to go to each cell, or use Excel 2019 or later.",
    },
    code: "host-unsupported",
  },
  SettingsSaveFailed: {
    message: {
      vi: "Không lưu được cài đặt vào tệp.",
      en: "The settings could not be saved in the workbook.",
    },
    hint: {
      vi: "Kiểm tra tệp không ở chế độ chỉ đọc rồi thử lại.",
      en: "Check that the workbook is not read-only and try again.",
    },
    code: "settings-save-failed",
  },
};

const CONNECTION = {
  message: {
    vi: "Mất kết nối với Excel giữa chừng; thao tác chưa được thực hiện.",
    en: "The connection to Excel failed mid-action; the action was not carried out.",
  },
  hint: {
    vi: "Kiểm tra mạng rồi thử lại. Không có gì được ghi dở.",
    en: "Check the network and try again. Nothing was half-written.",
  },
  code: "host-connection",
};

const GENERAL = {
  message: {
    vi: "Mất kết nối với Excel giữa chừng; không có gì được ghi dở.",
    en: "The connection to Excel failed mid-action; nothing was half-written.",
  },
  hint: {
    vi: "Thử lại. Nếu vẫn lỗi, đóng rồi mở lại bảng điều khiển.",
    en: "Try again. If it keeps failing, close and reopen the task pane.",
  },
  code: "host-error",
};

export function hostErrorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/** Any failure from the port → a ServiceError the pane shows (ServiceErrors pass through). */
export function toServiceError(e: unknown, lang: Lang): ServiceError {
  if (e instanceof ServiceError) return e;
  const code = hostErrorCode(e);
  const known =
    code === "RequestPayloadSizeLimitExceeded"
      ? MESSAGES.ResponsePayloadSizeLimitExceeded
      : code
        ? MESSAGES[code]
        : undefined;
  const m = known ?? (code === "ConnectionFailure" ? CONNECTION : GENERAL);
  return new ServiceError(m.message[lang], m.hint[lang], m.code);
}
