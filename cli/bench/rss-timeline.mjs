// Preloaded into a `cchc rank` run (node --import) to see where its peak RSS is: a worker thread
// samples the process's RSS every 10 ms and, on exit, prints the highest value of each quarter
// second, then the peak RSS and the CPU time (every thread). The sampler itself adds ≈ 5 MB.
//
//   node --import ./cli/bench/rss-timeline.mjs [--trace-gc] cli/dist/cchc.mjs rank <dir>/don-vi \
//     --units <dir>/danh-sach.xlsx --out /tmp/x.xlsx --force --json --quiet > /dev/null
//
// (<dir>: a folder kept by `npm run bench -w @cchc/cli -- 3000 --no-doc --keep`.)
import { Worker } from "node:worker_threads";

const SLOTS = 4096;
const peaks = new Float64Array(new SharedArrayBuffer(8 * SLOTS));
const t0 = Date.now();
const sampler = new Worker(
  `const { workerData } = require("node:worker_threads");
   const peaks = new Float64Array(workerData.buffer);
   setInterval(() => {
     const rss = process.memoryUsage.rss();
     const slot = Math.min(${SLOTS - 1}, Math.floor((Date.now() - workerData.t0) / 250));
     if (rss > peaks[slot]) peaks[slot] = rss;
   }, 10);`,
  { eval: true, workerData: { buffer: peaks.buffer, t0 } },
);
sampler.unref();
process.on("exit", () => {
  const mb = (b) => (b / 1048576).toFixed(0);
  const line = [];
  for (let s = 0; s < SLOTS; s++) if (peaks[s] > 0) line.push(`${(s / 4).toFixed(2)}:${mb(peaks[s])}`);
  const u = process.resourceUsage();
  process.stderr.write(`[rss s:MB] ${line.join(" ")}\n`);
  process.stderr.write(
    `[peak] ${(u.maxRSS / 1024).toFixed(0)} MB, CPU ${((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(2)} s\n`,
  );
});
