import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  chunkBounds,
  chunkModel,
  mergeFacilityChunks,
  packPart,
  runBudget,
  pipelineStart,
  runPipeline,
  runPipelineFrom,
  unpackChunk,
  type FacilityChunkWire,
  type Model,
  type PipelineOutput,
  type RunOptions,
} from "@costplan/core";
import type { ChunkTask } from "../run-worker.js";

/** Chunks per thread: a few, so that a thread that finishes early takes the next chunk. */
const CHUNKS_PER_THREAD = 2;

/**
 * The thread count a run uses: the one asked for, else one. Two threads gave no gain on this
 * 2-core machine at province or a tenth of national size (README, Performance: copying the model
 * parts and the results, and each worker's own JIT warm-up, eat what the second core gives), so
 * threads are asked for, not assumed.
 */
export function runThreads(asked: number | undefined): number {
  return asked ?? 1;
}

/**
 * Runs the pipeline with its per-facility stages on `threads` worker threads (tinypool). Each
 * task carries only its facilities' part of the model, so all the tasks together copy the model
 * once, and returns columns (the model's own objects are linked back here). The result equals
 * `runPipeline(model, options)` whatever the thread count. One thread, one facility, or no built
 * worker (tests run from source) runs in this thread; so does a chunk that fails in a worker,
 * so that its error reaches the user as it would from one thread (`onFallback` hears why).
 */
export async function runOnThreads(
  model: Model,
  threads: number,
  options: RunOptions,
  onFallback: (error: unknown) => void = () => undefined,
): Promise<PipelineOutput> {
  const worker = fileURLToPath(new URL("./run-worker.js", import.meta.url));
  if (threads <= 1 || model.facilities.length < 2 || !existsSync(worker)) return runPipeline(model, options);
  const start = pipelineStart(model);
  const context = { years: start.years, pricingYears: start.pricingYears };
  const bounds = chunkBounds(model, threads * CHUNKS_PER_THREAD);
  const { Tinypool } = await import("tinypool");
  const pool = new Tinypool({ filename: worker, minThreads: Math.min(threads, bounds.length), maxThreads: Math.min(threads, bounds.length) });
  let wires: FacilityChunkWire[] | undefined;
  let budget: ReturnType<typeof runBudget> | undefined;
  try {
    const tasks = Promise.all(
      bounds.map(([from, to]) => pool.run({ part: packPart(chunkModel(model, from, to)), context, from } satisfies ChunkTask) as Promise<FacilityChunkWire>),
    );
    // A failure shows when the tasks are awaited (or not at all, if the budget fails first): never as an unhandled rejection.
    tasks.catch(() => undefined);
    // The budget needs no facility's stages: this thread computes it while the workers run.
    budget = runBudget(model, start);
    wires = await tasks;
  } catch (error) {
    onFallback(error);
    wires = undefined;
  } finally {
    await pool.destroy();
  }
  if (wires === undefined) return runPipeline(model, options);
  return runPipelineFrom(
    model,
    start,
    mergeFacilityChunks(
      wires.map((w) => unpackChunk(w, model)),
      model.facilities.length,
    ),
    options,
    budget,
  );
}
