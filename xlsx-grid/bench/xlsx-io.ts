/**
 * Benchmark of .xlsx input/output: readWorkbookGrids on 150-row unit workbooks against the floor
 * (SheetJS alone on the same bytes), and the cli's writeWorkbook on a 5,000-row sheet. Each
 * scenario runs in its own Node process so peak memory (maxRSS) is its own.
 *
 *   npm run bench -w @cchc/xlsx-grid            # all scenarios, a markdown table
 *   npx tsx xlsx-grid/bench/xlsx-io.ts <name>   # one memory scenario, JSON
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { guardXlsx, readWorkbookGrids } from "../src/index";
// The writer lives in the cli; benchmarked here so all .xlsx I/O figures come from one command.
import { writeWorkbook, type XlsxCell, type XlsxSheet } from "../src/write/index";

const UNITS = 60;
const ROWS = 150;
const ROUNDS = 5;
const WRITE_ROWS = 5000;

const words =
  "kế hoạch cải cách hành chính năm thực hiện đúng hạn báo cáo kiểm tra tỷ lệ thủ tục dịch vụ công trực tuyến".split(
    " ",
  );
function text(seed: number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[(seed * 7 + i * 13) % words.length]!);
  return out.join(" ");
}

/** A unit's self-assessment as Excel saves it: shared strings, cached values, a merged two-row header. */
function unitWorkbook(unit: number): Uint8Array {
  const aoa: unknown[][] = [
    [`BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC — Đơn vị ${unit}`],
    [
      "STT",
      "Lĩnh vực/tiêu chí/tiêu chí thành phần",
      "Điểm tối đa",
      "Cách tính điểm",
      "Số liệu kê khai",
      "Điểm",
      null,
      "Tài liệu kiểm chứng",
      "Giải trình",
    ],
    [null, null, null, null, null, "Tự chấm", "Thẩm định", null, null],
  ];
  for (let r = 0; r < ROWS; r++) {
    const leaf = r % 5 !== 0;
    const row = 4 + r;
    aoa.push([
      leaf ? `${Math.floor(r / 5) + 1}.${r % 5}` : String(Math.floor(r / 5) + 1),
      text(r + unit, 12),
      leaf ? 0.5 + (r % 4) * 0.25 : 2,
      text(r * 3, 20),
      leaf && r % 3 === 0 ? "Có" : null,
      leaf ? { t: "n", v: 0.25 * (r % 4) } : { t: "n", v: 1, f: `SUM(F${row + 1}:F${row + 4})` },
      null,
      leaf ? `Kế hoạch số ${100 + r}/KH-UBND ngày 19/9/2025` : null,
      leaf && r % 7 === 0 ? text(r, 8) : null,
    ]);
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws["!merges"] = [
    { s: { r: 1, c: 5 }, e: { r: 1, c: 6 } },
    ...[0, 1, 2, 3, 4, 7, 8].map((c) => ({ s: { r: 1, c }, e: { r: 2, c } })),
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Tự chấm điểm");
  return new Uint8Array(
    XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST: true, compression: true }) as ArrayBuffer,
  );
}

function bigSheet(): XlsxSheet {
  const rows: XlsxCell[][] = [
    [
      { value: "STT", style: { bold: true, fill: "header", border: true } },
      { value: "Nội dung", style: { bold: true, fill: "header", border: true } },
    ],
  ];
  for (let r = 1; r < WRITE_ROWS; r++) {
    rows.push([
      { value: String(r), style: { border: true } },
      { value: text(r, 12), style: { wrap: true, border: true } },
      { value: 1.5, style: { numberFormat: "0.00", border: true } },
      { value: null, style: { numberFormat: "0.00", border: true, locked: false, fill: "input" } },
      { value: { formula: `IF(D${r + 1}>C${r + 1},1,0)` }, style: { border: true } },
      { value: `Quyết định số ${r}/QĐ-UBND`, style: { wrap: true, border: true, locked: false } },
      { value: null, style: { wrap: true, border: true, locked: false } },
    ]);
  }
  return {
    name: "5000 dòng",
    rows,
    columnWidths: [6, 45, 10, 12, 8, 30, 30],
    frozenRows: 1,
    protect: true,
    dataValidations: [{ sqref: `D2:D${WRITE_ROWS}`, rule: { kind: "decimal", min: 0, max: 1.5 } }],
    conditionalFormats: [{ sqref: `D2:D${WRITE_ROWS}`, formula: "D2>C2", style: "red" }],
  };
}

interface Measure {
  /** Median wall time of one pass, ms. */
  wall: number;
  /** Median CPU time (user + system) of one pass, ms: steadier than wall time on a shared machine. */
  cpu: number;
}

const READ_OPTIONS = { type: "array", dense: true, cellFormula: true, cellText: false } as const;

/** Variants of reading the same files, timed in interleaved rounds so machine load hits them alike. */
const readVariants: Record<string, { what: string; fn: (b: Uint8Array) => void }> = {
  "sheetjs-default": {
    what: "SheetJS alone, default options",
    fn: (b) => void XLSX.read(b, { type: "array" }),
  },
  "sheetjs-floor": {
    what: "SheetJS alone, dense + formulas, no text (the floor)",
    fn: (b) => void XLSX.read(b, READ_OPTIONS),
  },
  "sheetjs-cellstyles": {
    what: "SheetJS dense with cellStyles (the other way to hidden rows; not used)",
    fn: (b) => void XLSX.read(b, { ...READ_OPTIONS, cellStyles: true }),
  },
  guardXlsx: {
    what: "guardXlsx alone (directory + bounded inflate check)",
    fn: (b) => {
      if (!guardXlsx(b).ok) throw new Error("guard refused a unit workbook");
    },
  },
  readWorkbookGrids: {
    what: "guard + SheetJS + grids (values, formulas, merges, hidden rows)",
    fn: (b) => {
      const r = readWorkbookGrids(b, XLSX);
      if (!r.ok || r.grids[0]!.values.length < ROWS) throw new Error("read failed");
    },
  },
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function pass(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function timeReads(files: Uint8Array[]): Record<string, Measure> {
  const samples: Record<string, { wall: number[]; cpu: number[] }> = {};
  for (const [name, v] of Object.entries(readVariants)) {
    for (const f of files.slice(0, 5)) v.fn(f); // warm-up
    samples[name] = { wall: [], cpu: [] };
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, v] of Object.entries(readVariants)) {
      const m = pass(() => files.forEach(v.fn));
      samples[name]!.wall.push(m.wall);
      samples[name]!.cpu.push(m.cpu);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([k, s]) => [k, { wall: median(s.wall), cpu: median(s.cpu) }]),
  );
}

function timeWrite(): Measure & { size: number } {
  const sheet = bigSheet();
  let size = writeWorkbook([sheet]).length; // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const m = pass(() => (size = writeWorkbook([sheet]).length));
    wall.push(m.wall);
    cpu.push(m.cpu);
  }
  return { wall: median(wall), cpu: median(cpu), size };
}

/** Peak-memory scenarios: each runs alone in a fresh process on files the parent wrote, and reports its maxRSS. */
function loadFiles(dir: string): Uint8Array[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => new Uint8Array(readFileSync(join(dir, f))));
}

const memoryScenarios: Record<string, (dir: string) => void> = {
  "read-baseline": (dir) => void loadFiles(dir),
  "sheetjs-floor": (dir) => {
    // Keep every workbook, as a consolidation keeps every unit's grid.
    const books = loadFiles(dir).map((f) => XLSX.read(f, READ_OPTIONS));
    if (books.length !== UNITS) throw new Error("missing files");
  },
  readWorkbookGrids: (dir) => {
    const grids = loadFiles(dir).map((f) => readWorkbookGrids(f, XLSX));
    if (grids.length !== UNITS || grids.some((g) => !g.ok)) throw new Error("read failed");
  },
  "write-baseline": () => void bigSheet(),
  writeWorkbook: () => void writeWorkbook([bigSheet()]),
};

function runMemory(name: string, dir: string): void {
  const s = memoryScenarios[name];
  if (!s) throw new Error(`unknown scenario ${name}`);
  s(dir);
  process.stdout.write(JSON.stringify({ name, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

function runAll(): void {
  const self = fileURLToPath(import.meta.url);
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-xlsx-"));
  const files = Array.from({ length: UNITS }, (_, i) => unitWorkbook(i));
  files.forEach((f, i) => writeFileSync(join(dir, `unit-${i}.xlsx`), f));
  const rss: Record<string, number> = {};
  for (const name of Object.keys(memoryScenarios)) {
    const out = execFileSync(process.execPath, [...process.execArgv, self, name, dir], { encoding: "utf8" });
    rss[name] = (JSON.parse(out.trim().split("\n").pop()!) as { maxRssMb: number }).maxRssMb;
  }
  rmSync(dir, { recursive: true, force: true });
  const reads = timeReads(files);
  const write = timeWrite();
  console.log(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GB, load average ${loadavg()[0]!.toFixed(1)}`,
  );
  const kb = files.reduce((n, f) => n + f.length, 0) / files.length / 1024;
  console.log(
    `Reading: ${UNITS} unit workbooks of ${ROWS} rows (SheetJS-written, deflated, shared strings, ${kb.toFixed(0)} KB each), median of ${ROUNDS} interleaved rounds.`,
  );
  console.log(
    "Peak RSS: each scenario alone in a fresh process keeping all its results; the baselines only load the modules and the files (or build the sheet model).\n",
  );
  console.log("| scenario | what | wall, all files | CPU per file | peak RSS (MB) |");
  console.log("| --- | --- | ---: | ---: | ---: |");
  for (const [name, v] of Object.entries(readVariants)) {
    const m = reads[name]!;
    const mem = rss[name] !== undefined ? rss[name]!.toFixed(0) : "";
    console.log(
      `| ${name} | ${v.what} | ${m.wall.toFixed(0)} ms | ${(m.cpu / UNITS).toFixed(2)} ms | ${mem} |`,
    );
  }
  console.log(
    `| writeWorkbook | ${WRITE_ROWS} rows × 7 columns, styles, validation, conditional format (${Math.round(write.size / 1024)} KB) | ${write.wall.toFixed(0)} ms | ${write.cpu.toFixed(0)} ms (one sheet) | ${rss.writeWorkbook!.toFixed(0)} |`,
  );
  console.log(
    `\nPeak RSS baselines: reading ${rss["read-baseline"]!.toFixed(0)} MB, writing ${rss["write-baseline"]!.toFixed(0)} MB.`,
  );
}

const arg = process.argv[2];
if (arg) runMemory(arg, process.argv[3] ?? "");
else runAll();
