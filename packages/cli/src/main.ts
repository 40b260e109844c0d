import { languageFlag, parseInvocation, repeatedScenario, UsageError, type Invocation } from "./args.js";
import { chooseLanguage } from "./language.js";
import { processOutput, type Output } from "./output.js";
import { usage } from "./usage.js";
import { version } from "./version.js";

/**
 * Runs the command line and returns its exit code: 0 ok, 1 invalid input, 2 usage
 * error. Never lets a stack trace reach the user unless --debug is given. Each command's
 * module, and core with it, is imported only when that command runs, so `--version` and
 * `help` start at once.
 */
export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
  // generate has options of its own (sizes and counts), so it reads its own arguments,
  // including a --lang given before the command word.
  const word = argv[0] === "--lang" ? 2 : 0;
  const repeated = repeatedScenario(argv);
  if (repeated > 1) {
    // node:util's parseArgs keeps the last of a repeated option without a word: a run would silently drop a scenario.
    const lang = chooseLanguage(languageFlag(argv));
    const { message } = await import("@costplan/core");
    out.err(`costplan: ${message("usage-repeated-option", lang, { option: "scenario", count: repeated })}`);
    out.err(usage(lang));
    return 2;
  }
  // Every command's --help is the help, whichever command reads its own arguments.
  const options = argv.includes("--") ? argv.slice(0, argv.indexOf("--")) : argv;
  if (options.includes("--help") || options.includes("-h")) {
    out.out(usage(chooseLanguage(languageFlag(argv))));
    return 0;
  }
  if (argv[word] === "compare") return (await import("./commands/compare.js")).compareCommand([...argv.slice(0, word), ...argv.slice(word + 1)], out);
  if (argv[word] === "sensitivity")
    return (await import("./commands/sensitivity.js")).sensitivityCommand([...argv.slice(0, word), ...argv.slice(word + 1)], out);
  if (argv[word] === "simulate") return (await import("./commands/simulate.js")).simulateCommand([...argv.slice(0, word), ...argv.slice(word + 1)], out);
  if (argv[word] === "report") return (await import("./commands/report.js")).reportCommand([...argv.slice(0, word), ...argv.slice(word + 1)], out);
  if (argv[word] === "generate") return (await import("./commands/generate.js")).generateCommand([...argv.slice(0, word), ...argv.slice(word + 1)], out);
  let inv: Invocation;
  try {
    inv = parseInvocation(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      const lang = chooseLanguage(languageFlag(argv));
      const text = (await import("@costplan/core")).message(error.code, lang, error.params);
      out.err(`costplan: ${text}`);
      out.err(usage(lang));
      return 2;
    }
    throw error;
  }
  try {
    switch (inv.command) {
      case "help":
        out.out(usage(chooseLanguage(inv.lang)));
        return 0;
      case "version":
        out.out(version);
        return 0;
      case "validate":
        return await (await import("./commands/validate.js")).validateCommand(inv, out);
      case "run":
        return await (await import("./commands/run.js")).runCommand(inv, out);
      case "allocate":
        return await (await import("./commands/allocate.js")).allocateCommand(inv, out);
      case "template":
        return await (await import("./commands/template.js")).templateCommand(inv, out);
    }
  } catch (error) {
    const lang = chooseLanguage(inv.lang);
    // Every command has loaded core by the time it throws one of core's errors.
    const { CostplanError, MoneyRangeError, message } = await import("@costplan/core");
    if (error instanceof CostplanError) {
      out.err(`costplan: ${error.messages[lang]}`);
      if (inv.debug) out.err(error.stack ?? "");
      return 1;
    }
    if (error instanceof MoneyRangeError) {
      out.err(`costplan: ${message("amount-beyond-exact-range", lang, { detail: error.messages[lang] })}`);
      return 1;
    }
    out.err(`costplan: ${message("internal-error", lang, { detail: (error as Error).message })}`);
    if (inv.debug) out.err((error as Error).stack ?? "");
    return 70;
  }
}
