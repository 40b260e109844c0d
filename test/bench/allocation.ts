// Benchmark: allocation of a large hospital system (200 support, 2,000 operating centres),
// reciprocal and step-down, with every support centre serving about a tenth of the
// support centres and all operating centres. Prints timings; asserts nothing.
// Run: npm run bench:allocation
import { allocateCosts, parseAllocationProblem, type AllocationMethod, type AllocationProblemInput } from "@costplan/core";

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function problem(method: AllocationMethod, supports: number, operating: number): AllocationProblemInput {
  const random = seeded(20251127);
  const centres = [
    ...Array.from({ length: supports }, (_, i) => ({ id: `S${i}`, kind: "support" as const, cost: Math.floor(random() * 5e9) })),
    ...Array.from({ length: operating }, (_, i) => ({ id: `O${i}`, kind: "operating" as const, cost: Math.floor(random() * 2e10) })),
  ];
  const usage: Record<string, Record<string, number>> = {};
  for (let s = 0; s < supports; s += 1) {
    const row: Record<string, number> = {};
    for (let t = 0; t < supports; t += 1) if (t !== s && random() < 0.1) row[`S${t}`] = Math.floor(random() * 500) + 1;
    for (let t = 0; t < operating; t += 1) row[`O${t}`] = Math.floor(random() * 1000) + 1;
    usage[`S${s}`] = row;
  }
  return { method, currency: "VND", centres, usage };
}

const sizes: [number, number][] = [
  [20, 200],
  [200, 2000],
];
for (const [supports, operating] of sizes) {
  for (const method of ["step-down", "reciprocal", "direct"] as const) {
    const input = problem(method, supports, operating);
    const t0 = performance.now();
    const parsed = parseAllocationProblem(input);
    if (!parsed.ok) throw new Error(parsed.problems[0]!.message.en);
    const t1 = performance.now();
    const result = allocateCosts(parsed.problem);
    const t2 = performance.now();
    const flows = result.flows.length;
    console.log(
      `${method.padEnd(10)} ${String(supports).padStart(4)} support x ${String(operating).padStart(5)} operating: ${flows} flows; parse ` +
        `${(t1 - t0).toFixed(0)} ms, allocate ${(t2 - t1).toFixed(0)} ms; total ${result.total} = Σ final ` +
        `${Object.values(result.final).reduce((a, b) => a + b, 0)}`,
    );
  }
}
