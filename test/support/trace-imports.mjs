// Preload for `node --import`: records every module the program imports, one URL a line, in the
// file named by COSTPLAN_TRACE_IMPORTS. The startup test uses it to see what a command loads.
import { register } from "node:module";

register("./trace-imports-hooks.mjs", import.meta.url);
