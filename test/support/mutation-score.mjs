// The mutation score of the parts StrykerJS ran (npm run mutate:money, mutate:allocation, mutate:pricing), from their
// JSON reports in reports/chunks, per file and in all, as Stryker counts it: detected (killed or timed out) over
// detected, survived and not covered; ignored mutants (static code, and lines marked equivalent with `// Stryker disable` and a reason) are not counted.
// `--survivors FILE` lists the survivors of the files whose path contains FILE.
import { existsSync, readFileSync } from "node:fs";

const PARTS = ["money-schedule", "allocation", "pricing"];
const at = process.argv.indexOf("--survivors");
const wanted = at > 0 ? process.argv[at + 1] : undefined;
const all = { detected: 0, undetected: 0, ignored: 0, marked: 0 };

for (const part of PARTS) {
  const path = `reports/chunks/${part}.json`;
  if (!existsSync(path)) {
    console.log(`${part}: not run (npm run mutate:${part === "money-schedule" ? "money" : part})`);
    continue;
  }
  const report = JSON.parse(readFileSync(path, "utf8"));
  const sum = { detected: 0, undetected: 0, ignored: 0, marked: 0 };
  const rows = [];
  for (const [file, { mutants, source }] of Object.entries(report.files)) {
    const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
    const detected = count("Killed", "Timeout");
    const undetected = count("Survived", "NoCoverage");
    const ignored = count("Ignored");
    // Stryker gives static mutants this reason; the others were ignored by a `// Stryker disable` comment.
    const marked = mutants.filter((m) => m.status === "Ignored" && !String(m.statusReason ?? "").startsWith("Static")).length;
    sum.detected += detected;
    sum.undetected += undetected;
    sum.ignored += ignored;
    sum.marked += marked;
    rows.push(`  ${file}: ${counts({ detected, undetected, ignored, marked })}`);
    if (wanted !== undefined && file.includes(wanted)) {
      const lines = source.split("\n");
      for (const m of mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage")) {
        const { line, column } = m.location.start;
        rows.push(`    ${m.status} ${line}:${column} ${m.mutatorName} ${JSON.stringify(m.replacement ?? "")}: ${lines[line - 1]?.trim().slice(0, 100)}`);
      }
    }
  }
  console.log(`${part}: ${counts(sum)}`);
  for (const row of rows) console.log(row);
  all.detected += sum.detected;
  all.undetected += sum.undetected;
  all.ignored += sum.ignored;
  all.marked += sum.marked;
}
console.log(`all parts: ${counts(all)}`);

function counts({ detected, undetected, ignored, marked }) {
  const ignoredText = `${ignored - marked} static and ${marked} marked equivalent not counted`;
  const worst = `${score(detected, undetected + marked)} if the marked ones survived`;
  return `${score(detected, undetected)} (${detected} of ${detected + undetected}; ${ignoredText}; ${worst})`;
}

function score(detected, undetected) {
  return detected + undetected === 0 ? "no mutants" : `${((100 * detected) / (detected + undetected)).toFixed(1)} %`;
}
