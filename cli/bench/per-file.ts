/**
 * Per-file CPU, in one process, warm: the floor (SheetJS's own `XLSX.read` with xlsx-grid's
 * options), our open (guard + zlib + SheetJS + grids, `openWorkbook`) and the worker's whole step
 * (`scoreFile`: open + the core's scoring). The three run in turn, round after round, so a noisy
 * machine slows them alike; the median of the rounds is printed. Quicker and steadier than the
 * whole-process bench for A/B work on the reader or the per-file step.
 *
 *   npm run bench -w @cchc/cli -- 300 --no-doc --keep     # makes a folder of unit workbooks
 *   npx tsx cli/bench/per-file.ts <that folder>/don-vi [files=12] [reps=20]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { openWorkbook } from "../src/io/read-workbook";
import { scoreFile, type FileMeta } from "../src/pool/score-file";

const [dir, filesArg, repsArg] = process.argv.slice(2);
if (!dir) throw new Error("usage: per-file.ts <folder of .xlsx> [files] [reps]");
const paths = readdirSync(dir)
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .slice(0, Number(filesArg ?? 12))
  .map((f) => join(dir, f));
const reps = Number(repsArg ?? 20);
const metas: FileMeta[] = paths.map((file, i) => ({
  file,
  unit: `Đơn vị ${i + 1}`,
  group: null,
  unitType: null,
  listedSurvey: null,
}));
const ctx = { lang: "vi" as const, sets: [], survey: new Map() };

const steps: [string, (i: number) => unknown][] = [
  [
    "floor (XLSX.read)",
    (i) =>
      XLSX.read(readFileSync(paths[i]!), {
        type: "buffer",
        dense: true,
        cellFormula: true,
        cellStyles: false,
        cellHTML: false,
        cellNF: false,
        cellDates: false,
        sheetStubs: true,
        cellText: false,
        bookFiles: true,
      }),
  ],
  ["open (openWorkbook)", (i) => openWorkbook(paths[i]!, "vi")],
  ["open + score (scoreFile)", (i) => scoreFile(paths[i]!, metas[i]!, ctx)],
];

const perFile: number[][] = steps.map(() => []);
for (let round = 0; round < 8; round++) {
  // Alternate the order so neither end of a round is always the same step.
  const order = round % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
  for (const s of order) {
    const run = steps[s]![1];
    const t0 = process.cpuUsage();
    for (let r = 0; r < reps; r++) for (let i = 0; i < paths.length; i++) run(i);
    const used = process.cpuUsage(t0);
    // The first two rounds warm the JIT up.
    if (round >= 2) perFile[s]!.push((used.user + used.system) / 1000 / (reps * paths.length));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const floor = median(perFile[0]!);
steps.forEach(([name], s) => {
  const m = median(perFile[s]!);
  const spread = perFile[s]!.map((x) => x.toFixed(2)).join(" ");
  process.stdout.write(
    `${name.padEnd(26)} ${m.toFixed(3)} ms/file  ${(m / floor).toFixed(2)}× floor  (rounds: ${spread})\n`,
  );
});
