import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPng } from '../../scripts/build/icons';

describe('icons', () => {
  it('the committed PNGs are what scripts/build/icons.ts draws, at the sizes the manifest names', () => {
    for (const size of ICON_SIZES) {
      const file = new Uint8Array(readFileSync(`src/excel/assets/icon-${size}.png`));
      expect(file).toEqual(iconPng(size));
      const view = new DataView(file.buffer, file.byteOffset);
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([size, size]);
    }
    const manifest = readFileSync('manifest.xml', 'utf8');
    for (const match of manifest.matchAll(/assets\/icon-(\d+)\.png/g)) expect(ICON_SIZES).toContain(Number(match[1]));
  });
});
