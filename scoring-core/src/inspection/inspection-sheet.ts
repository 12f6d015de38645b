/** The inspection proposal as a sheet: each unit with every reason and its figure. */
import type { Lang } from "../messages/lang";
import { BlockBuilder } from "../output/block-builder";
import type { SheetBlock } from "../output/sheet-block";
import type { InspectionCandidate } from "./inspection-list";

const L = {
  vi: {
    name: "Đề xuất kiểm tra",
    title: "DANH SÁCH ĐỀ XUẤT KIỂM TRA CÔNG TÁC CCHC (theo lý do, có số liệu)",
    header: ["STT", "Đơn vị", "Nhóm", "Hạng", "Chỉ số (%)", "Lý do đề xuất", "Mức ưu tiên"],
    none: "Không có đơn vị nào có lý do đề xuất kiểm tra",
  },
  en: {
    name: "Inspection proposal",
    title: "UNITS PROPOSED FOR INSPECTION (each reason with its figure)",
    header: ["No.", "Unit", "Group", "Rank", "Index (%)", "Reasons", "Priority"],
    none: "No unit has a reason to be inspected",
  },
} as const;

export function inspectionSheet(list: readonly InspectionCandidate[], lang: Lang): SheetBlock {
  const l = L[lang];
  const b = new BlockBuilder();
  b.title(l.title);
  b.blank();
  b.header([...l.header]);
  list.forEach((c, i) =>
    b.row([i + 1, c.unit, c.group, c.rank, c.index, c.reasons.map((r) => `• ${r.text}`).join("\n"), c.order]),
  );
  if (list.length === 0) b.row([null, l.none]);
  return {
    ...b.build(l.name, [5, 32, 18, 7, 10, 70, 12], [4, 6]),
    wrapColumns: [1, 2, 5],
    centerColumns: [0, 3],
  };
}
