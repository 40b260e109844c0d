/**
 * The costplan command line as a library: run it in-process (tests, other tools) with the
 * output captured. The `costplan` binary calls the same function.
 *
 * @example
 * const code = await main(["run", "--json"], { out: (t) => chunks.push(t), err: console.error });
 */
export { main } from "./main.js";
export type { Output } from "./output.js";
