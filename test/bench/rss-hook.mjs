// Preloaded into a measured CLI process (node --import): on exit, writes the process's
// peak RSS in kilobytes to the file named by COSTPLAN_BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const target = process.env.COSTPLAN_BENCH_RSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
