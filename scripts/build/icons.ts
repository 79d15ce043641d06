/**
 * Draws the add-in's icons (assets/icon-<size>.png): three rising bars, the ABC ranking, on a teal
 * tile. A few lines of PNG encoding with Node's zlib, so no image is downloaded or hand-edited.
 * Run `npx tsx scripts/build/icons.ts` to redraw them; the build copies assets/ as they are.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG of `size` × `size` from a pixel function. */
export function encodePng(size: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const [r, g, b, a] = pixel(x, y);
      raw[offset] = r; raw[offset + 1] = g; raw[offset + 2] = b; raw[offset + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The icon: a rounded teal tile with three white bars of rising height. */
export function iconPng(size: number): Buffer {
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
  mkdirSync('assets', { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(`assets/icon-${size}.png`, iconPng(size));
  console.log(`icons: ${ICON_SIZES.map((size) => `assets/icon-${size}.png`).join(', ')}`);
}
