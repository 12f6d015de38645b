/**
 * The appraisal round trip in the province fake, each step typed as its own user so the
 * protections apply: round 1 by each field's appraiser (score, note, flag) → the unit answers →
 * "Mở vòng 2" → round 2 → "Kết thúc thẩm định". The log sheet shows each change with who ran
 * the action; the ranking's totals stand on round 2 where it exists.
 */
import { checkSheet, readAppraisalLog } from "@cchc/scoring-core";
import { consolidateUnit, beginConsolidation } from "../../src/server/province/consolidate";
import { appraisalAction } from "../../src/server/province/appraisal";
import { handOutTables } from "../../src/server/province/hand-out";
import { readGrid } from "../../src/server/read-grid";
import * as main from "../../src/server/main";
import type { FakeProvince } from "../fakes/drive";
import { removeGlobals } from "../fixtures/globals";
import { appraiserOf, idOnRow, leafRows, provinceWith, specFor, unitRows } from "./province-fixture";

const PROTECTED = /protected cell/;
// F self, G evidence, H explanation, I round 1, J round 2, K appraiser's note, L flag.
const C = { self: 6, evidence: 7, answer: 8, round1: 9, round2: 10, note: 11, flag: 12 } as const;
const units = unitRows(2);
const editorOf = (i: number) => `canbo${i + 1}@donvi${i + 1}.sonla.gov.vn`;

function scoringSheet(env: FakeProvince, id: string) {
  return env.app.proxy.openById(id).getSheetByName("Tự đánh giá 2025")!;
}

function gridOf(env: FakeProvince, id: string) {
  env.world.book(id)._recalculate("Tự đánh giá 2025");
  return readGrid(scoringSheet(env, id), "Tự đánh giá 2025", { formatDate: () => "" });
}

describe("the appraisal round trip in the Sở's fake", () => {
  const env = provinceWith(units);
  handOutTables(env.services, "vi", 10);
  const id = idOnRow(env, 2);
  const leaves = leafRows(specFor(units[0]!));
  const f1 = leaves.filter((l) => l.field === "1");
  const flagged = f1[0]!;
  const max = (l: (typeof leaves)[number]) => Math.max(...l.values);

  it("units fill self-assessment; they cannot write any appraisal cell", () => {
    env.world.as(editorOf(0), () => {
      const sheet = scoringSheet(env, id);
      for (const l of leaves) sheet.getRange(l.row, C.self, 1, 2).setValues([[max(l), "Kế hoạch 1/KH"]]);
      for (const col of [C.round1, C.round2, C.note, C.flag])
        expect(() => sheet.getRange(flagged.row, col).setValues([["x"]])).toThrow(PROTECTED);
    });
  });

  it("round 1: each field's appraiser scores, notes and flags only that field", () => {
    for (const l of leaves)
      env.world.as(appraiserOf(l.field), () => {
        scoringSheet(env, id)
          .getRange(l.row, C.round1)
          .setValues([[max(l)]]);
      });
    env.world.as(appraiserOf("1"), () => {
      scoringSheet(env, id)
        .getRange(flagged.row, C.round1, 1, 1)
        .setValues([[Math.min(...flagged.values)]]);
      scoringSheet(env, id)
        .getRange(flagged.row, C.note, 1, 2)
        .setValues([["Thiếu kế hoạch đã ban hành", "Cần giải trình"]]);
    });
    env.world.as(appraiserOf("2"), () => {
      expect(() =>
        scoringSheet(env, id)
          .getRange(flagged.row, C.flag)
          .setValues([["Cần giải trình"]]),
      ).toThrow(PROTECTED);
    });
  });

  it("the unit answers the flagged item; “Mở vòng 2” logs round 1 and closes the unit's cells", () => {
    env.world.as(editorOf(0), () => {
      scoringSheet(env, id)
        .getRange(flagged.row, C.answer)
        .setValues([["Đã ban hành KH số 5/KH-UBND"]]);
    });
    const r = appraisalAction(env.services, "vi", "open-round-2", "Sở Số 1");
    expect(r.failed).toEqual([]);
    expect(r.done).toEqual([{ unit: "Sở Số 1", row: 2, logged: leaves.length, unanswered: 0, open: 1 }]);
    expect(r.log).toBe("Nhật ký thẩm định");
    const units_ = env.control._sheet("Đơn vị");
    expect(units_._text("G2")).toBe("Thẩm định vòng 2");
    expect(units_._text("H2")).toMatch(/^Thẩm định vòng 2 lúc .* bởi sonoivu@sonla\.gov\.vn$/);
    // Sở Số 2 is untouched.
    expect(units_._text("G3")).toBe("Đã phát bảng");
    env.world.as(editorOf(0), () => {
      expect(() =>
        scoringSheet(env, id)
          .getRange(flagged.row, C.answer)
          .setValues([["sửa"]]),
      ).toThrow(PROTECTED);
    });
  });

  it("round 2 by the field's appraiser; “Kết thúc thẩm định” logs it and closes the appraisers' cells", () => {
    env.world.as(appraiserOf("1"), () => {
      scoringSheet(env, id)
        .getRange(flagged.row, C.round2)
        .setValues([[max(flagged)]]);
    });
    const r = appraisalAction(env.services, "vi", "close", "Sở Số 1");
    expect(r.done).toEqual([{ unit: "Sở Số 1", row: 2, logged: 1, unanswered: 0, open: 0 }]);
    expect(env.control._sheet("Đơn vị")._text("G2")).toBe("Đã kết thúc thẩm định");
    env.world.as(appraiserOf("1"), () => {
      expect(() =>
        scoringSheet(env, id)
          .getRange(flagged.row, C.round2)
          .setValues([[0]]),
      ).toThrow(PROTECTED);
    });
  });

  it("the log shows each change with its author and round, and nobody but the Sở edits it", () => {
    const log = env.control._sheet("Nhật ký thẩm định");
    const rows = readAppraisalLog(readGrid(log.proxy, log.proxy.getName(), { formatDate: () => "" }));
    expect(rows).toHaveLength(leaves.length + 1 + 1 + 1);
    expect(new Set(rows.map((x) => x.by))).toEqual(new Set([env.owner]));
    const first = rows.find((x) => x.code === flagged.code && x.round === 1)!;
    expect([first.old, first.new]).toEqual([null, Math.min(...flagged.values)]);
    const second = rows.find((x) => x.code === flagged.code && x.round === 2)!;
    expect([second.old, second.new, second.unit]).toEqual([null, max(flagged), "Sở Số 1"]);
    expect(rows.map((x) => x.action).filter((a) => a !== "score")).toEqual(["open-round-2", "close"]);
    // The control spreadsheet is the Sở's: even someone it is shared with cannot edit the log.
    env.world.file(env.control._fileId).editors.add(appraiserOf("1"));
    env.world.as(appraiserOf("1"), () => {
      const sheet = env.app.proxy.openById(env.control._fileId).getSheetByName("Nhật ký thẩm định")!;
      expect(() => sheet.getRange(2, 8).setValues([[0]])).toThrow(PROTECTED);
    });
  });

  it("the ranking stands on round 2 for the settled item and round 1 elsewhere", () => {
    const totals = checkSheet(gridOf(env, id)).totals!;
    expect(totals.appraisalRound).toBe(2);
    // Every item at its maximum again after round 2: appraised equals self.
    expect(totals.appraised).toBe(totals.self);
    const begin = beginConsolidation(env.services, "vi", "client-1", 1_000);
    const u = begin.units.find((x) => x.unit === "Sở Số 1")!;
    const reply = consolidateUnit(env.services, "vi", begin.jobId, u, begin.criteriaSetId);
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.result.totals.appraised).toBe(totals.appraised);
    expect(reply.result.totals.appraisalRound).toBe(2);
  });
});

describe("the council's menu items", () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    removeGlobals();
    delete g["DriveApp"];
  });

  it("“Mở vòng 2” for all units, and “Kết thúc thẩm định” for the selected row, answer with a toast", () => {
    const env = provinceWith(unitRows(3));
    for (const [k, v] of Object.entries(env.globals)) g[k] = v;
    main.provinceHandOutMenu();
    main.provinceRound2AllMenu();
    expect(env.control._toasts.at(-1)).toBe(
      "Đã mở vòng 2 cho 3 đơn vị; ghi 0 thay đổi điểm thẩm định vào “Nhật ký thẩm định”.",
    );
    main.provinceCloseAppraisalMenu();
    expect(env.control._toasts.at(-1)).toMatch(/^Chọn một ô trên dòng của đơn vị/);
    env.control._sheet("Đơn vị").getRange("B3").activate();
    main.provinceCloseAppraisalMenu();
    expect(env.control._toasts.at(-1)).toMatch(/^Đã kết thúc thẩm định 1 đơn vị/);
    const status = env.control._sheet("Đơn vị");
    expect([status._text("G2"), status._text("G3"), status._text("G4")]).toEqual([
      "Thẩm định vòng 2",
      "Đã kết thúc thẩm định",
      "Thẩm định vòng 2",
    ]);
  });
});
