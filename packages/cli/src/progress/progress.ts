import type { Language } from "@costplan/core";

/** A stage of a command that progress names. */
export type Stage = "validate" | "run" | "xlsx" | "out" | "json" | "report";

/**
 * Reports the stages of a command as it goes. Injected into the command, so `@costplan/core`
 * stays pure and the command decides what a stage is.
 */
export interface Progress {
  /** The command has begun this stage (and finished the one before). */
  stage(stage: Stage): void;
  /** The command is over: remove anything drawn. */
  done(): void;
}

/** The part of a terminal stream progress needs (process.stderr is one). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): boolean;
}

/** Progress that shows nothing: for --quiet, a stderr that is not a terminal, and tests. */
export const silentProgress: Progress = { stage: () => undefined, done: () => undefined };

/** Stage names as the bar shows them. */
export const STAGE_LABELS: Readonly<Record<Stage, Readonly<Record<Language, string>>>> = {
  validate: { en: "reading and validating the model", vi: "đọc và kiểm tra mô hình" },
  run: { en: "computing budget, allocation and prices", vi: "tính ngân sách, phân bổ và giá" },
  xlsx: { en: "writing the workbook", vi: "ghi sổ tính" },
  out: { en: "writing the tables (CSV, Parquet)", vi: "ghi các bảng (CSV, Parquet)" },
  json: { en: "writing JSON", vi: "ghi JSON" },
  report: { en: "writing the report", vi: "ghi báo cáo" },
};

/** What a counter counts, as its line shows it: the runs of a sensitivity, the draws of a Monte Carlo. */
export const COUNTER_LABELS = {
  runs: { en: "runs", vi: "lần chạy" },
  draws: { en: "draws", vi: "lần rút" },
} as const satisfies Readonly<Record<string, Readonly<Record<Language, string>>>>;
