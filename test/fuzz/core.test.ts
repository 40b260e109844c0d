import { allocateCosts, parseAllocationProblem, parseModel, runModel, type Problem } from "@costplan/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocationProblem, brokenAllocationProblem, brokenModel, runs, validModel } from "./arbitraries.js";
import { assertCleanText, assertFiniteJson, assertTypedError, reconcileAllocation, reconcileRun, stringsOf } from "./checks.js";

// FUZZ_RUNS (npm run fuzz) spreads the full run over the properties; without it each takes a
// few dozen inputs so the normal suite stays fast.
const TIMEOUT = 0;

function cleanProblems(problems: readonly Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    assertCleanText(p.path, "problem path");
    assertCleanText(p.message.en, `problem at ${p.path} (en)`);
    assertCleanText(p.message.vi, `problem at ${p.path} (vi)`);
  }
}

function runChecked(document: unknown): void {
  const parsed = parseModel(document);
  if (!parsed.ok) {
    cleanProblems(parsed.problems);
    return;
  }
  try {
    const result = runModel(parsed.model);
    assertFiniteJson(result, stringsOf(document));
    reconcileRun(result);
  } catch (error) {
    assertTypedError(error);
  }
}

describe("fuzzing the model entry points", () => {
  it(
    "accepts every valid extreme model and reconciles it to the minor unit",
    () => {
      fc.assert(
        fc.property(validModel, (doc) => {
          const parsed = parseModel(doc);
          if (!parsed.ok) throw new Error(`a valid model was refused: ${parsed.problems.map((p) => `${p.path}: ${p.message.en}`).join("; ")}`);
          runChecked(doc);
        }),
        { numRuns: runs(0.2, 40) },
      );
    },
    TIMEOUT,
  );

  it(
    "answers a model with one hostile value with problems or a reconciled result, never a crash",
    () => {
      fc.assert(fc.property(brokenModel, runChecked), { numRuns: runs(0.3, 60) });
    },
    TIMEOUT,
  );
});

describe("fuzzing the allocation entry point", () => {
  function allocateChecked(document: unknown): void {
    const parsed = parseAllocationProblem(document);
    if (!parsed.ok) {
      cleanProblems(parsed.problems);
      return;
    }
    try {
      const result = allocateCosts(parsed.problem);
      assertFiniteJson(result, stringsOf(document));
      // The parsed problem holds costs in whole minor units already.
      reconcileAllocation(
        result,
        parsed.problem.centres.map((c) => c.cost),
      );
    } catch (error) {
      assertTypedError(error);
    }
  }

  it(
    "allocates every valid problem exactly or names why it cannot",
    () => {
      fc.assert(fc.property(allocationProblem, allocateChecked), { numRuns: runs(0.26, 60) });
    },
    TIMEOUT,
  );

  it(
    "answers a problem with one hostile value with problems, never a crash",
    () => {
      fc.assert(fc.property(brokenAllocationProblem, allocateChecked), { numRuns: runs(0.2, 60) });
    },
    TIMEOUT,
  );
});
