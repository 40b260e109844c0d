import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Model } from "@costplan/core";
import { simulateDraws, type DrawBlock, type SimulationOptions } from "@costplan/core/analysis";

const BLOCK = 25;

/**
 * The draws on `threads` worker threads (tinypool), blocks merged in draw order, or in this
 * thread for one thread or when the worker is not built (tests run from source). Draw i
 * depends only on (seed, i), so both give the same numbers.
 */
export async function runDraws(model: Model, options: SimulationOptions, threads: number, tick: (done: number) => void): Promise<DrawBlock["values"]> {
  const worker = fileURLToPath(new URL("./simulate-worker.js", import.meta.url));
  if (threads === 1 || !existsSync(worker)) {
    let done = 0;
    return simulateDraws(model, options, 0, options.draws, () => {
      done += 1;
      tick(done);
    }).values;
  }
  // Checked once here, so a bad path is reported before any worker starts.
  simulateDraws(model, { ...options, draws: 1 }, 0, 0);
  const { Tinypool } = await import("tinypool");
  const pool = new Tinypool({ filename: worker, minThreads: threads, maxThreads: threads });
  try {
    let done = 0;
    const blocks = await Promise.all(
      Array.from({ length: Math.ceil(options.draws / BLOCK) }, (_, b) =>
        (pool.run({ model, options, from: b * BLOCK, to: (b + 1) * BLOCK }) as Promise<DrawBlock>).then((block) => {
          done += block.values.length;
          tick(done);
          return block;
        }),
      ),
    );
    return blocks.sort((a, b) => a.from - b.from).flatMap((block) => block.values);
  } finally {
    await pool.destroy();
  }
}
