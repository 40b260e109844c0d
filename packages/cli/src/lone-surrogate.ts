/**
 * Where JSON text escapes half of a UTF-16 surrogate pair with no other half (`"\ud800"`). JSON.parse
 * accepts it, but the string is no character: written out as UTF-8 it becomes U+FFFD, so a name would
 * change without a word. Scanned only when the text holds such an escape at all (rare).
 *
 * @returns the offset of the escape's backslash and the escape as written, or undefined
 * @example loneSurrogateAt('{"a":"x\\ud800"}') // { offset: 7, escape: "\\ud800" }
 */
export function loneSurrogateAt(text: string): { offset: number; escape: string } | undefined {
  if (!/\\u[dD][89a-fA-F]/.test(text)) return undefined;
  const escape = /(\\+)u([dD][89a-fA-F][0-9a-fA-F]{2})/g;
  let pendingHigh: { offset: number; end: number; escape: string } | undefined;
  for (let m = escape.exec(text); m !== null; m = escape.exec(text)) {
    // An even run of backslashes is escaped backslashes followed by plain "u": no escape at all.
    if (m[1]!.length % 2 === 0) continue;
    const offset = m.index + m[1]!.length - 1;
    const unit = parseInt(m[2]!, 16);
    const high = unit < 0xdc00;
    if (pendingHigh !== undefined && (high || offset !== pendingHigh.end)) return { offset: pendingHigh.offset, escape: pendingHigh.escape };
    if (high) pendingHigh = { offset, end: m.index + m[0].length, escape: `\\u${m[2]!}` };
    else if (pendingHigh === undefined) return { offset, escape: `\\u${m[2]!}` };
    else pendingHigh = undefined;
  }
  return pendingHigh === undefined ? undefined : { offset: pendingHigh.offset, escape: pendingHigh.escape };
}
