/**
 * A corpus of table layouts as provinces really write them (issue #18), generated here: each
 * one asserts the roles found, the tree and the totals. The content is the same small table in
 * every layout (2 fields, a criterion with lettered items, rule lines), so only the layout varies.
 */
import type { CellValue, Grid, MergedArea } from "../../src/grid/grid";
import { checkSheet } from "../../src/check-sheet";
import { readTable } from "../../src/table/read-table";
import type { ColumnRole } from "../../src/table/types";
import { find, outline } from "./helpers";

type Style = "arabic" | "roman";

interface Row {
  /** Code per numbering style. */
  code: { arabic: string; roman: string } | null;
  title: string;
  max?: number;
  self?: number;
  a1?: number;
  a2?: number;
  /** A rule line: "-" in the code column or nothing, text in the title column. */
  rule?: "dash" | "bare";
}

const BODY: Row[] = [
  {
    code: { arabic: "1", roman: "I" },
    title: "Công tác chỉ đạo, điều hành",
    max: 6,
    self: 4.5,
    a1: 4,
    a2: 4.5,
  },
  { code: { arabic: "1.1", roman: "1" }, title: "Kế hoạch CCHC năm", max: 3, self: 2.5, a1: 2, a2: 2.5 },
  { code: { arabic: "a)", roman: "a)" }, title: "Ban hành kịp thời", max: 1, self: 1, a1: 1, a2: 1 },
  { code: null, title: "Ban hành trước 31/12: 1 điểm", rule: "bare" },
  {
    code: { arabic: "b)", roman: "b)" },
    title: "Xác định đầy đủ nhiệm vụ",
    max: 2,
    self: 1.5,
    a1: 1,
    a2: 1.5,
  },
  { code: { arabic: "1.2", roman: "2" }, title: "Báo cáo CCHC", max: 3, self: 2, a1: 2, a2: 2 },
  { code: null, title: "- Đúng hạn: 3 điểm", rule: "dash" },
  { code: null, title: "- Chậm: 1 điểm", rule: "dash" },
  { code: { arabic: "2", roman: "II" }, title: "Xây dựng thể chế", max: 4, self: 4, a1: 3, a2: 3.5 },
  { code: { arabic: "2.1", roman: "1" }, title: "Rà soát văn bản", max: 4, self: 4, a1: 3, a2: 3.5 },
];
const OUTLINE = "1(1.1(1.1.a 1.1.b) 1.2) 2(2.1)";

interface Layout {
  name: string;
  /** Title rows above the header. */
  titles?: string[];
  /** One or two header rows. */
  header: CellValue[][];
  merges?: MergedArea[];
  /** A row of column numbers right under the header. */
  numbers?: CellValue[];
  /** Where each content goes (0-based columns). */
  at: Partial<Record<"code" | "title" | "max" | "self" | "a1" | "a2", number>>;
  style: Style;
  /** Expected roles → column letters. */
  roles: Partial<Record<ColumnRole, string>>;
  /** Rule lines in the code column ("-") instead of the title. */
  total?: boolean;
  noise?: (s: string) => string;
  info?: string[];
}

function build(l: Layout): Grid {
  const width = Math.max(...l.header.map((h) => h.length));
  const values: CellValue[][] = [];
  for (const t of l.titles ?? []) values.push([t, ...new Array<CellValue>(width - 1).fill(null)]);
  const offset = values.length;
  for (const h of l.header) values.push(h.map((v) => (typeof v === "string" && l.noise ? l.noise(v) : v)));
  if (l.numbers) values.push(l.numbers);
  for (const r of BODY) {
    const row = new Array<CellValue>(width).fill(null);
    const put = (k: keyof Layout["at"], v: CellValue | undefined) => {
      const c = l.at[k];
      if (c !== undefined && v !== undefined) row[c] = v;
    };
    if (r.rule) {
      put("title", r.title);
    } else {
      put("code", r.code![l.style]);
      put("title", r.title);
      put("max", r.max);
      put("self", r.self);
      put("a1", r.a1);
      put("a2", r.a2);
    }
    values.push(row);
  }
  if (l.total) {
    const row = new Array<CellValue>(width).fill(null);
    row[l.at.title!] = "Tổng cộng";
    row[l.at.max!] = 10;
    if (l.at.self !== undefined) row[l.at.self] = 8.5;
    values.push(row);
  }
  const merges = (l.merges ?? []).map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }));
  return { sheet: l.name, values, merges };
}

const v = (top: number, col: number): MergedArea => ({ top, bottom: top + 1, left: col, right: col });
const h = (row: number, left: number, right: number): MergedArea => ({ top: row, bottom: row, left, right });

const LAYOUTS: Layout[] = [
  {
    name: "the 2025 form (issue #18)",
    titles: ["ỦY BAN NHÂN DÂN TỈNH", "PHIẾU ĐÁNH GIÁ, XẾP LOẠI NĂM 2025"],
    header: [
      ["TT", "Tiêu chí chấm điểm", "Điểm tối đa", "Kết quả đánh giá", null, null],
      [
        null,
        null,
        null,
        "Điểm do cá nhân tự chấm",
        "Người quản lý trực tiếp đánh giá, xếp loại",
        "Cấp có thẩm quyền đánh giá, xếp loại",
      ],
    ],
    merges: [v(0, 0), v(0, 1), v(0, 2), h(0, 3, 5)],
    numbers: ["(1)", "(2)", "(3)", "(4)", "(5)", "(ổ)"],
    at: { code: 0, title: 1, max: 2, self: 3, a1: 4, a2: 5 },
    style: "arabic",
    roles: { code: "A", title: "B", max: "C", self: "D", appraisal1: "E", appraisal2: "F" },
    info: ["column-role-chosen"],
  },
  {
    name: "single row",
    header: [["STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "TLKC"]],
    at: { code: 0, title: 1, max: 2, self: 3 },
    style: "arabic",
    roles: { code: "A", title: "B", max: "C", self: "D", evidence: "E" },
    total: true,
  },
  {
    name: "two rows under a merged Điểm",
    header: [
      ["STT", "Nội dung", "Điểm", null, null, "Ghi chú"],
      [null, null, "Tối đa", "Tự chấm", "Thẩm định", null],
    ],
    merges: [v(0, 0), v(0, 1), h(0, 2, 4), v(0, 5)],
    at: { code: 0, title: 1, max: 2, self: 3, a1: 4 },
    style: "arabic",
    roles: { code: "A", title: "B", max: "C", self: "D", appraisal1: "E", explanation: "F" },
  },
  {
    name: "unusual column order",
    header: [["Nội dung đánh giá", "Kết quả tự ĐG", "Thang điểm", "TT", "Ghi chú"]],
    at: { title: 0, self: 1, max: 2, code: 3 },
    style: "arabic",
    roles: { title: "A", self: "B", max: "C", code: "D", explanation: "E" },
  },
  {
    name: "column numbers with typos",
    header: [["STT", "Tiêu chí", "Điểm chuẩn", "Điểm của đơn vị tự chấm", "Tài liệu kiểm chứng"]],
    numbers: ["(1)", "(2)", "(3)", "(A)", "(5)"],
    at: { code: 0, title: 1, max: 2, self: 3 },
    style: "arabic",
    roles: { code: "A", title: "B", max: "C", self: "D", evidence: "E" },
  },
  {
    name: "Roman fields, criteria restarting, lettered items",
    titles: ["SỞ TƯ PHÁP", "BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2025"],
    header: [["STT", "Lĩnh vực/tiêu chí/tiêu chí thành phần", "Điểm tối đa", "Điểm do cơ quan tự chấm"]],
    at: { code: 0, title: 1, max: 2, self: 3 },
    style: "roman",
    roles: { code: "A", title: "B", max: "C", self: "D" },
    total: true,
  },
  {
    name: "notes between scores",
    header: [
      [
        "STT",
        "Nội dung",
        "Điểm tối đa",
        "Điểm tự chấm",
        "Ý kiến giải trình",
        "Điểm thẩm định",
        "Nhận xét của Hội đồng thẩm định",
      ],
    ],
    at: { code: 0, title: 1, max: 2, self: 3, a1: 5 },
    style: "arabic",
    roles: {
      code: "A",
      title: "B",
      max: "C",
      self: "D",
      explanation: "E",
      appraisal1: "F",
      appraisalNote: "G",
    },
  },
  {
    name: "appraisal rounds under a merged group",
    header: [
      ["TT", "Nội dung", "Điểm tối đa", "Tự đánh giá", "Điểm thẩm định", null],
      [null, null, null, null, "Lần 1", "Lần 2"],
    ],
    merges: [v(0, 0), v(0, 1), v(0, 2), v(0, 3), h(0, 4, 5)],
    at: { code: 0, title: 1, max: 2, self: 3, a1: 4, a2: 5 },
    style: "roman",
    roles: { code: "A", title: "B", max: "C", self: "D", appraisal1: "E", appraisal2: "F" },
  },
  {
    name: "working group, then council",
    header: [
      [
        "STT",
        "Nội dung",
        "Điểm tối đa được chấm",
        "Điểm tự đánh giá",
        "Điểm Hội đồng thẩm định",
        "Điểm Tổ công tác thẩm định",
      ],
    ],
    at: { code: 0, title: 1, max: 2, self: 3, a2: 4, a1: 5 },
    style: "arabic",
    roles: { code: "A", title: "B", max: "C", self: "D", appraisal1: "F", appraisal2: "E" },
    info: ["column-role-chosen"],
  },
  {
    name: "Điểm số over rounds, upper case, NFD, line breaks",
    header: [
      ["Số TT", "Tiêu chí", "Điểm số", null, null, null],
      [null, null, "Tối đa", "Tự đánh giá của đơn vị", "Vòng 1", "Vòng 2"],
    ],
    merges: [v(0, 0), v(0, 1), h(0, 2, 5)],
    at: { code: 0, title: 1, max: 2, self: 3, a1: 4, a2: 5 },
    style: "arabic",
    roles: { code: "A", title: "B", max: "C", self: "D", appraisal1: "E", appraisal2: "F" },
    noise: (s) => s.toUpperCase().normalize("NFD").replace(" ", "\n"),
  },
  {
    name: "score columns first, a rule column",
    header: [["Điểm chuẩn", "Tự chấm", "Số thứ tự", "Nội dung tiêu chí", "Cách tính điểm", "Ghi chú"]],
    at: { max: 0, self: 1, code: 2, title: 3 },
    style: "roman",
    roles: { max: "A", self: "B", code: "C", title: "D", rule: "E", explanation: "F" },
    total: true,
  },
];

describe("layout corpus (#18)", () => {
  it("has at least 10 layouts", () => expect(LAYOUTS.length).toBeGreaterThanOrEqual(10));

  it.each(LAYOUTS.map((l) => [l.name, l] as const))("%s: roles, tree and totals", (_, layout) => {
    const grid = build(layout);
    const r = readTable(grid);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("\n"));
    const roles = Object.fromEntries(Object.entries(r.table.columns).map(([role, c]) => [role, c!.letter]));
    expect(roles).toEqual(layout.roles);
    expect(outline(r.table.fields)).toBe(OUTLINE);
    expect(find(r.table, "1.2").ruleText).toEqual(["- Đúng hạn: 3 điểm", "- Chậm: 1 điểm"]);
    expect(find(r.table, "1.1.a").ruleText).toEqual(["Ban hành trước 31/12: 1 điểm"]);
    expect(r.issues.filter((i) => i.severity !== "info").map((i) => i.message)).toEqual([]);
    expect(r.issues.filter((i) => i.severity === "info").map((i) => i.code)).toEqual(layout.info ?? []);
    if (layout.total) expect(r.table.totalRow?.max?.parsed).toEqual({ kind: "number", value: 10 });

    const report = checkSheet(grid);
    expect(report.totals.applicableMax).toBe(10);
    expect(report.totals.self).toBe(8.5);
    const appraised = layout.at.a2 !== undefined ? 8 : layout.at.a1 !== undefined ? 7 : 0;
    if (appraised > 0) expect(report.totals.appraised).toBe(appraised);
  });

  it("says which columns the 2025 form's appraisers were taken to be", () => {
    const r = readTable(build(LAYOUTS[0]!));
    expect(r.issues.find((i) => i.code === "column-role-chosen")?.message).toBe(
      "Có 2 cột điểm đánh giá/thẩm định: cột E (“Kết quả đánh giá / Người quản lý trực tiếp đánh giá, xếp loại”) được đọc là lần 1, cột F (“Kết quả đánh giá / Cấp có thẩm quyền đánh giá, xếp loại”) là kết quả cuối cùng (người đánh giá đầu tiên; cấp có thẩm quyền/hội đồng là kết quả cuối cùng).",
    );
  });
});
