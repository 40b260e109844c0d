import { writeSync } from "node:fs";
import { chooseLanguage } from "./language.js";
import { main } from "./main.js";
import { removeTemporariesOnSignal, removeTracked } from "./write/temporaries.js";

// A reader that stops early (`costplan run | head`) closes the pipe: that is not an error.
let failed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    // Output redirected to a full disk (`run --json > out.json`): one line, no stack trace.
    // Written straight to the descriptor; if stderr itself fails there is no one to tell. Core
    // is imported only here, so that `--version` still loads no package.
    if (failed) return;
    failed = true;
    removeTracked();
    void import("@costplan/core")
      .then(({ message }) => {
        writeSync(2, `costplan: ${message("output-failed", chooseLanguage(undefined), { reason: error.code ?? "error" })}\n`);
      })
      .catch(() => undefined)
      .finally(() => process.exit(1));
  });
}

// A run stopped by Ctrl-C or SIGTERM removes its temporary outputs (exit 130 or 143).
removeTemporariesOnSignal();

process.exitCode = await main(process.argv.slice(2));
