import { main } from "./main.js";
import { removeTemporariesOnSignal } from "./write/temporaries.js";

// A reader that stops early (`costplan run | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// A run stopped by Ctrl-C or SIGTERM removes its temporary outputs (exit 130 or 143).
removeTemporariesOnSignal();

process.exitCode = await main(process.argv.slice(2));
