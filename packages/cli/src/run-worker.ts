import { runChunkTask, type ChunkContext, type FacilityChunkWire, type ModelPartWire } from "@costplan/core";

/** One task of the run pool: a chunk of consecutive facilities, with only their part of the model. */
export interface ChunkTask {
  readonly part: ModelPartWire;
  readonly context: ChunkContext;
  /** Where the part's first facility sits in the whole model. */
  readonly from: number;
}

/** Runs a chunk's per-facility stages in a worker thread (tinypool calls the default export). */
export default function runChunk(task: ChunkTask): FacilityChunkWire {
  return runChunkTask(task.part, task.context, task.from);
}
