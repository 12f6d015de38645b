/**
 * The units' edition: a table made from the sample set carries the round columns and the flag
 * drop-down; after round 1 the sidebar's "Mục cần giải trình" lists the flagged item with the
 * appraiser's note, and the one-click check turns from "open" to "answered" once the unit answers.
 */
import { DEFAULT_SETTINGS } from "@cchc/scoring-core";
import * as main from "../../src/server/main";
import { installGlobals, removeGlobals } from "../fixtures/globals";

afterEach(() => removeGlobals());

// F self, G evidence, H explanation, I round 1, J round 2, K appraiser's note, L flag.
const C = { self: 6, evidence: 7, answer: 8, round1: 9, round2: 10, note: 11, flag: 12 } as const;

describe("Mục cần giải trình in the units' edition", () => {
  it("lists the flagged item, checks the answer, and reads the sheet in one batch", () => {
    const env = installGlobals();
    env.book._addSheet("Trang tính1");
    const settings = { ...DEFAULT_SETTINGS, criteriaSetId: "sample-department-2025" };
    const { sheet } = main.createTemplate({
      criteriaSetId: "sample-department-2025",
      unit: "Sở Tư pháp",
      year: 2025,
    });
    const book = env.services.SpreadsheetApp.getActiveSpreadsheet();
    const s = book.getSheetByName(sheet)!;
    const header = s.getRange(7, 1, 1, 12).getValues()[0]!;
    expect(header.slice(8)).toEqual([
      "Điểm thẩm định lần 1",
      "Điểm thẩm định lần 2",
      "Ghi chú của thẩm định",
      "Cần giải trình / bổ sung tài liệu",
    ]);
    // The first scored row: the flag cell offers the list, the self cell its points.
    const codes = s
      .getRange(1, 1, 60, 1)
      .getValues()
      .map((r) => String(r[0]));
    const row = codes.findIndex((c) => c === "1.1.1") + 1;
    expect(row).toBeGreaterThan(7);
    const flagRule = s.getRange(row, C.flag).getDataValidations()[0]![0]!;
    expect(flagRule.getCriteriaValues()[0]).toEqual(["Cần giải trình", "Cần bổ sung tài liệu"]);

    // Round 1: the unit's self-assessment, then the appraiser's score, note and flag.
    s.getRange(row, C.self, 1, 2).setValues([[1, "Kế hoạch 12/KH"]]);
    s.getRange(row, C.round1).setValues([[0]]);
    s.getRange(row, C.note, 1, 2).setValues([["Chưa có quyết định ban hành", "Cần giải trình"]]);
    env.log.reset();
    let view = main.appraisalItems(settings)!;
    expect(env.log.count(/^Range\.getValues$/)).toBe(1);
    expect(view.items.map((i) => [i.code, i.state, i.note, i.answerCell])).toEqual([
      ["1.1.1", "open", "Chưa có quyết định ban hành", `H${row}`],
    ]);
    expect(view.answered).toBe(false);
    expect(view.state.status).toBe("round1");

    s.getRange(row, C.answer).setValues([["Bổ sung QĐ 45/QĐ-STP"]]);
    view = main.appraisalItems(settings)!;
    expect(view.items.map((i) => i.state)).toEqual(["answered"]);
    expect(view.answered).toBe(true);

    // Round 2 settles it.
    s.getRange(row, C.round2).setValues([[1]]);
    expect(main.appraisalItems(settings)!.items.map((i) => i.state)).toEqual(["settled"]);
  });

  it("settings that are not settings are refused, coded for the sidebar", () => {
    installGlobals();
    expect(() => main.appraisalItems({ lang: 7 })).toThrow(/^\[cchc:server-error\]/);
  });
});
