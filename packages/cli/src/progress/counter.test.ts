import { describe, expect, it } from "vitest";
import { counterFor } from "./counter.js";

function stream(isTTY: boolean): { isTTY: boolean; text: string; write(t: string): boolean } {
  return {
    isTTY,
    text: "",
    write(t) {
      this.text += t;
      return true;
    },
  };
}

describe("run counter", () => {
  it("draws the count on a terminal, in the user's language, and clears it when done", () => {
    const tty = stream(true);
    const c = counterFor(tty, false, { en: "draws", vi: "lần rút" }, "vi");
    c.tick(1, 10);
    c.tick(10, 10);
    expect(tty.text).toContain("10/10 lần rút");
    c.done();
    expect(tty.text.endsWith("\r\x1b[2K")).toBe(true);
  });

  it("writes nothing on a pipe or with --quiet", () => {
    const pipe = stream(false);
    counterFor(pipe, false, { en: "runs", vi: "lần chạy" }, "en").tick(1, 1);
    const quiet = stream(true);
    counterFor(quiet, true, { en: "runs", vi: "lần chạy" }, "en").tick(1, 1);
    expect(pipe.text + quiet.text).toBe("");
  });
});
