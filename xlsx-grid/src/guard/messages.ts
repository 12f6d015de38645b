/** One clear sentence per refusal, in Vietnamese and English: what is wrong and what to do. */
export type GuardReason =
  | "empty"
  | "too-large"
  | "encrypted"
  | "xls"
  | "csv"
  | "not-xlsx"
  | "corrupt"
  | "zip-bomb"
  /** Honest compression, but more data than a scoring table needs (the per-workbook memory budget). */
  | "too-much-data";

export interface BilingualMessage {
  vi: string;
  en: string;
}

/** `maxMegabytes`: the file-size limit for "too-large", the unzipped budget for "too-much-data". */
export function guardMessage(reason: GuardReason, maxMegabytes: number): BilingualMessage {
  switch (reason) {
    case "empty":
      return {
        vi: "Tệp rỗng (0 byte): hãy kiểm tra lại tệp rồi gửi lại.",
        en: "The file is empty (0 bytes): check the file and send it again.",
      };
    case "too-large":
      return {
        vi: `Tệp lớn hơn giới hạn ${maxMegabytes} MB: hãy gửi riêng bảng chấm điểm, không kèm tài liệu kiểm chứng.`,
        en: `The file is larger than the ${maxMegabytes} MB limit: send the scoring table alone, without the evidence documents.`,
      };
    case "encrypted":
      return {
        vi: "Tệp được bảo vệ bằng mật khẩu: hãy gỡ mật khẩu rồi gửi lại.",
        en: "The file is password-protected: remove the password and send it again.",
      };
    case "xls":
      return {
        vi: "Tệp ở định dạng Excel cũ (.xls): hãy mở bằng Excel, lưu thành .xlsx rồi gửi lại.",
        en: "The file is an old Excel workbook (.xls): open it in Excel, save it as .xlsx and send it again.",
      };
    case "csv":
      return {
        vi: "Tệp là văn bản (CSV), không phải bảng tính Excel .xlsx: hãy mở bằng Excel, lưu thành .xlsx rồi gửi lại.",
        en: "The file is plain text (CSV), not an Excel .xlsx workbook: open it in Excel, save it as .xlsx and send it again.",
      };
    case "not-xlsx":
      return {
        vi: "Tệp không phải bảng tính Excel (.xlsx): hãy gửi tệp .xlsx.",
        en: "The file is not an Excel workbook (.xlsx): send an .xlsx file.",
      };
    case "corrupt":
      return {
        vi: "Tệp .xlsx bị hỏng hoặc chưa tải về đầy đủ: hãy mở bằng Excel, lưu lại rồi gửi lại.",
        en: "The .xlsx file is damaged or was not fully downloaded: open it in Excel, save it again and resend it.",
      };
    case "zip-bomb":
      return {
        vi: "Tệp có cấu trúc nén bất thường (giải nén ra quá lớn) nên không thể đọc an toàn: hãy mở bằng Excel, lưu lại rồi gửi lại.",
        en: "The file's compression is abnormal (it would expand far too much), so it cannot be read safely: open it in Excel, save it again and resend it.",
      };
    case "too-much-data":
      return {
        vi: `Tệp chứa quá nhiều dữ liệu (hơn ${maxMegabytes} MB khi giải nén) so với một bảng chấm điểm: hãy xoá các trang tính không cần thiết, lưu lại rồi gửi lại.`,
        en: `The file holds too much data for a scoring table (over ${maxMegabytes} MB unzipped): delete the sheets that are not needed, save it and send it again.`,
      };
  }
}
