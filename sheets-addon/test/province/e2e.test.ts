/**
 * End to end in the fake: hand out tables to 20 units → units fill them (random valid scores,
 * some evidence missing) → lock → a unit cannot edit after the deadline → appraisers fill their
 * fields → consolidate → the ranking equals the core's ranking computed directly.
 */
import {
  fillTemplate,
  getSampleSet,
  rankUnits,
  scoreWorkbook,
  type TemplateAnswers,
  type UnitResult,
} from "@cchc/scoring-core";
import { classificationFor, criteriaSetForUnit } from "@cchc/scoring-core/province";
import {
  beginConsolidation,
  consolidateUnit,
  finishConsolidation,
} from "../../src/server/province/consolidate";
import { lockSelfAssessment, unlockUnit } from "../../src/server/province/deadline";
import { handOutTables } from "../../src/server/province/hand-out";
import type { FakeProvince } from "../fakes/drive";
import {
  COL,
  appraiserOf,
  leafRows,
  provinceWith,
  randomAnswers,
  rng,
  specFor,
  unitRows,
  type UnitRow,
} from "./province-fixture";

const PROTECTED = /protected cell/;
const units = unitRows(20);

function idOf(env: FakeProvince, row: number): string {
  const url = env.control._sheet("Đơn vị")._text(`E${row}`);
  const m = /\/d\/([^/]+)/.exec(url);
  if (!m) throw new Error(`row ${row} has no link: ${url}`);
  return m[1]!;
}

function scoringSheet(env: FakeProvince, id: string) {
  return env.app.proxy.openById(id).getSheetByName("Tự đánh giá 2025")!;
}

/** The unit's editor types self-assessment and evidence, row by row, through the API. */
function unitTypes(env: FakeProvince, u: UnitRow, id: string, answers: TemplateAnswers, editor: string) {
  env.world.as(editor, () => {
    const sheet = scoringSheet(env, id);
    for (const leaf of leafRows(specFor(u))) {
      const a = answers[leaf.code]!;
      sheet.getRange(leaf.row, COL.self, 1, 2).setValues([[a.self as number, a.evidence ?? ""]]);
    }
  });
  env.world.book(id)._recalculate("Tự đánh giá 2025");
}

function appraisersType(env: FakeProvince, u: UnitRow, id: string, answers: TemplateAnswers) {
  for (const leaf of leafRows(specFor(u))) {
    env.world.as(appraiserOf(leaf.field), () => {
      scoringSheet(env, id)
        .getRange(leaf.row, COL.appraisal1)
        .setValues([[answers[leaf.code]!.appraisal1 as number]]);
    });
  }
  env.world.book(id)._recalculate("Tự đánh giá 2025");
}

describe("the Sở's yearly cycle in the fake", () => {
  const env = provinceWith(units);
  const next = rng(2025);
  const answers = units.map((u) => randomAnswers(specFor(u), next));
  const editorOf = (i: number) => `canbo${i + 1}@donvi${i + 1}.sonla.gov.vn`;

  it("hands out one table per unit, writes links back, and creates nothing twice", () => {
    const first = handOutTables(env.services, "vi", 50);
    expect(first.created).toHaveLength(20);
    expect(first.failed).toEqual([]);
    const files = env.world.files.size;
    const again = handOutTables(env.services, "vi", 50);
    expect(again.created).toHaveLength(0);
    expect(again.skipped).toBe(20);
    expect(env.world.files.size).toBe(files);
    const sheet = env.control._sheet("Đơn vị");
    for (let r = 2; r <= 21; r++) expect(sheet._text(`G${r}`)).toBe("Đã phát bảng");
    // Shared with the unit's editors and every appraiser; the Sở owns it.
    const f = env.world.file(idOf(env, 2));
    expect(f.owner).toBe(env.owner);
    expect([...f.editors]).toEqual(expect.arrayContaining([editorOf(0), appraiserOf("1"), appraiserOf("8")]));
  });

  it("hands out in chunks when there are more units than one run makes", () => {
    const small = provinceWith(unitRows(5));
    const a = handOutTables(small.services, "vi", 3);
    expect(a.created).toHaveLength(3);
    expect(a.remaining).toBe(2);
    const b = handOutTables(small.services, "vi", 3);
    expect(b.created).toHaveLength(2);
    expect(b.skipped).toBe(3);
    expect(b.remaining).toBe(0);
  });

  it("units fill their self-assessment and cannot touch structure or appraisal", () => {
    units.forEach((u, i) => unitTypes(env, u, idOf(env, i + 2), answers[i]!, editorOf(i)));
    const id = idOf(env, 2);
    env.world.as(editorOf(0), () => {
      const sheet = scoringSheet(env, id);
      const leaf = leafRows(specFor(units[0]!))[0]!;
      expect(() => sheet.getRange(leaf.row, 4).setValues([[99]])).toThrow(PROTECTED); // max column
      expect(() => sheet.getRange(leaf.row, COL.appraisal1).setValues([[1]])).toThrow(PROTECTED);
      // A criterion's sum row lies inside the self-assessment protection's box but stays structure.
      const spec = specFor(units[0]!);
      const sumRow = spec.rows.findIndex((r, i) => i > leaf.row && r.kind === "criterion") + 1;
      expect(sumRow).toBeGreaterThan(leaf.row);
      expect(() => sheet.getRange(sumRow, COL.self).setValues([[5]])).toThrow(PROTECTED);
    });
    // Someone the file is not shared with cannot even open it.
    env.world.as("nguoingoai@gmail.com", () => {
      expect(() => env.app.proxy.openById(id)).toThrow(/permission/);
    });
  });

  it("locks self-assessment at the deadline: units lose their cells, the Sở notes who and when", () => {
    const r = lockSelfAssessment(env.services, "vi");
    expect(r.locked).toHaveLength(20);
    expect(r.failed).toEqual([]);
    const sheet = env.control._sheet("Đơn vị");
    expect(sheet._text("G2")).toBe("Đã khóa tự chấm");
    expect(sheet._text("H2")).toMatch(/^Khóa lúc \d\d\/\d\d\/\d{4} \d\d:\d\d bởi sonoivu@sonla\.gov\.vn$/);
    const leaf = leafRows(specFor(units[0]!))[0]!;
    env.world.as(editorOf(0), () => {
      expect(() =>
        scoringSheet(env, idOf(env, 2))
          .getRange(leaf.row, COL.self)
          .setValues([[0]]),
      ).toThrow(PROTECTED);
    });
  });

  it("unlocks one unit on request and records it; locking again takes the rights back", () => {
    const leaf = leafRows(specFor(units[1]!))[0]!;
    const before = answers[1]![leaf.code]!.self as number;
    const r = unlockUnit(env.services, "vi", "sở số 2");
    expect(r.row).toBe(3);
    expect(env.control._sheet("Đơn vị")._text("G3")).toBe("Mở lại để sửa");
    expect(env.control._sheet("Đơn vị")._text("H3")).toMatch(
      /^Mở lại để sửa lúc .* bởi sonoivu@sonla\.gov\.vn$/,
    );
    env.world.as(editorOf(1), () => {
      scoringSheet(env, idOf(env, 3))
        .getRange(leaf.row, COL.self)
        .setValues([[before]]);
    });
    // Unit 1 stays locked.
    env.world.as(editorOf(0), () => {
      expect(() =>
        scoringSheet(env, idOf(env, 2))
          .getRange(leaf.row, COL.self)
          .setValues([[0]]),
      ).toThrow(PROTECTED);
    });
    lockSelfAssessment(env.services, "vi");
    env.world.as(editorOf(1), () => {
      expect(() =>
        scoringSheet(env, idOf(env, 3))
          .getRange(leaf.row, COL.self)
          .setValues([[0]]),
      ).toThrow(PROTECTED);
    });
  });

  it("appraisers enter scores only in the fields they own", () => {
    units.forEach((u, i) => appraisersType(env, u, idOf(env, i + 2), answers[i]!));
    const leaves = leafRows(specFor(units[0]!));
    const f1 = leaves.find((l) => l.field === "1")!;
    env.world.as(appraiserOf("2"), () => {
      expect(() =>
        scoringSheet(env, idOf(env, 2))
          .getRange(f1.row, COL.appraisal1)
          .setValues([[0]]),
      ).toThrow(PROTECTED);
    });
  });

  it("consolidates: the ranking equals the core's ranking computed directly", () => {
    const begin = beginConsolidation(env.services, "vi", "client-1", 1_000);
    expect(begin.units).toHaveLength(20);
    expect(begin.failed).toEqual([]);
    env.log.reset();
    const results: UnitResult[] = [];
    for (const u of begin.units) {
      const reply = consolidateUnit(env.services, "vi", begin.jobId, u, begin.criteriaSetId);
      if (!reply.ok) throw new Error(reply.error);
      results.push(reply.result);
    }
    // Calls per unit: one open, at most three reads.
    expect(env.log.count(/^SpreadsheetApp\.openById$/)).toBe(20);
    expect(env.log.count(/^Range\.(getValues|getFormulas|getMergedRanges)$/)).toBe(60);
    const done = finishConsolidation(env.services, "vi", begin.jobId, { results, failed: begin.failed });

    // Directly: the same answers through the core, no spreadsheet in between.
    const direct = units.map((u, i) => {
      const spec = specFor(u);
      const grid = fillTemplate(spec, answers[i]!);
      const type = u.unitType === "Sở" ? "department" : "commune";
      const scored = scoreWorkbook(
        [grid],
        { unit: u.unit, group: u.group, unitType: type },
        {
          lang: "vi",
          set: criteriaSetForUnit(getSampleSet("sample-department-2025")!, type),
          unitType: type,
          survey: { total: u.survey as number },
        },
      );
      if (!scored.ok) throw new Error(scored.error);
      return scored.result;
    });
    const settings = {
      year: 2025,
      criteriaSetId: "sample-department-2025",
      selfAssessmentDeadline: null,
      classification: "five-level",
      tieRule: { mode: "dense" as const, decimals: 2 },
    };
    const expected = rankUnits(direct, {
      classification: classificationFor(settings),
      tieRule: settings.tieRule,
      lang: "vi",
    });
    const shape = (r: typeof expected) =>
      r.groups.map((g) => ({
        group: g.group,
        rows: g.rows.map((x) => [x.rank, x.unit, x.index, x.classification]),
      }));
    expect(shape(done.ranking)).toEqual(shape(expected));
    expect(done.ranking.failed).toEqual([]);
    // Tool-owned sheets: a ranking per group (with its chart); per group fields, criteria, lost
    // points and a chart sheet; the checking sheet and failed units.
    expect(done.sheets).toHaveLength(12);
    const ranking = env.control._sheet(done.sheets[0]!);
    expect(ranking._charts).toHaveLength(1);
    // Heading block (2 lines, blank, title, blank), the header, then the first unit.
    expect(ranking._text("A4")).toMatch(/^KẾT QUẢ XẾP HẠNG CHỈ SỐ CCHC/);
    expect(ranking._text("B7")).toBe(done.ranking.groups[0]!.rows[0]!.unit);
  });
});
