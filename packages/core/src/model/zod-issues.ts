import type * as z from "zod";
import { expectation } from "./expectations.js";
import { jsonPath, problem, shown, type Problem } from "./problem.js";

/**
 * Turns zod's issues into problems a finance officer can act on. The schema tags each
 * leaf with `expect:KEY`, so the message says what that field expects in both languages
 * and quotes what was found.
 */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): Problem[] {
  // Two checks of one value can both fail (1e20 is neither a safe integer nor under the maximum),
  // and both say the same "expected ..., got ...": the line is shown once.
  const seen = new Set<string>();
  return issues
    .flatMap((issue) => fromIssue(issue))
    .filter((p) => {
      const line = `${p.path}\u0000${p.message.en}`;
      if (seen.has(line)) return false;
      seen.add(line);
      return true;
    });
}

function fromIssue(issue: z.core.$ZodIssue): Problem[] {
  const path = jsonPath(issue.path);
  const key = issue.message.startsWith("expect:") ? issue.message.slice("expect:".length) : "";
  const words = expectation(key);
  const hasInput = "input" in issue && issue.input !== undefined;
  const received = shown(hasInput ? issue.input : undefined);

  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((k) => problem(jsonPath([...issue.path, k]), "unknown-key", { key: k }));
    case "invalid_union":
      if (issue.discriminator !== undefined && issue.errors.length === 0) {
        const found = isRecord(issue.input) ? issue.input[issue.discriminator] : undefined;
        if (found === undefined) return [problem(path, "required", { expected: words.en, expectedVi: words.vi })];
        return [problem(path, "invalid-format", { expected: words.en, expectedVi: words.vi, received: shown(found) })];
      }
      break;
    default:
      break;
  }
  if (!hasInput) return [problem(path, "required", { expected: words.en, expectedVi: words.vi })];
  return [problem(path, "expected-type", { expected: words.en, expectedVi: words.vi, received })];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
