/**
 * Two small sales sheets for the lifetime-value cases of issue 10 (item 5), written out so they can
 * be checked by hand: 40 repeat buyers R1…R40 and 15 one-time buyers O1…O15 over 2024, calibrated
 * to 2024-12-31.
 *
 * - R(i+1), i = 0…39, buys 2 + i mod 4 times, every (15 + 7i mod 40) days from day 5i mod 90 of
 *   2024; O(j+1), j = 0…14, buys once, on day 10 + 9j, for 30 + j.
 * - `spread`: R(i+1) pays round(1 + 99·(i/39)³) at every purchase, so the repeat buyers' spends run
 *   from 1 (R1) to 100 (R40), most of them small. With no penalty Gamma-Gamma fits q ≈ 7.70; with
 *   the penalty 0.001 it fits q ≈ 0.654 ≤ 1 (the mean spend is then infinite).
 * - `constant`: every purchase is 50.
 */
export type ClvSheet = 'spread' | 'constant';

export function clvSheetRows(sheet: ClvSheet): [string, string, number][] {
  const iso = (day: number) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
  const rows: [string, string, number][] = [];
  for (let i = 0; i < 40; i++) {
    const purchases = 2 + (i % 4);
    const gap = 15 + ((i * 7) % 40);
    const start = (i * 5) % 90;
    const spend = sheet === 'constant' ? 50 : Math.round(1 + 99 * Math.pow(i / 39, 3));
    for (let k = 0; k < purchases; k++) rows.push([`R${i + 1}`, iso(start + k * gap), spend]);
  }
  for (let j = 0; j < 15; j++) rows.push([`O${j + 1}`, iso(10 + j * 9), sheet === 'constant' ? 50 : 30 + j]);
  return rows;
}

export function clvSheetCsv(sheet: ClvSheet): Uint8Array {
  const lines = ['client;date;amount', ...clvSheetRows(sheet).map((row) => row.join(';'))];
  return new TextEncoder().encode(lines.join('\n'));
}
