/** The Phát bảng panel's texts (kept beside the panel: only the province edition shows it). */
import type { Lang } from "@cchc/scoring-core";

export interface HandOutStrings {
  intro: string;
  run: string;
  cancel: string;
  starting: string;
  progress: (done: string, total: string) => string;
  remaining: (n: string) => string;
  done: (created: string, skipped: string) => string;
  nothingToDo: (skipped: string) => string;
  failed: (n: string) => string;
  stalled: (remaining: string) => string;
  cancelled: (created: string, remaining: string) => string;
}

export const HAND_OUT_STRINGS: Record<Lang, HandOutStrings> = {
  vi: {
    intro:
      "Tạo bảng chấm điểm cho mỗi đơn vị trong trang “Đơn vị” chưa có bảng: một bảng tính riêng, chia sẻ cho người nhập của đơn vị, liên kết ghi vào cột “Bảng tính”. Công cụ làm từng đợt vài bảng; nếu đóng thanh bên hay hết hạn mức của Google, chạy lại sẽ làm tiếp từ chỗ dừng, không tạo trùng.",
    run: "Phát bảng cho các đơn vị",
    cancel: "Dừng",
    starting: "Đang tạo những bảng đầu tiên…",
    progress: (done, total) => `Đã xử lý ${done}/${total} đơn vị`,
    remaining: (n) => `Còn ${n} đơn vị chưa có bảng`,
    done: (created, skipped) => `Xong: đã tạo ${created} bảng; ${skipped} đơn vị đã có bảng từ trước.`,
    nothingToDo: (skipped) => `Mọi đơn vị đã có bảng (${skipped} đơn vị); không tạo thêm bảng nào.`,
    failed: (n) =>
      `${n} đơn vị chưa tạo được bảng (lý do ở dưới và ở cột “Ghi chú của công cụ”); chạy lại để thử lại.`,
    stalled: (remaining) =>
      `Dừng: đợt vừa rồi không tạo được bảng nào dù còn ${remaining} đơn vị (thường do hết hạn mức Google trong ngày). Các bảng đã tạo được giữ nguyên; chạy lại sau để làm tiếp.`,
    cancelled: (created, remaining) =>
      `Đã dừng sau ${created} bảng; còn ${remaining} đơn vị. Chạy lại để làm tiếp.`,
  },
  en: {
    intro:
      "Creates a scoring table for every unit on the “Đơn vị” sheet that has none: a spreadsheet of its own, shared with the unit's editors, linked in the “Spreadsheet” column. It works a few tables at a time; if the sidebar is closed or Google's quota runs out, running it again continues where it stopped, with no duplicates.",
    run: "Hand out tables to the units",
    cancel: "Stop",
    starting: "Creating the first tables…",
    progress: (done, total) => `${done} of ${total} units done`,
    remaining: (n) => `${n} units still without a table`,
    done: (created, skipped) => `Done: ${created} tables created; ${skipped} units had one already.`,
    nothingToDo: (skipped) => `Every unit has a table already (${skipped} units); nothing was created.`,
    failed: (n) =>
      `${n} units got no table (reasons below and in the “Tool note” column); run again to retry.`,
    stalled: (remaining) =>
      `Stopped: the last round created nothing although ${remaining} units remain (usually Google's daily quota). The tables made are kept; run again later to continue.`,
    cancelled: (created, remaining) =>
      `Stopped after ${created} tables; ${remaining} units remain. Run again to continue.`,
  },
};
