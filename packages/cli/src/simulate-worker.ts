import type { Model } from "@costplan/core";
import { simulateDraws, type DrawBlock, type SimulationOptions } from "@costplan/core/analysis";

/** One task of the simulate pool: a block of draws of the same simulation. */
export interface DrawTask {
  readonly model: Model;
  readonly options: SimulationOptions;
  readonly from: number;
  readonly to: number;
}

/** Runs a block of draws in a worker thread (tinypool calls the default export). */
export default function runDraws(task: DrawTask): DrawBlock {
  return simulateDraws(task.model, task.options, task.from, task.to);
}
