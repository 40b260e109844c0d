import type { Language } from "@costplan/core";
import type { SingleBar } from "cli-progress";
import { silentProgress, STAGE_LABELS, type Progress, type ProgressStream, type Stage } from "./progress.js";

/** Options of {@link progressFor}. */
export interface ProgressOptions {
  readonly stream: ProgressStream | undefined;
  readonly quiet: boolean;
  /** Show nothing for a command that ends sooner than this. */
  readonly afterMs: number;
  readonly stages: readonly Stage[];
  readonly language: Language;
}

/**
 * Progress for a command: silent with --quiet, without a stream, or when the stream is not a
 * terminal (a pipe or a file must get no bar codes); otherwise a bar that appears once the
 * command has run for `afterMs`. cli-progress is loaded only then, so short commands never pay
 * for it.
 */
export function progressFor(options: ProgressOptions): Progress {
  const { stream, stages, language } = options;
  if (options.quiet || stream?.isTTY !== true) return silentProgress;
  const started = Date.now();
  let current: Stage | undefined;
  let bar: SingleBar | undefined;
  let loading = false;
  let over = false;

  const draw = (): void => {
    if (bar === undefined || current === undefined) return;
    bar.update(Math.max(0, stages.indexOf(current)), { stage: STAGE_LABELS[current][language] });
    // Stages change a few times a run, not many times a second: draw each one now rather
    // than at cli-progress's next throttled frame, which a synchronous stage would delay.
    bar.render();
  };
  const show = (): void => {
    if (loading || over) return;
    loading = true;
    void import("cli-progress").then(
      ({ SingleBar: Bar }) => {
        if (over) return;
        bar = new Bar({
          stream: stream as NodeJS.WritableStream,
          format: "costplan {bar} {value}/{total} {stage}",
          clearOnComplete: true,
          hideCursor: false,
          barsize: 20,
        });
        bar.start(stages.length, 0, { stage: "" });
        draw();
      },
      () => undefined,
    );
  };
  // The run itself is synchronous, so a timer only fires in the stages that wait on I/O;
  // a stage that begins late also shows the bar.
  const timer = setTimeout(show, options.afterMs);
  timer.unref();

  return {
    stage(stage) {
      current = stage;
      if (bar !== undefined) draw();
      else if (Date.now() - started >= options.afterMs) show();
    },
    done() {
      if (over) return;
      over = true;
      clearTimeout(timer);
      if (bar !== undefined) {
        bar.update(stages.length);
        bar.stop();
      }
    },
  };
}
