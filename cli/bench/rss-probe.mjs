// Preloaded into a measured child (node --import): writes the process's peak RSS (kB) on exit.
import { writeFileSync } from "node:fs";

const target = process.env.CCHC_RSS_OUT;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
