/**
 * What real annexes state beyond maxima and rules: which department appraises each field or item
 * ("Cơ quan thẩm định", "Cơ quan chủ trì thẩm định") and whether an item may be not applicable,
 * with what policy — in a column ("Trường hợp không áp dụng") or in the rule text ("Trường hợp
 * không phát sinh … thì được điểm tối đa"). Annexes are built here, not by the samples' generator.
 */
import type { CellValue, Grid } from "../../src/grid/grid";
import { deriveCriteriaSet } from "../../src/criteria-set/derive";
import { appraiserOf, indexSet } from "../../src/criteria-set/lookup";
import {
  notApplicableCell,
  notApplicableClause,
  splitNotApplicable,
} from "../../src/criteria-set/not-applicable-text";
import { parseRuleText } from "../../src/criteria-set/rule-text";
import type { Criterion } from "../../src/criteria-set/schema";
import { readTable } from "../../src/table/read-table";

const meta = { id: "an-hoa-2025", name: "Bộ tiêu chí", year: 2025, unitTypes: ["department"] };

function annex(header: CellValue[], rows: CellValue[][]): Grid {
  return {
    sheet: "Phụ lục 01",
    values: [["PHỤ LỤC 01"], ["BỘ TIÊU CHÍ CHỈ SỐ CCHC NĂM 2025"], [], header, ...rows],
  };
}

function derive(grid: Grid) {
  const read = readTable(grid, { profile: "annex" });
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join("\n"));
  const { set, issues } = deriveCriteriaSet(read.table, meta);
  return { read, set, issues, idx: indexSet(set) };
}

/** The effective appraiser of a node (its own, else its nearest ancestor's). */
function appraiserAt(fields: Criterion[], code: string): string | undefined {
  const path: Criterion[] = [];
  let list = fields;
  for (let depth = 1; ; depth++) {
    const prefix = code.split(".").slice(0, depth).join(".");
    const n = list.find((c) => c.code === prefix);
    if (!n) return undefined;
    path.push(n);
    if (n.code === code) return appraiserOf(path);
    list = n.children ?? [];
  }
}

describe("the appraiser column", () => {
  const grid = annex(
    ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Cách tính điểm", "Cơ quan chủ trì thẩm định"],
    [
      ["I", "Chỉ đạo, điều hành", 3, null, "Sở Nội vụ"],
      ["1", "Kế hoạch CCHC", 1, "Có: 1 điểm; Không: 0 điểm", null],
      ["2", "Báo cáo", 2, "Có: 2 điểm; Không: 0 điểm", "Văn phòng UBND tỉnh"],
      ["II", "Tài chính công", 2, null, "Sở Tài chính"],
      ["1", "Tự chủ tài chính", 2, "Có: 2 điểm; Không: 0 điểm", "Sở Tài chính"],
      [null, "Tổng cộng", 5, null, null],
    ],
  );

  it("is read as the department, never as an appraisal score, and inherited by items", () => {
    const { read, set, issues, idx } = derive(grid);
    expect(read.table.columns.appraiser?.letter).toBe("E");
    expect(read.table.columns.appraisal1).toBeUndefined();
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(idx.get("1")!.appraiser).toBe("Sở Nội vụ");
    // An item naming its field's department again carries nothing of its own.
    expect(idx.get("2.1")!.appraiser).toBeUndefined();
    expect(idx.get("1.2")!.appraiser).toBe("Văn phòng UBND tỉnh");
    expect(appraiserAt(set.fields, "1.1")).toBe("Sở Nội vụ");
    expect(appraiserAt(set.fields, "2.1")).toBe("Sở Tài chính");
  });
});

describe("not-applicable wording", () => {
  it("reads a clause of the rule text and keeps the rule parseable", () => {
    expect(notApplicableClause("Trường hợp không phát sinh văn bản thì được điểm tối đa")).toEqual({
      allowed: true,
      policy: "full-marks",
    });
    expect(notApplicableClause("Không áp dụng đối với cơ quan không có TTHC")).toEqual({ allowed: true });
    expect(notApplicableClause("Trường hợp không phát sinh thì không tính vào điểm tối đa")).toEqual({
      allowed: true,
    });
    expect(notApplicableClause("Không phát sinh: quy đổi theo tỷ lệ các tiêu chí còn lại")).toEqual({
      allowed: true,
      policy: "rescale",
    });
    expect(notApplicableClause("Nếu không áp dụng thì chia đều điểm cho các tiêu chí còn lại")).toEqual({
      allowed: true,
      policy: "share",
    });
    // Levels about a case are levels, not N/A.
    expect(notApplicableClause("Không ban hành: 0 điểm")).toBeNull();
    expect(notApplicableClause("Trường hợp không phát sinh thì 0 điểm")).toBeNull();
    const text = "Đúng hạn: 1 điểm; Chậm: 0,5 điểm; Trường hợp không phát sinh thì được điểm tối đa";
    const split = splitNotApplicable(text);
    expect(split.stated).toEqual({ allowed: true, policy: "full-marks" });
    expect(parseRuleText(split.rule, 1)).toEqual(parseRuleText("Đúng hạn: 1 điểm; Chậm: 0,5 điểm", 1));
    expect(splitNotApplicable("Có: 1 điểm;Không: 0 điểm")).toEqual({
      rule: "Có: 1 điểm;Không: 0 điểm",
      stated: null,
    });
  });

  it("reads a column cell: permission, policy, no, and what it cannot understand", () => {
    expect(notApplicableCell("x")).toEqual({ allowed: true, understood: true });
    expect(notApplicableCell("Không tính vào điểm tối đa")).toEqual({ allowed: true, understood: true });
    expect(notApplicableCell("Được điểm tối đa")).toEqual({
      allowed: true,
      policy: "full-marks",
      understood: true,
    });
    expect(notApplicableCell("Quy đổi theo tỷ lệ")).toEqual({
      allowed: true,
      policy: "rescale",
      understood: true,
    });
    expect(notApplicableCell("Không")).toBeNull();
    expect(notApplicableCell("")).toBeNull();
    expect(notApplicableCell("Theo hướng dẫn riêng")).toEqual({ allowed: true, understood: false });
  });

  it("derives permission and policy per item, from the column or the rule lines, and names the cell it cannot read", () => {
    const grid = annex(
      ["STT", "Tiêu chí", "Điểm tối đa", "Cách tính điểm", "Trường hợp không áp dụng", "Cơ quan thẩm định"],
      [
        ["I", "Cải cách thủ tục hành chính", 6, null, null, "Sở Tư pháp"],
        ["1", "Công bố TTHC", 2, "Đúng hạn: 2 điểm; Chậm: 1 điểm", "Được điểm tối đa", null],
        ["2", "Giải quyết hồ sơ đúng hạn", 2, "Có: 2 điểm; Không: 0 điểm", "Quy đổi theo tỷ lệ", null],
        ["3", "Xin lỗi khi quá hạn", 1, "Có: 1 điểm; Không: 0 điểm", "Theo hướng dẫn riêng", null],
        ["4", "Niêm yết", 1, "Có: 1 điểm; Không: 0 điểm", "Không", null],
        ["II", "Hiện đại hóa", 2, null, null, "Sở Khoa học và Công nghệ"],
        [
          "1",
          "Gửi nhận văn bản điện tử",
          2,
          "Có: 2 điểm; Không: 0 điểm\nTrường hợp không phát sinh thì chia đều điểm cho các tiêu chí còn lại",
          null,
          null,
        ],
        [null, "Tổng cộng", 8, null, null, null],
      ],
    );
    const { set, issues, idx } = derive(grid);
    expect(idx.get("1.1")).toMatchObject({ mayBeNotApplicable: true, notApplicablePolicy: "full-marks" });
    expect(idx.get("1.1")!.rule).toEqual(parseRuleText("Đúng hạn: 2 điểm; Chậm: 1 điểm", 2));
    expect(idx.get("1.2")).toMatchObject({ mayBeNotApplicable: true, notApplicablePolicy: "rescale" });
    expect(idx.get("1.3")!.mayBeNotApplicable).toBe(true);
    expect(idx.get("1.3")!.notApplicablePolicy).toBeUndefined();
    expect(idx.get("1.4")!.mayBeNotApplicable).toBeUndefined();
    expect(idx.get("2.1")).toMatchObject({ mayBeNotApplicable: true, notApplicablePolicy: "share" });
    // The rule text keeps the decision's words; the rule is parsed without the N/A clause.
    expect(idx.get("2.1")!.ruleText).toContain("chia đều");
    expect(idx.get("2.1")!.rule).toEqual({ kind: "yes-no" });
    expect(appraiserAt(set.fields, "2.1")).toBe("Sở Khoa học và Công nghệ");
    const unclear = issues.filter((i) => i.code === "set-not-applicable-unclear");
    expect(unclear).toEqual([
      expect.objectContaining({
        cell: "E8",
        criterion: "1.3",
        value: "Theo hướng dẫn riêng",
        severity: "warning",
      }),
    ]);
    expect(issues.filter((i) => i.code === "rule-not-parsed")).toEqual([]);
  });
});
