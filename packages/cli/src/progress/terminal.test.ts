import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.js";
import { silentProgress } from "./progress.js";
import { progressFor } from "./terminal.js";

/** A stand-in for a terminal (or a pipe) that keeps what is written. */
function stream(isTTY: boolean): { isTTY: boolean; columns: number; text: string; write(t: string): boolean } {
  return {
    isTTY,
    columns: 100,
    text: "",
    write(t) {
      this.text += t;
      return true;
    },
  };
}
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 200));

describe("progress", () => {
  it("draws the stages on a terminal once the command has run for a while", async () => {
    const tty = stream(true);
    const p = progressFor({ stream: tty, quiet: false, afterMs: 0, stages: ["validate", "run", "out", "json"], language: "en" });
    p.stage("validate");
    await settle();
    p.stage("out");
    expect(tty.text).toContain("writing the tables (CSV, Parquet)");
    expect(tty.text).toMatch(/2\/4/);
    p.done();
  });

  it("writes in Vietnamese too", async () => {
    const tty = stream(true);
    const p = progressFor({ stream: tty, quiet: false, afterMs: 0, stages: ["validate", "run"], language: "vi" });
    p.stage("run");
    await settle();
    p.done();
    expect(tty.text).toContain("tính ngân sách, phân bổ và giá");
  });

  it("shows nothing for a command that ends sooner than the delay", async () => {
    const tty = stream(true);
    const p = progressFor({ stream: tty, quiet: false, afterMs: 60_000, stages: ["validate", "run"], language: "en" });
    p.stage("validate");
    p.stage("run");
    p.done();
    await settle();
    expect(tty.text).toBe("");
  });

  it("is silent with --quiet, without a stream, and when the stream is not a terminal", () => {
    const options = { afterMs: 0, stages: ["run"] as const, language: "en" as const };
    expect(progressFor({ ...options, stream: stream(true), quiet: true })).toBe(silentProgress);
    expect(progressFor({ ...options, stream: undefined, quiet: false })).toBe(silentProgress);
    expect(progressFor({ ...options, stream: stream(false), quiet: false })).toBe(silentProgress);
  });

  it("accepts --quiet (and -q) on run", async () => {
    expect((await runCli("run", "--json", "--quiet")).code).toBe(0);
    expect((await runCli("run", "--json", "-q")).code).toBe(0);
  });

  it("prints nothing on a stderr that is not a terminal, even with no delay", () => {
    const bin = fileURLToPath(new URL("../../bin/costplan.js", import.meta.url));
    const r = spawnSync(process.execPath, [bin, "run", "--json"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, COSTPLAN_PROGRESS_AFTER_MS: "0" },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });
});
