/**
 * The number of entries a zip's end-of-central-directory record declares, read from the
 * file's last bytes without reading the directory: a zip of a million empty entries is
 * refused before any object is made per entry. A zip64 file (65,535 entries or more) reads as
 * `Infinity`, which no workbook limit allows. `undefined` when there is no such record
 * (not a zip: the loader says so).
 */
export function zipEntryCount(data: Uint8Array): number | undefined {
  const EOCD = 0x06054b50;
  const RECORD = 22;
  // The record ends the file but for a comment of at most 65,535 bytes.
  const earliest = Math.max(0, data.length - RECORD - 0xffff);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = data.length - RECORD; at >= earliest; at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const entries = view.getUint16(at + 10, true);
    return entries === 0xffff ? Infinity : entries;
  }
  return undefined;
}
