/**
 * Hands out tables: for each unit row without a spreadsheet, create one from the criteria set
 * (the units' template), protect it by the core's plan, share it with the unit's editors and
 * the appraisers, and write the link and status back at once — a run that stops halfway loses
 * nothing and a re-run creates nothing twice (rows with a link are skipped). A run handles at
 * most `limit` new tables so one execution stays far below Apps Script's 6 minutes; the caller
 * repeats while `remaining` > 0.
 */
import { buildTemplate, setsSheetRows, type Lang } from "@cchc/scoring-core";
import {
  UNIT_STATUSES,
  handOutDecisions,
  mergePlan,
  planProtections,
  provinceSetForUnit,
  unitFailure,
  unitTypeOf,
} from "@cchc/scoring-core/province";
import { withDocumentLock } from "../lock";
import { writeSetRows } from "../stored-sets";
import { renderTemplateSheet } from "../template";
import { readControl, writeUnitCells } from "./control";
import { applyPlan } from "./protections";
import { actingUser, type ProvinceServices } from "./services";

export interface HandOutReply {
  created: { unit: string; row: number; url: string }[];
  skipped: number;
  failed: { unit: string; row: number; reason: string }[];
  /** Units still to create (call again). */
  remaining: number;
}

export const HAND_OUT_LIMIT = 8;

/**
 * Bins a file this run created, through the advanced Drive service: with the drive.file scope
 * it may update the files the add-on created (DriveApp would need the full Drive scope).
 * Returns null when binned, else a sentence for the row's note naming the file left over.
 */
export function trashHalfBuilt(svc: ProvinceServices, fileId: string, lang: Lang): string | null {
  try {
    if (!svc.Drive) throw new Error("advanced Drive service not enabled (appsscript.json)");
    svc.Drive.Files.update({ trashed: true }, fileId);
    return null;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const url = `https://docs.google.com/spreadsheets/d/${fileId}/edit`;
    return lang === "vi"
      ? `Tệp dở dang chưa xoá được (${why}); hãy xoá tay: ${url}`
      : `The half-built file could not be binned (${why}); delete it by hand: ${url}`;
  }
}

export function handOutTables(svc: ProvinceServices, lang: Lang, limit = HAND_OUT_LIMIT): HandOutReply {
  return withDocumentLock(svc, () => {
    const data = readControl(svc, lang);
    const owner = actingUser(svc);
    const reply: HandOutReply = { created: [], skipped: 0, failed: [], remaining: 0 };
    for (const d of handOutDecisions(data.control, lang)) {
      if (d.action === "skip") {
        reply.skipped++;
        continue;
      }
      const u = d.unit;
      if (d.action === "fail") {
        // The row's own cells stay as typed: only the tool's status and note change.
        writeUnitCells(data, u.row, { status: UNIT_STATUSES.failed[lang], statusNote: d.reason });
        reply.failed.push({ unit: u.unit, row: u.row, reason: d.reason });
        continue;
      }
      if (reply.created.length >= limit) {
        reply.remaining++;
        continue;
      }
      const unitType = unitTypeOf(u.unitType);
      const set = provinceSetForUnit(data.set, unitType, data.sets, data.settings.criteriaSetIds);
      const spec = buildTemplate(set, {
        unit: u.unit,
        unitType: unitType ?? set.unitTypes[0] ?? null,
        year: data.settings.year,
        lang: "vi",
      });
      let fileId: string | null = null;
      try {
        const book = svc.SpreadsheetApp.create(`Chỉ số CCHC ${data.settings.year} — ${u.unit}`);
        fileId = book.getId();
        const blank = book.getSheets()[0] ?? null;
        const { sheet } = renderTemplateSheet(svc, book, spec, set.id, { protect: false });
        // The unit's copy carries the province's set, hidden in the new file's first (empty)
        // sheet, so the unit's one-click check uses it rather than a sample. Not protected:
        // consolidation scores with the control spreadsheet's own copy, whatever a unit does.
        writeSetRows(book, setsSheetRows([set]), blank ? { into: blank } : { fresh: true });
        const plan = planProtections({
          spec,
          owners: owner ? [owner] : [],
          unitEditors: u.editors,
          assignments: data.assignments,
          selfLocked: false,
          unit: u.unit,
        });
        applyPlan(svc, sheet, mergePlan(plan), { fresh: true });
        // Spreadsheet.addEditors (scope `spreadsheets`); Drive would send the same invitation.
        if (plan.shareWith.length > 0) book.addEditors(plan.shareWith);
        writeUnitCells(data, u.row, {
          spreadsheet: book.getUrl(),
          status: UNIT_STATUSES.handedOut[lang],
          statusNote: "",
        });
        reply.created.push({ unit: u.unit, row: u.row, url: book.getUrl() });
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        // A deployment without the province's scopes: no row is at fault, say so once.
        if (/permission to call/i.test(why)) throw e;
        // A half-built file goes to the bin so the re-run makes a whole one; if even that
        // fails, the note says which file is left over and why.
        const leftOver = fileId ? trashHalfBuilt(svc, fileId, lang) : null;
        const reason = unitFailure("error", lang, { detail: leftOver ? `${why} ${leftOver}` : why });
        writeUnitCells(data, u.row, { status: UNIT_STATUSES.failed[lang], statusNote: reason });
        reply.failed.push({ unit: u.unit, row: u.row, reason });
        if (/too many times|quota|rate limit/i.test(why)) {
          // Quota: stop here; the rest waits for the next run.
          reply.remaining = -1;
          break;
        }
      }
    }
    if (reply.remaining < 0) reply.remaining = 1;
    return reply;
  });
}
