// The installed command, end to end: the built bin, a real process, real exit codes.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = fileURLToPath(new URL("../node_modules/.bin/costplan", import.meta.url));

function costplan(...args: string[]) {
  const r = spawnSync(bin, args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, COSTPLAN_LANG: "en" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the costplan command", () => {
  it("is linked by npm into node_modules/.bin (npm ci builds it through prepare)", () => {
    expect(existsSync(bin)).toBe(true);
  });

  it("prints the Bac Ninh summary as JSON", () => {
    const { code, stdout } = costplan("run", "--json");
    expect(code).toBe(0);
    const { summary } = JSON.parse(stdout) as { summary: Record<string, unknown> };
    expect(summary).toMatchObject({
      totalCost: 292_600_000_000,
      byOwnership: { public: 212_300_000_000, private: 80_300_000_000 },
      units: 56,
      target: 54,
      attainment: 56 / 54,
    });
  });

  it("exits 1 on an invalid model and 2 on a usage error, with no stack trace", () => {
    const invalid = costplan("validate", "test/fixtures/models/malformed.json");
    expect(invalid.code).toBe(1);
    expect(invalid.stderr.trim()).toBe("test/fixtures/models/malformed.json:5:5: the file is not valid JSON: expected ',' between entries");
    const usage = costplan("run", "--nope");
    expect(usage.code).toBe(2);
    expect(`${invalid.stderr}${usage.stderr}`).not.toMatch(/\n\s+at /);
  });

  it("stops quietly when the reader closes the pipe early (costplan run | head)", async () => {
    const child = spawn(bin, ["run", "--json"], { cwd: root, env: { ...process.env, COSTPLAN_LANG: "en" } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
