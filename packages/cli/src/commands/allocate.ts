import { allocateCosts, explainAllocation, parseAllocationProblem, parseTimeDrivenProblem, timeDrivenCosts, type Language, type Problem } from "@costplan/core";
import type { Invocation } from "../args.js";
import { moneyJson, moneyRecord } from "../json-money.js";
import { chooseLanguage } from "../language.js";
import { loadJson } from "../load.js";
import { located as placed, problemLines } from "../model-source.js";
import type { Output } from "../output.js";
import { renderAllocation, renderExplanation, renderTimeDriven } from "../render/allocation-report.js";

/** `costplan allocate PROBLEM.json [--json] [--explain CENTRE] [--lang vi|en]`. */
export async function allocateCommand(inv: Invocation, out: Output): Promise<number> {
  const file = inv.positionals[0]!;
  const lang = chooseLanguage(inv.lang);
  const loaded = await loadJson(file);
  if (!loaded.ok) return fail(out, problemLines(loaded.problems, lang));
  const located = (problems: readonly Problem[]): string[] =>
    problemLines(
      problems.map((p) => placed(p, loaded.locate)),
      lang,
    );

  const doc = loaded.document as { method?: unknown } | null;
  if (typeof doc === "object" && doc !== null && doc.method === "time-driven") {
    const parsed = parseTimeDrivenProblem(doc);
    if (!parsed.ok) return fail(out, located(parsed.problems));
    const result = timeDrivenCosts(parsed.problem);
    const c = result.currency;
    if (inv.json) {
      out.out(
        JSON.stringify(
          {
            ...result,
            total: moneyJson(result.total, c),
            unused: moneyJson(result.unused, c),
            resources: Object.fromEntries(
              Object.entries(result.resources).map(([id, r]) => [
                id,
                { ...r, cost: moneyJson(r.cost, c), charged: moneyJson(r.charged, c), unused: moneyJson(r.unused, c) },
              ]),
            ),
            services: Object.fromEntries(
              Object.entries(result.services).map(([id, s]) => [id, { ...s, total: moneyJson(s.total, c), byResource: moneyRecord(s.byResource, c) }]),
            ),
          },
          null,
          2,
        ),
      );
    } else out.out(renderTimeDriven(result, lang));
    return 0;
  }

  const parsed = parseAllocationProblem(doc);
  if (!parsed.ok) return fail(out, located(parsed.problems));
  const result = allocateCosts(parsed.problem);
  const c = result.currency;
  if (inv.explain !== undefined) {
    const explanation = explainAllocation(parsed.problem, inv.explain, result);
    if (inv.json) {
      out.out(
        JSON.stringify(
          {
            ...explanation,
            directCost: moneyJson(explanation.directCost, c),
            amount: moneyJson(explanation.amount, c),
            received: explanation.received.map((f) => ({ ...f, amount: moneyJson(f.amount, c) })),
            sent: explanation.sent.map((f) => ({ ...f, amount: moneyJson(f.amount, c) })),
            origins: explanation.origins.map((o) => ({
              ...o,
              amount: moneyJson(o.amount, c),
              paths: o.paths.map((p) => ({ ...p, amount: moneyJson(p.amount, c) })),
            })),
            reciprocated: explanation.reciprocated === undefined ? undefined : moneyRecord(explanation.reciprocated, c),
          },
          null,
          2,
        ),
      );
    } else out.out(renderExplanation(explanation, c, lang));
    return 0;
  }
  if (inv.json) {
    out.out(
      JSON.stringify(
        {
          method: result.method,
          currency: c,
          final: moneyRecord(result.final, c),
          support: moneyRecord(result.support, c),
          flows: result.flows.map((f) => ({ from: f.from, to: f.to, amount: moneyJson(f.amount, c), share: f.share })),
          total: moneyJson(result.total, c),
          order: result.order,
        },
        null,
        2,
      ),
    );
  } else out.out(renderAllocation(result, lang));
  return 0;
}

function fail(out: Output, lines: readonly string[]): number {
  for (const line of lines) out.err(line);
  return 1;
}

export type { Language };
