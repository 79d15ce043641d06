/**
 * The CDNOW sample (Fader, Hardie and Lee 2005) read from ../shared/reference/lifetimes as sales
 * columns: one row per transaction line `master_id sample_id yyyymmdd n_cds dollars`, client =
 * sample_id (1..2357, so client index = sample_id − 1 and matches the summary files' ID − 1).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dayFromYmd } from '../../../../shared/table/dates';

export const LIFETIMES_DIR = path.resolve(process.cwd(), '../shared/reference/lifetimes');
export const CDNOW_CALIBRATION_END = dayFromYmd(1997, 9, 30);

export interface CdnowColumns {
  readonly client: Int32Array;
  readonly day: Float64Array;
  readonly amount: Float64Array;
  readonly clientCount: number;
  readonly clients: readonly { name: string }[];
}

export function readCdnowSample(): CdnowColumns {
  const lines = readFileSync(path.join(LIFETIMES_DIR, 'CDNOW_sample.txt'), 'utf8').trim().split(/\r?\n/);
  const client = new Int32Array(lines.length);
  const day = new Float64Array(lines.length);
  const amount = new Float64Array(lines.length);
  let clientCount = 0;
  lines.forEach((line, row) => {
    const [, sampleId, ymd, , dollars] = line.trim().split(/\s+/);
    client[row] = Number(sampleId) - 1;
    day[row] = dayFromYmd(Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)), Number(ymd.slice(6, 8)));
    amount[row] = Number(dollars);
    clientCount = Math.max(clientCount, client[row] + 1);
  });
  const clients = Array.from({ length: clientCount }, (_, c) => ({ name: String(c + 1) }));
  return { client, day, amount, clientCount, clients };
}

/** A CSV of the reference folder as rows of numbers (header dropped). */
export function readReferenceCsv(name: string): number[][] {
  return readFileSync(path.join(LIFETIMES_DIR, name), 'utf8').trim().split(/\r?\n/).slice(1)
    .map((line) => line.split(',').map(Number));
}
