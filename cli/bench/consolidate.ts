/**
 * Benchmark: consolidating 1,000 and 4,556 unit workbooks (a whole country's year: ~34 provinces ×
 * ~130 units) with `cchc rank` against the floor (one thread only opening the same files with
 * SheetJS), in one run: wall time, CPU time (every thread), peak RSS and the ratios. Each
 * measurement runs in its own child process, so peak RSS is that run's alone. The files are
 * generated in a temporary folder and deleted. Writes docs/benchmarks/cli.md.
 *
 *   npm run bench -w @cchc/cli                       # 1,000 and 4,556
 *   npm run bench -w @cchc/cli -- --quick            # 100 and 1,000
 *   npm run bench -w @cchc/cli -- 300 1000           # any sizes
 *   npm run bench -w @cchc/cli -- 300 --no-doc       # iterate: leave docs/benchmarks/cli.md alone
 *   npm run bench -w @cchc/cli -- 300 --no-doc --keep   # …and keep the files (path printed) to profile
 *   npm run bench -w @cchc/cli -- 800 --no-doc --distinct   # every file its own workbook (see below)
 *   npm run bench -w @cchc/cli -- 1000 4556 --runs=3   # three rounds: is peak RSS flat? (see spread.ts)
 *   npm run bench -w @cchc/cli -- 1000 2500 5000 --runs=8 --floor-once --no-doc   # flat, with a 95 % interval
 *   npm run bench -w @cchc/cli -- 1000 --no-doc --bundle=/tmp/other/dist/cchc.mjs   # another build's rank
 *   npm run bench -w @cchc/cli -- 1000 2500 5000 --runs=6 --floor-once --no-doc --pool=/tmp/pool.json
 *     # …adds this run's rounds to the file's earlier rounds of the same build, and prints the growth
 *     # over all of them (pool.ts): run it again, later, to narrow the interval
 *
 * By default the files are 12 distinct workbooks under N names, which repeats every text: the
 * reader's memos never fill. `--distinct` makes each file its own workbook (its own seed and unit
 * name), as a real province's are; slower to generate.
 *
 * Per-file CPU in one warm process (floor vs our open vs open + score), steadier for A/B work:
 * `npx tsx cli/bench/per-file.ts <kept folder>/don-vi`.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { sampleUnitWorkbook, workbookBytes } from "../scripts/samples/unit-workbook";
import { COMMUNES, DEPARTMENTS } from "../scripts/samples/names";
import { addToPool, pooledPeaks, type PooledRound } from "./pool";
import { growth, growthLine, median, slope, slopeLine, spread } from "./spread";

const here = dirname(fileURLToPath(import.meta.url));
const cliDir = join(here, "..");
const repo = join(cliDir, "..");
const args = process.argv.slice(2);
/** `--bundle=<path>`: another build's cchc.mjs (its score-worker.mjs beside it), e.g. to measure a variant. */
const bundleArg = args.find((a) => a.startsWith("--bundle="));
const bundle = bundleArg ? bundleArg.slice("--bundle=".length) : join(cliDir, "dist", "cchc.mjs");
const quick = args.includes("--quick");
const noDoc = args.includes("--no-doc");
const keep = args.includes("--keep");
const distinct = args.includes("--distinct");
/** The floor in the first round only: later rounds run cchc rank alone (for peak RSS's growth, in less time). */
const floorOnce = args.includes("--floor-once");
const asked = args.filter((a) => /^\d+$/.test(a)).map(Number);
/** Rounds: each runs every size once (the floor, then cchc rank), in alternating order. */
const runsArg = args.find((a) => a.startsWith("--runs="));
const rounds = runsArg ? Math.max(1, Number(runsArg.slice("--runs=".length)) || 1) : 1;
const sizes = asked.length > 0 ? asked : quick ? [100, 1000] : [1000, 4556];
/** `--pool=<file>`: this run's rounds join the file's earlier rounds of the same build (pool.ts). */
const poolArg = args.find((a) => a.startsWith("--pool="));
const poolPath = poolArg ? poolArg.slice("--pool=".length) : null;
const command = `npm run bench -w @cchc/cli${args.length > 0 ? ` -- ${args.join(" ")}` : ""}`;

interface Measure {
  ms: number;
  cpuMs: number;
  rssMb: number;
  /**
   * cchc rank's peak RSS while its workers lived (scoring) and after (ranking, writing), MB;
   * null when no worker thread was seen to end (one core, or the floor).
   */
  scoringMb: number | null;
  writingMb: number | null;
}

/** Threads and peak RSS (kB) of a running process, from /proc (null once it is gone). */
function procStatus(pid: number): { threads: number; hwmKb: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? NaN);
    const st = { threads: field("Threads"), hwmKb: field("VmHWM") };
    // An exited child (a zombie) has no memory fields.
    return Number.isFinite(st.hwmKb) ? st : null;
  } catch {
    return null;
  }
}

/**
 * Runs a child to its end. Its /proc status is read every 5 ms from here (nothing added to the
 * child): when its thread count first falls (rank's workers ended: scoring is over), the peak so
 * far is the scoring phase's, and the kernel's peak is reset (/proc/<pid>/clear_refs, 5): the
 * child's maxRSS at exit is then the write phase's (the reset resets it too), the run's peak the
 * larger of the two.
 */
async function measure(args: string[], phases = true): Promise<Measure> {
  const rssFile = join(tmpdir(), `cchc-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, ["--import", join(here, "rss-probe.mjs"), ...args], {
    cwd: repo,
    env: { ...process.env, CCHC_RSS_OUT: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  let maxThreads = 0;
  let scoringKb: number | null = null;
  const poll = setInterval(() => {
    const st = child.pid === undefined ? null : procStatus(child.pid);
    if (!st) return;
    if (phases && scoringKb === null && maxThreads > 0 && st.threads < maxThreads) {
      scoringKb = st.hwmKb;
      try {
        writeFileSync(`/proc/${child.pid}/clear_refs`, "5");
      } catch {
        scoringKb = null;
        maxThreads = Number.POSITIVE_INFINITY; // cannot reset the peak here: no phases
      }
    }
    maxThreads = Math.max(maxThreads, st.threads);
  }, 5);
  const status = await new Promise<number | null>((done) => child.on("close", (code) => done(code)));
  clearInterval(poll);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (status !== 0) throw new Error(`child failed (${status}): ${stderr.slice(0, 500)}`);
  const probe = JSON.parse(readFileSync(rssFile, "utf8")) as { maxRssKb: number; cpuUs: number };
  rmSync(rssFile, { force: true });
  const atExit = probe.maxRssKb / 1024;
  const scoringMb = scoringKb === null ? null : scoringKb / 1024;
  return {
    ms,
    cpuMs: probe.cpuUs / 1000,
    rssMb: Math.max(atExit, scoringMb ?? 0),
    scoringMb,
    writingMb: scoringMb === null ? null : atExit,
  };
}

/** N unit workbooks from 12 distinct sample workbooks, each file with its own name and unit. */
function makeProvince(n: number): { dir: string; units: string } {
  const dir = mkdtempSync(join(tmpdir(), `cchc-bench-${n}-`));
  const unitsDir = join(dir, "don-vi");
  mkdirSync(unitsDir);
  const bases: Uint8Array[] = [];
  const kinds = distinct ? n : 12;
  for (let i = 0; i < kinds; i++) {
    const dept = i % 2 === 0;
    const name = dept ? DEPARTMENTS[i % 12]! : COMMUNES[i % 12]!;
    bases.push(
      sampleUnitWorkbook({
        unit: distinct ? `${name} ${i + 1}` : name,
        unitType: dept ? "department" : "commune",
        seed: 500 + i,
        quality: 0.6 + (i % 5) * 0.08,
        variation: {
          commaText: i % 3 === 0,
          mergedHeader: i % 4 === 1,
          appraisal: i % 2 === 1,
          missingEvidence: i % 3,
        },
      }),
    );
  }
  const rows: (string | number)[][] = [["STT", "Đơn vị", "Nhóm", "Loại", "Tệp"]];
  for (let i = 0; i < n; i++) {
    const b = i % bases.length;
    const dept = b % 2 === 0;
    const file = `don-vi-${String(i).padStart(5, "0")}.xlsx`;
    writeFileSync(join(unitsDir, file), bases[b]!);
    rows.push([
      i + 1,
      `${dept ? "Đơn vị" : "UBND xã"} mẫu số ${i + 1}`,
      dept ? "Sở, ban, ngành" : "UBND xã, phường",
      dept ? "department" : "commune",
      file,
    ]);
  }
  const units = join(dir, "danh-sach.xlsx");
  writeFileSync(units, workbookBytes([["Danh sách", XLSX.utils.aoa_to_sheet(rows)]]));
  return { dir, units };
}

const build = spawnSync(process.execPath, [join(cliDir, "scripts", "build.mjs")], { encoding: "utf8" });
if (build.status !== 0) throw new Error(build.stderr);

const load = loadavg()
  .map((x) => x.toFixed(2))
  .join(", ");
process.stdout.write(`load average before: ${load}\n`);
const phases = (m: Measure) =>
  m.scoringMb !== null && m.writingMb !== null
    ? ` (scoring ${m.scoringMb.toFixed(1)}, writing ${m.writingMb.toFixed(1)})`
    : "";
const fmt = (m: Measure) =>
  `${(m.ms / 1000).toFixed(2)} s wall, ${(m.cpuMs / 1000).toFixed(2)} s CPU, ${m.rssMb.toFixed(0)} MB peak RSS${phases(m)}`;
const provinces = sizes.map((n) => ({ n, ...makeProvince(n) }));
/** runs[s][r]: size s, round r. */
const runs: { floor: Measure | null; rank: Measure }[][] = sizes.map(() => []);
/** When each round started, and the load average then (for --pool). */
const roundStarts: { at: string; load: number }[] = [];
for (let r = 0; r < rounds; r++) {
  roundStarts.push({ at: new Date().toISOString(), load: Number(loadavg()[0]!.toFixed(2)) });
  // Alternating order, so a load that rises or falls during the bench weighs on every size alike.
  const order = sizes.map((_, s) => s);
  if (r % 2 === 1) order.reverse();
  for (const s of order) {
    const { n, dir, units } = provinces[s]!;
    const unitsDir = join(dir, "don-vi");
    const floor = floorOnce && r > 0 ? null : await measure([join(here, "floor.mjs"), unitsDir], false);
    const rank = await measure([
      bundle,
      "rank",
      unitsDir,
      "--units",
      units,
      "--out",
      join(dir, "xep-hang.xlsx"),
      "--force",
      "--json",
      "--quiet",
    ]);
    runs[s]!.push({ floor, rank });
    const ratios = floor
      ? `; wall ${(rank.ms / floor.ms).toFixed(2)}× floor, CPU ${(rank.cpuMs / floor.cpuMs).toFixed(2)}× floor`
      : "";
    process.stdout.write(
      `${rounds > 1 ? `round ${r + 1}: ` : ""}${n} files: ${floor ? `floor ${fmt(floor)}; ` : ""}cchc rank ${fmt(rank)}${ratios}, load ${loadavg()[0]!.toFixed(2)}\n`,
    );
  }
}
for (const p of provinces) {
  if (keep) process.stdout.write(`kept ${p.dir}\n`);
  else rmSync(p.dir, { recursive: true, force: true });
}
/** Each size's medians over the rounds (a single run: that run). */
const results = sizes.map((n, s) => {
  const m = (side: "floor" | "rank"): Measure => {
    const ms = runs[s]!.map((x) => x[side]).filter((x): x is Measure => x !== null);
    const known = (xs: (number | null)[]) => {
      const ys = xs.filter((x): x is number => x !== null);
      return ys.length === xs.length ? median(ys) : null;
    };
    return {
      ms: median(ms.map((x) => x.ms)),
      cpuMs: median(ms.map((x) => x.cpuMs)),
      rssMb: median(ms.map((x) => x.rssMb)),
      scoringMb: known(ms.map((x) => x.scoringMb)),
      writingMb: known(ms.map((x) => x.writingMb)),
    };
  };
  const rss = runs[s]!.map((x) => x.rank.rssMb);
  return {
    n,
    floor: m("floor"),
    rank: m("rank"),
    rssMin: Math.min(...rss),
    rssMax: Math.max(...rss),
    rssSpread: spread(rss),
  };
});
if (rounds > 1)
  for (const r of results)
    process.stdout.write(
      `${r.n} files, median of ${rounds}: floor ${fmt(r.floor)}; cchc rank ${fmt(r.rank)} (${r.rssMin.toFixed(0)}–${r.rssMax.toFixed(0)} MB, spread ${r.rssSpread.toFixed(1)}); wall ${(r.rank.ms / r.floor.ms).toFixed(2)}×, CPU ${(r.rank.cpuMs / r.floor.cpuMs).toFixed(2)}× floor\n`,
    );
const growthLines = sizes.slice(1).map((n, k) => {
  const atSmall = runs[0]!.map((x) => x.rank.rssMb);
  const atLarge = runs[k + 1]!.map((x) => x.rank.rssMb);
  return growthLine(sizes[0]!, n, growth(sizes[0]!, n, atSmall, atLarge));
});
/** With several rounds: the growth per 1,000 files over every size and run, with its 95 % interval. */
if (rounds > 1 && sizes.length > 1) {
  const peaks = (pick: (m: Measure) => number | null) =>
    Array.from({ length: rounds }, (_, r) => sizes.map((_, s) => pick(runs[s]![r]!.rank) ?? Number.NaN));
  growthLines.push(
    slopeLine(
      sizes,
      slope(
        sizes,
        peaks((m) => m.rssMb),
      ),
    ),
  );
  // The same for each phase's own peak (where the run's peak is depends on the size).
  if (runs.every((x) => x.every((y) => y.rank.scoringMb !== null && y.rank.writingMb !== null)))
    for (const [phase, pick] of [
      ["while scoring", (m: Measure) => m.scoringMb],
      ["while writing", (m: Measure) => m.writingMb],
    ] as const)
      growthLines.push(`${phase}: ${slopeLine(sizes, slope(sizes, peaks(pick)))}`);
}
if (poolPath !== null && sizes.length > 1) growthLines.push(...pooled(poolPath));
for (const line of growthLines) process.stdout.write(`${line}\n`);
const loadAfter = loadavg()
  .map((x) => x.toFixed(2))
  .join(", ");
process.stdout.write(`load average after: ${loadAfter}\n`);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}`;
const table = results
  .map(
    (r) =>
      `| ${r.n.toLocaleString("en")} | ${(r.floor.ms / 1000).toFixed(2)} s | ${(r.floor.cpuMs / 1000).toFixed(2)} s | ${r.floor.rssMb.toFixed(0)} MB | ${(r.rank.ms / 1000).toFixed(2)} s | ${(r.rank.cpuMs / 1000).toFixed(2)} s | ${r.rank.rssMb.toFixed(0)} MB${rounds > 1 ? ` (${r.rssMin.toFixed(0)}–${r.rssMax.toFixed(0)})` : ""} | ${(r.rank.ms / r.floor.ms).toFixed(2)}× | ${(r.rank.cpuMs / r.floor.cpuMs).toFixed(2)}× |`,
  )
  .join("\n");
const doc = `# Benchmark: consolidating unit workbooks (cli)

Command: \`${command}\` (cli/bench/consolidate.ts). Machine: ${machine}.
Measured on ${new Date().toISOString().slice(0, 10)}; load average ${load} before and ${loadAfter} after (1, 5, 15 min):
the machine was shared with other work, so times are indicative — compare the ratios, measured in the same run.

Each file is a sample unit workbook (about 100 rows, one or two sheets, 12 distinct workbooks reused under
different names; a units list gives each file its own unit). **Floor** (cli/bench/floor.mjs): one thread
only opening every file with SheetJS (\`XLSX.read\`, the options xlsx-grid uses). **cchc rank**: the built
bundle, \`cchc rank <folder> --units list.xlsx --out ranking.xlsx --json --quiet\`: guard (one bounded unzip),
read, score and rank on a pool of worker threads (one per core), write the ranking workbook. ${rounds > 1 ? `${rounds} rounds, each running every size (sizes in alternating order); medians, cchc rank's peak RSS with its range` : "One run per size"};
CPU is user + system time of every thread of the child; peak RSS is the child's \`maxRSS\`, split into rank's
peak while scoring (its workers alive) and while writing (after), read from /proc by the bench.

| files | floor wall | floor CPU | floor peak RSS | cchc rank wall | cchc rank CPU | cchc rank peak RSS | wall ÷ floor | CPU ÷ floor |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${table}

${growthLines.map((l) => `${l[0]!.toUpperCase()}${l.slice(1)}.`).join("\n")}

Targets (issue #15): 4,556 files under 10 s wall on this 2-core machine, at most 0.9× the floor's wall and
1.3× its CPU, peak RSS at most 200 MB and flat from 1,000 to 5,000 files.

How: xlsx-grid inflates every zip entry once, bounded while inflating, into the buffers SheetJS then parses
(SheetJS no longer unzips; the cli inflates with Node's zlib, bounded by \`maxOutputLength\`); \`cchc rank\`
scores files on the main thread and one worker thread per further core (each thread claims the next file
when free, from one shared counter; outcomes taken back in file order, so the output is the same byte for byte
as in line — \`CCHC_WORKERS=0\` runs in line); xlsx-grid hands SheetJS only the parts a grid needs (no
properties, calcChain or metadata; styles only for display texts); only UnitResults cross threads, and each is kept packed (figures in typed
arrays, codes and titles shared) until the ranking; the ranking workbook is written sheet by sheet and row by
row, deflated in pieces by Node's zlib, the year record serialised unit by unit into its rows as they are
written.
`;
if (!noDoc) {
  mkdirSync(join(repo, "docs", "benchmarks"), { recursive: true });
  const path = join(repo, "docs", "benchmarks", "cli.md");
  // The sections written by hand below the generated part ("## …": investigations) are kept.
  const old = existsSync(path) ? readFileSync(path, "utf8") : "";
  const notes = old.indexOf("\n## ");
  writeFileSync(path, notes >= 0 ? `${doc}${old.slice(notes)}` : doc);
  process.stdout.write(`written docs/benchmarks/cli.md\n`);
}

/** Adds this run's rounds to the pool file and says the growth over every pooled round of this build. */
function pooled(path: string): string[] {
  const build = buildHash();
  const mine: PooledRound[] = Array.from({ length: rounds }, (_, r) => ({
    ...roundStarts[r]!,
    rss: sizes.map((_, s) => runs[s]![r]!.rank.rssMb),
    scoring: sizes.map((_, s) => runs[s]![r]!.rank.scoringMb),
    writing: sizes.map((_, s) => runs[s]![r]!.rank.writingMb),
  }));
  let pool;
  try {
    pool = addToPool(
      existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as unknown) : null,
      sizes,
      build,
      mine,
    );
  } catch (e) {
    return [`pool ${path}: not added, ${(e as Error).message}`];
  }
  writeFileSync(path, `${JSON.stringify(pool, null, 1)}\n`);
  const all = pool.builds[build]!.length;
  const lines = [
    `pooled (${path}, build ${build}, ${all} rounds): ${slopeLine(
      sizes,
      slope(
        sizes,
        pooledPeaks(pool, build, (r) => r.rss),
      ),
    )}`,
  ];
  for (const [phase, pick] of [
    ["while scoring", (r: PooledRound) => r.scoring],
    ["while writing", (r: PooledRound) => r.writing],
  ] as const) {
    const peaks = pooledPeaks(pool, build, pick);
    if (peaks.every((row) => row.every(Number.isFinite)))
      lines.push(`pooled, ${phase}: ${slopeLine(sizes, slope(sizes, peaks))}`);
  }
  return lines;
}

/** The build measured: its bundle and the worker bundle beside it, hashed. */
function buildHash(): string {
  const h = createHash("sha256").update(readFileSync(bundle));
  const worker = join(dirname(bundle), "score-worker.mjs");
  if (existsSync(worker)) h.update(readFileSync(worker));
  return h.digest("hex").slice(0, 12);
}
