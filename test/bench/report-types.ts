import type { GenerateOptions } from "@costplan/core";

/** One measured figure: wall time (ms) and, where measured, peak RSS (MB); or why there is none. */
export type Measured =
  | { readonly ms: number; readonly rssMB?: number; readonly [extra: string]: unknown }
  | { readonly status: "timed out"; readonly timeoutS: number }
  | { readonly status: "failed"; readonly message: string };

/** costplan's own figures at one size. */
export interface SizeReport {
  readonly options: GenerateOptions;
  readonly services: number;
  validate: Measured | undefined;
  run: Measured | undefined;
  cliValidate: Measured | undefined;
  /** `costplan run --json --threads 1`. */
  cliRun: Measured | undefined;
  /** `costplan run --json --threads 2`: the facilities on two worker threads. */
  cliRunThreads2?: Measured | undefined;
  cliXlsx: Measured | undefined;
  /** `costplan run --json --out DIR` (the national size: its detail goes to tables). */
  cliRunOut?: Measured | undefined;
}

/** What `npm run bench -- --json` prints. */
export interface BenchReport {
  readonly machine: { readonly cores: number; readonly cpu: string; readonly memoryGB: number; readonly node: string; readonly platform: string };
  readonly sizes: Record<string, SizeReport>;
  bacNinh: Measured | undefined;
  peers:
    | {
        readonly size: string;
        readonly services: number;
        float: Measured | undefined;
        /** The size whose workbook LibreOffice and HyperFormula recalculated (the peers' size unless it could not be written in time). */
        workbookSize: string | undefined;
        workbookNote: string | undefined;
        /** costplan's runModel at the workbook's size, when that is not the peers' size. */
        runAtWorkbookSize?: Measured | undefined;
        libreoffice: Measured | undefined;
        hyperformula: Measured | undefined;
      }
    | undefined;
  /** costplan's runModel time over each peer's time (above 1: costplan is slower). */
  ratios: Record<string, number | undefined>;
}
