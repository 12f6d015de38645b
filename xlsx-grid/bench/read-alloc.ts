/**
 * What reading one workbook costs a thread: bytes allocated (V8's sampling heap profiler, keeping
 * the objects the young and old collections freed, so it counts churn and not only what
 * survives), where they were allocated, and CPU per file — on a folder of unit workbooks, warm,
 * in one process. Optionally against a second copy of xlsx-grid's source (another branch's
 * `xlsx-grid/src` copied into this workspace, so it resolves the same packages), in
 * alternating rounds so machine load hits both alike.
 *
 *   npm run bench -w @cchc/cli -- 1000 --no-doc --keep      # makes a folder of unit workbooks
 *   npx tsx xlsx-grid/bench/read-alloc.ts <folder>/don-vi [files=200] [rounds=6] [other src/index.ts]
 */
import { readdirSync, readFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { inflateRawSync } from "node:zlib";
import * as XLSX from "@e965/xlsx";
import * as ours from "../src/index";

type Read = typeof ours.readWorkbookGrids;

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: ProfileNode[];
}

const [dir, filesArg, roundsArg, otherArg] = process.argv.slice(2);
if (!dir) throw new Error("usage: read-alloc.ts <folder of .xlsx> [files] [rounds] [other src/index.ts]");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .slice(0, Number(filesArg ?? 200))
  .map((f) => new Uint8Array(readFileSync(join(dir, f))));
const rounds = Number(roundsArg ?? 6);
// The cli's inflater: Node's zlib, bounded.
const inflateRaw = (d: Uint8Array, max: number) => inflateRawSync(d, { maxOutputLength: max });

function readAll(read: Read): void {
  for (const b of files) if (!read(b, XLSX, { inflateRaw }).ok) throw new Error("a workbook did not open");
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((ok, fail) => session.post(method, params, (e, r) => (e ? fail(e) : ok(r as T))));
}

/** KB allocated per workbook, in all and by the function that allocated. */
async function allocation(read: Read): Promise<{ total: number; sites: [string, number][] }> {
  const session = new Session();
  session.connect();
  await post(session, "HeapProfiler.enable");
  await post(session, "HeapProfiler.startSampling", {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  readAll(read);
  const { profile } = await post<{ profile: { head: ProfileNode } }>(session, "HeapProfiler.stopSampling");
  session.disconnect();
  const sites = new Map<string, number>();
  let total = 0;
  const walk = (n: ProfileNode): void => {
    const where = n.callFrame.url.split("/").slice(-2).join("/");
    const key = `${n.callFrame.functionName || "(anonymous)"} ${where}`;
    sites.set(key, (sites.get(key) ?? 0) + n.selfSize);
    total += n.selfSize;
    n.children.forEach(walk);
  };
  walk(profile.head);
  const kb = (b: number) => b / files.length / 1024;
  return {
    total: kb(total),
    sites: [...sites].map(([k, v]): [string, number] => [k, kb(v)]).sort((a, b) => b[1] - a[1]),
  };
}

function cpuPerFile(read: Read): number {
  const t0 = process.cpuUsage();
  readAll(read);
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000 / files.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function main(): Promise<void> {
  const variants: [string, Read][] = [["this tree", ours.readWorkbookGrids]];
  if (otherArg) {
    const other = (await import(pathToFileURL(resolve(otherArg)).href)) as typeof ours;
    variants.push([otherArg, other.readWorkbookGrids]);
  }
  for (const [, read] of variants) for (let k = 0; k < 3; k++) readAll(read); // warm-up
  const cpu = variants.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    const order =
      round % 2 === 0 ? variants.map((_, i) => i) : variants.map((_, i) => variants.length - 1 - i);
    for (const v of order) cpu[v]!.push(cpuPerFile(variants[v]![1]));
  }
  if (variants.length === 2) {
    // Each round's two passes ran back to back: their ratio cancels most of the load's drift.
    const ratios = cpu[0]!.map((x, r) => x / cpu[1]![r]!);
    process.stdout.write(
      `CPU, this tree ÷ the other: median ${median(ratios).toFixed(2)} of ${rounds} rounds` +
        ` (${ratios.map((x) => x.toFixed(2)).join(" ")})\n`,
    );
  }
  for (const [v, [name, read]] of variants.entries()) {
    const a = await allocation(read);
    process.stdout.write(
      `${name}: ${a.total.toFixed(1)} KB allocated per workbook, CPU ${median(cpu[v]!).toFixed(3)} ms per file` +
        ` (rounds: ${cpu[v]!.map((x) => x.toFixed(3)).join(" ")})\n`,
    );
    for (const [site, kb] of a.sites.slice(0, 8))
      process.stdout.write(`  ${kb.toFixed(1).padStart(7)} KB  ${site}\n`);
  }
}

void main();
