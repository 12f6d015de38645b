/**
 * The year record `cchc rank` writes for the golden province is the one committed in
 * test-kit/src/golden/record.ts, which the Excel pane's and the Sheets province's tests compare
 * their own records with: the same figures from every host for the same units.
 */
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isYearRecordGrid, readYearRecord } from "@cchc/scoring-core";
import { GOLDEN_NO_SET, GOLDEN_RECORD, recordFigures } from "@cchc/test-kit/golden";
import { readWorkbookGrids } from "@cchc/xlsx-grid";
import * as XLSX from "@e965/xlsx";
import { setGoldenTimes } from "../../scripts/golden/generate";
import { cchc } from "../support/bundle";
import { tempDir } from "../support/files";

it("cchc rank writes the golden record every host writes", () => {
  const dir = tempDir("cchc-golden-record-");
  cpSync(join(__dirname, "..", "..", "samples", "golden"), dir, { recursive: true });
  setGoldenTimes(dir);
  const out = join(dir, "xep-hang.xlsx");
  const r = cchc([
    "rank",
    join(dir, "don-vi"),
    "--survey",
    join(dir, "dieu-tra-xa-hoi-hoc.xlsx"),
    "--out",
    out,
    "--quiet",
  ]);
  expect(r.status).toBe(0);
  const read = readWorkbookGrids(new Uint8Array(readFileSync(out)), XLSX);
  if (!read.ok) throw new Error(read.message.en);
  const record = readYearRecord(read.grids.find(isYearRecordGrid)!);
  if (!record.ok) throw new Error(record.detail);
  expect(record.record).toEqual(GOLDEN_RECORD);
  expect(recordFigures(record.record)).toEqual(recordFigures(GOLDEN_RECORD));
  // The committed record's indexes and ranks are the hand-worked table's.
  const r2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
  expect(
    GOLDEN_RECORD.units
      .map((u) => [u.unit, u.rank, r2(u.index)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  ).toEqual(
    GOLDEN_NO_SET.map((u) => [u.unit, u.rank, u.index]).sort((a, b) =>
      String(a[0]).localeCompare(String(b[0])),
    ),
  );
});
