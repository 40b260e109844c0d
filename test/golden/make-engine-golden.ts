// Writes the engine's golden outputs (test/golden/engine/*.json.gz) from today's engine:
// npx tsx test/golden/make-engine-golden.ts. Run it only when a change of figures is
// intended and documented; test/engine-golden.test.ts compares every run with these files.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { runCli } from "../../packages/cli/src/testing/run-cli.js";
import { GOLDEN_CASES, goldenFile, portable } from "./engine-cases.js";

for (const c of GOLDEN_CASES) {
  const { code, stdout, stderr } = await runCli(...c.argv);
  if (code !== 0) throw new Error(`${c.name}: exit ${String(code)}: ${stderr}`);
  const canonical = JSON.stringify(JSON.parse(portable(stdout)), null, 1);
  writeFileSync(goldenFile(c.name), gzipSync(canonical, { level: 9 }));
  console.log(`${c.name}: ${String(canonical.length)} characters`);
}
