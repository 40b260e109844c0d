import { deflateSync } from "node:zlib";

/** CRC-32 of PNG chunks (ISO 3309), table-driven. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * The add-in's icon as an RGBA PNG of `size` pixels: a teal tile with three white bars
 * rising left to right (a budget growing by year). Drawn here so the repository carries no
 * binary image and every size is sharp.
 */
export function iconPng(size: number): Uint8Array {
  const raw = new Uint8Array(size * (size * 4 + 1));
  const bars = [0.35, 0.55, 0.8];
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x += 1) {
      const fx = (x + 0.5) / size;
      const fy = 1 - (y + 0.5) / size;
      const bar = Math.floor((fx - 0.15) / 0.25);
      const inBar = fx > 0.15 && fx < 0.85 && (fx - 0.15) % 0.25 < 0.18 && fy > 0.15 && fy < 0.15 + (bars[bar] ?? 0) * 0.75;
      const i = y * (size * 4 + 1) + 1 + x * 4;
      raw.set(inBar ? [255, 255, 255, 255] : [0, 121, 107, 255], i);
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
  const parts = [signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
