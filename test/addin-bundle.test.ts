import { existsSync, readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../addin/dist/", import.meta.url));

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Loads the built functions bundle as Excel would, in a fresh context with a stub CustomFunctions. */
function loadBundle(): Map<string, (...args: unknown[]) => unknown> {
  const path = `${dist}functions.js`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build --workspace @costplan/excel-addin`);
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    Error: StubError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
  };
  // No Node globals in the context: the bundle must run in a browser runtime.
  runInNewContext(readFileSync(path, "utf8"), { CustomFunctions }, { filename: "functions.js" });
  return associated;
}

describe("the built custom-functions bundle, loaded outside Excel", () => {
  it("registers every id of functions.json and nothing else", () => {
    const metadata = JSON.parse(readFileSync(`${dist}functions.json`, "utf8")) as { functions: { id: string }[] };
    expect([...loadBundle().keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("spills COSTPLAN.ALLOCATE(100, {1;1;1}) as 34, 33, 33", () => {
    expect(loadBundle().get("ALLOCATE")!(100, [[1], [1], [1]], null)).toEqual([[34], [33], [33]]);
  });

  it("returns an error value, never throws, for text in a number cell", () => {
    const result = loadBundle().get("ALLOCATE")!(100, [["x"]], null) as unknown[][];
    expect(result[0]![0]).toMatchObject({ code: "#VALUE!", message: 'weights, cell A1: expected a number, got "x"' });
  });
});
