/*
 * `JSON.stringify(value, null, 2)` in pieces. A national run's JSON (the allocation of 1,700
 * facilities through 60 centres, six years) is larger than the longest string V8 can hold
 * (about 512 MB), so `run --json` failed at the very end with "Invalid string length". The
 * pieces are the same text cut at the first levels of the document; each piece below them is
 * JSON.stringify's own, re-indented, so the bytes are JSON.stringify's whatever the size.
 */

const INDENT = "  ";

/**
 * The text of `JSON.stringify(value, null, 2)`: one string while V8 can hold it, else the
 * pieces `jsonPieces` cuts.
 *
 * @param stringifyWhole - how the whole text is made (for tests: one that throws as V8 does past its longest string)
 * @example [...jsonChunks({ a: [1, 2] })].join("") === JSON.stringify({ a: [1, 2] }, null, 2) // true
 */
export function* jsonChunks(value: unknown, levels = 3, stringifyWhole: (value: unknown) => string | undefined = wholeText): Generator<string> {
  // One string while it fits (a province's 25 MB: cutting it into pieces cost more than the run's
  // pricing); the pieces only when V8 cannot hold the text ("Invalid string length", a RangeError).
  let whole: string | undefined;
  try {
    whole = stringifyWhole(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    yield* jsonPieces(value, levels);
    return;
  }
  yield whole ?? "null";
}

const wholeText = (value: unknown): string | undefined => JSON.stringify(value, null, 2);

/**
 * The text of `JSON.stringify(value, null, 2)` as a sequence of pieces, cut at each entry of
 * the objects and arrays of the first `levels` levels.
 *
 * @example [...jsonPieces({ a: [1, 2] })].join("") === JSON.stringify({ a: [1, 2] }, null, 2) // true
 */
export function* jsonPieces(value: unknown, levels = 3): Generator<string> {
  yield* pieces(value, "", 0, levels);
}

function* pieces(input: unknown, key: string, level: number, levels: number): Generator<string> {
  const value = withToJson(input, key);
  const container = typeof value === "object" && value !== null && !isBoxed(value);
  if (!container || level >= levels) {
    const text = JSON.stringify(value, null, 2) as string | undefined;
    yield text === undefined ? "null" : level === 0 ? text : text.replaceAll("\n", `\n${INDENT.repeat(level)}`);
    return;
  }
  const inner = `\n${INDENT.repeat(level + 1)}`;
  const outer = `\n${INDENT.repeat(level)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    for (let i = 0; i < value.length; i += 1) {
      yield `${i === 0 ? "[" : ","}${inner}`;
      // An entry JSON cannot write (undefined, a function) is null in an array, as JSON.stringify writes it.
      yield* omitted(withToJson(value[i], String(i))) ? ["null"] : pieces(value[i], String(i), level + 1, levels);
    }
    yield `${outer}]`;
    return;
  }
  const entries = Object.keys(value).filter((k) => !omitted(withToJson((value as Record<string, unknown>)[k], k)));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  for (const [i, k] of entries.entries()) {
    yield `${i === 0 ? "{" : ","}${inner}${JSON.stringify(k)}: `;
    yield* pieces((value as Record<string, unknown>)[k], k, level + 1, levels);
  }
  yield `${outer}}`;
}

/** What JSON.stringify writes for a value that has `toJSON` (a Date, say): the value it returns. */
function withToJson(value: unknown, key: string): unknown {
  const toJSON = typeof value === "object" && value !== null ? (value as { toJSON?: unknown }).toJSON : undefined;
  return typeof toJSON === "function" ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

const omitted = (v: unknown): boolean => v === undefined || typeof v === "function" || typeof v === "symbol";
const isBoxed = (v: object): boolean => v instanceof Number || v instanceof String || v instanceof Boolean;
