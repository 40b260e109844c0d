// 10,000 COSTPLAN.ALLOCATE and 10,000 COSTPLAN.STEPDOWN calls through the functions layer
// (argument checks, core, spill), as Excel would make them on recalculation.
import { performance } from "node:perf_hooks";
import { allocateFunction } from "../src/functions/allocate.js";
import { stepDownFunction } from "../src/functions/step-down.js";
import { installStub } from "../src/testing/custom-functions-stub.js";

installStub();
const CALLS = 10_000;
const weights = [[120], [80], [45], [300], [15], [60], [90], [210], [33], [47]];
const costs = [[30_000_000], [20_000_000], [12_000_000], [100_000_000], [150_000_000], [80_000_000]];
const kinds = [["support"], ["support"], ["support"], ["operating"], ["operating"], ["operating"]];
const usage = [
  ["", 2, 1, 10, 14, 6],
  [3, "", 1, 20, 25, 9],
  [1, 1, "", 5, 8, 2],
  ["", "", "", "", "", ""],
  ["", "", "", "", "", ""],
  ["", "", "", "", "", ""],
];

function time(name: string, call: (i: number) => unknown): void {
  for (let i = 0; i < 200; i += 1) call(i); // warm up
  const start = performance.now();
  for (let i = 0; i < CALLS; i += 1) call(i);
  const ms = performance.now() - start;
  console.log(`${name}: ${CALLS} calls in ${ms.toFixed(0)} ms (${((ms * 1000) / CALLS).toFixed(1)} µs per call)`);
}

time("COSTPLAN.ALLOCATE(total, 10 weights)", (i) => allocateFunction(1_000_000_000 + i, weights, null));
time("COSTPLAN.STEPDOWN(3 support + 3 operating centres)", (i) => stepDownFunction([[30_000_000 + i], ...costs.slice(1)], kinds, usage, null));
