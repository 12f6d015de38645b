/**
 * Drop-down lists that work with Vietnamese regional settings. Office.js reads a typed list
 * source ("1,0.5,0") in the invariant locale; with a decimal comma, picking "0.5" enters text.
 * Templates take their items from numeric cells on a very hidden sheet instead: every pick is a
 * number. The fake plays the pick as Excel does (CellValue of the source cell, or the item's
 * text parsed with the regional decimal separator).
 */
import { NOT_APPLICABLE_TEXT } from "@cchc/scoring-core";
import { setup } from "../helpers/service";
import { sampleSet } from "../helpers/workbooks";

describe("template drop-downs under vi-VN regional settings", () => {
  it("the fake shows the failure: a typed list source gives text for 0.5", () => {
    const { host } = setup({ decimalSeparator: "," });
    const sheet = host.model.addSheet("S");
    sheet.validations.push({
      rect: { top: 0, left: 0, bottom: 0, right: 0 },
      rule: { list: { inCellDropDown: true, source: "1,0.5,0" } },
    });
    expect(host.model.pickFromDropDown("S", "A1", 1)).toBe("0.5");
    expect(host.model.pickFromDropDown("S", "A1", 0)).toBe(1);
  });

  it("every item of every list picks as a number, and the list sheet is very hidden and reused", async () => {
    const { host, service } = setup({ decimalSeparator: "," });
    host.model.addSheet("Trang 1");
    const { sheet } = await service.createTemplate({
      criteriaSetId: sampleSet().id,
      unit: "Sở Tư pháp",
      year: 2025,
    });
    const model = host.model.sheet(sheet);
    // Column L is the appraisal flag: a list of texts, picked as the text itself.
    const FLAG = 11;
    const flags = model.validations.filter((v) => "list" in v.rule && v.rect.left === FLAG);
    expect(flags.length).toBeGreaterThan(0);
    const flagCell = `L${flags[0]!.rect.top + 1}`;
    expect(host.model.pickFromDropDown(sheet, flagCell, 0)).toBe("Cần giải trình");
    expect(host.model.pickFromDropDown(sheet, flagCell, 1)).toBe("Cần bổ sung tài liệu");
    const lists = model.validations.filter((v) => "list" in v.rule && v.rect.left !== FLAG);
    expect(lists.length).toBeGreaterThan(0);
    const hidden = host.model.sheets.filter((s) => s.name.startsWith("CCHC_DS_"));
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.visibility).toBe("VeryHidden");
    let fractional = 0;
    for (const v of lists) {
      const src = (v.rule as { list: { source: string } }).list.source;
      const n = Number(/\$(\d+)$/.exec(src)![1]);
      const cell = `${String.fromCharCode(65 + v.rect.left)}${v.rect.top + 1}`;
      for (let i = 0; i < n; i++) {
        const picked = host.model.pickFromDropDown(sheet, cell, i);
        // The levels are numbers; an item that may not apply also lists "Không áp dụng".
        if (typeof picked === "string") expect(picked).toBe(NOT_APPLICABLE_TEXT);
        else expect(typeof picked).toBe("number");
        if (typeof picked === "number" && !Number.isInteger(picked)) fractional++;
      }
    }
    expect(fractional).toBeGreaterThan(0);
    await service.createTemplate({ criteriaSetId: sampleSet().id, unit: "Sở Nội vụ", year: 2025 });
    expect(host.model.sheets.filter((s) => s.name.startsWith("CCHC_DS_"))).toHaveLength(1);
  });
});
