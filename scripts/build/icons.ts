/**
 * Draws the add-in's icons (src/excel/assets/icon-<size>.png): three rising bars, the ABC ranking, on a teal
 * tile. A few lines of PNG encoding with Node's zlib, so no image is downloaded or hand-edited.
 * Run `npx tsx scripts/build/icons.ts` to redraw them; the build copies src/excel/assets/ as they are.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) { out.set(part, offset); offset += part.length; }
  return out;
}

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat([new TextEncoder().encode(type), data]);
  return concat([uint32(data.length), body, uint32(crc32(body))]);
}

/** An RGBA PNG of `size` × `size` from a pixel function. */
export function encodePng(size: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Uint8Array {
  const raw = new Uint8Array(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const [r, g, b, a] = pixel(x, y);
      raw[offset] = r; raw[offset + 1] = g; raw[offset + 2] = b; raw[offset + 3] = a;
    }
  }
  const header = concat([uint32(size), uint32(size), new Uint8Array([8, 6, 0, 0, 0])]);
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', new Uint8Array(deflateSync(raw))), chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The icon: a rounded teal tile with three white bars of rising height. */
export function iconPng(size: number): Uint8Array {
  const radius = size * 0.18;
  const bars = [0.35, 0.6, 0.85];
  return encodePng(size, (x, y) => {
    const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
    const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
    if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius ** 2) return [0, 0, 0, 0];
    const u = (x + 0.5) / size;
    const v = 1 - (y + 0.5) / size;
    for (let i = 0; i < bars.length; i++) {
      const left = 0.2 + i * 0.22;
      if (u >= left && u < left + 0.16 && v >= 0.15 && v < 0.15 + bars[i] * 0.75) return [255, 255, 255, 255];
    }
    return [0, 121, 107, 255];
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')) {
  mkdirSync('src/excel/assets', { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(`src/excel/assets/icon-${size}.png`, iconPng(size));
  console.log(`icons: ${ICON_SIZES.map((size) => `src/excel/assets/icon-${size}.png`).join(', ')}`);
}
