import { describe, expect, it } from "vitest";
import { loneSurrogateAt } from "./lone-surrogate.js";

describe("loneSurrogateAt", () => {
  it("finds a high or a low half written alone, and passes a whole pair", () => {
    expect(loneSurrogateAt('{"a":"x\\ud800"}')).toEqual({ offset: 7, escape: "\\ud800" });
    expect(loneSurrogateAt('{"a":"\\uDC00x"}')).toEqual({ offset: 6, escape: "\\uDC00" });
    expect(loneSurrogateAt('{"a":"\\ud83d\\ude00"}')).toBeUndefined();
    expect(loneSurrogateAt('{"a":"\\ud83d x\\ude00"}')).toEqual({ offset: 6, escape: "\\ud83d" });
    expect(loneSurrogateAt('{"a":"\\ud83d\\ud83d\\ude00"}')).toEqual({ offset: 6, escape: "\\ud83d" });
  });

  it("leaves an escaped backslash followed by the letters ud800 alone", () => {
    expect(loneSurrogateAt('{"a":"\\\\ud800"}')).toBeUndefined();
    expect(loneSurrogateAt('{"a":"\\\\\\ud800"}')).toEqual({ offset: 8, escape: "\\ud800" });
  });
});
