// Preloaded into a measured child (node --import): on exit, writes the process's peak RSS (kB) and
// its CPU time (µs, user + system, every thread: rank's workers included) as JSON.
import { writeFileSync } from "node:fs";

const target = process.env.CCHC_RSS_OUT;
if (target)
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }));
  });
