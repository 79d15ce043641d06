/**
 * How the command line reads the CSV files people really have (issue 10, items 8, 13, 14): mixed
 * line ends, a UTF-8 file with one stray byte, title lines above the header. Every case runs the
 * CLI's entry point (`main`), as `client-value segment FILE --json` does.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { windows1251 } from '../helpers/windows1251';
import { runCli } from './runCli';

const fixture = (name: string) => readFileSync(resolve(__dirname, 'fixtures', name), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);


async function segment(bytes: Uint8Array, env?: Record<string, string>) {
  const { code, stdout, stderr } = await runCli(['segment', 'f.csv', '--json'], { 'f.csv': bytes }, env);
  return { code, stderr, json: code === 0 ? JSON.parse(stdout) : undefined };
}
const clientsOf = (json: { clients: { client: string; turnover: number; orders: number }[] }) =>
  json.clients.map((c) => [c.client, c.turnover, c.orders]);

describe('item 8: mixed line ends', () => {
  it('a CRLF file with LF rows appended and a lone-CR row reads every sale (hand-checkable)', async () => {
    const text = 'Client;Date;Amount\r\nAlpha;10.01.2024;100\r\nBeta;11.01.2024;200\r\n' + // Excel's CRLF
      'Alpha;12.01.2024;300\nGamma;13.01.2024;400\n' + // rows appended by a Unix tool
      'Beta;14.01.2024;500\r' + // a classic-Mac line end
      'Alpha;15.01.2024;600\r\n';
    const { code, json } = await segment(utf8(text));
    expect(code).toBe(0);
    expect(json.summary).toMatchObject({ rowsUsed: 6, rowsSkipped: 0, clients: 3, turnover: 2100 });
    expect(clientsOf(json)).toEqual([['Alpha', 1000, 3], ['Beta', 700, 2], ['Gamma', 400, 1]]);
  });

  it('a line break inside a quoted field stays part of the value (CRLF and LF there)', async () => {
    const text = 'Client;Date;Amount;Comment\r\nAlpha;10.01.2024;100;"two\r\nlines"\nBeta;11.01.2024;200;"one\nmore"\r\nAlpha;12.01.2024;300;x\r\n';
    const { json } = await segment(utf8(text));
    expect(json.summary).toMatchObject({ rowsUsed: 3, clients: 2, turnover: 600 });
    expect(clientsOf(json)).toEqual([['Alpha', 400, 2], ['Beta', 200, 1]]);
  });

  it('property: rows joined with any mix of \\r\\n, \\n and \\r are all read', async () => {
    const row = fc.record({
      client: fc.constantFrom('Alpha', 'ООО «Ромашка»', 'Beta LLC', 'ТОВ Світанок'),
      day: fc.integer({ min: 1, max: 28 }),
      amount: fc.integer({ min: 1, max: 100_000 }),
      quotedNote: fc.boolean(),
    });
    const ending = fc.constantFrom('\r\n', '\n', '\r');
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(row, ending), { minLength: 1, maxLength: 12 }), ending, fc.boolean(), async (rows, afterHeader, trailing) => {
      let text = `Client;Date;Amount;Note${afterHeader}`;
      rows.forEach(([r, end], i) => {
        const note = r.quotedNote ? `"note${end}inside"` : 'plain';
        text += `${r.client};${String(r.day).padStart(2, '0')}.03.2024;${r.amount};${note}`;
        if (i < rows.length - 1 || trailing) text += end;
      });
      const { code, json } = await segment(utf8(text));
      expect(code).toBe(0);
      expect(json.summary.rowsUsed).toBe(rows.length);
      expect(json.summary.rowsSkipped).toBe(0);
      expect(json.summary.turnover).toBe(rows.reduce((sum, [r]) => sum + r.amount, 0));
      expect(json.summary.clients).toBe(new Set(rows.map(([r]) => r.client)).size);
    }), { numRuns: 60 });
  });
});

describe('item 13: one stray byte in a UTF-8 file', () => {
  const text = fixture('semicolon.csv');
  const expected = [['ООО «Ромашка»', 3000, 3], ['ТОВ Світанок', 1500, 1], ['ИП Петров', 400, 1]];

  /** The UTF-8 bytes of the fixture with a byte 0xFF (never valid UTF-8) at the end of each listed line (the invoice column). */
  function withStrayBytes(...lines: number[]): Uint8Array {
    const bytes = text.split('\n').map((line, i) => [...utf8(line), ...(lines.includes(i + 1) ? [0xff] : [])]);
    return Uint8Array.from(bytes.flatMap((line, i) => (i === 0 ? line : [0x0a, ...line])));
  }

  it('is read as UTF-8 (the names stay right) and a warning names the row of the bad byte', async () => {
    const { code, json, stderr } = await segment(withStrayBytes(5)); // line 5: ИП Петров;20.01.2024;500;З-4
    expect(code).toBe(0);
    expect(clientsOf(json)).toEqual(expected); // before: read as Windows-1251, every name garbled (ООО → РћРћРћ)
    expect(stderr).toBe('Warning: "f.csv" is read as UTF-8 (almost all of its text is valid UTF-8), but 1 byte is not valid UTF-8, in 1 row: 5. They are shown as \uFFFD; check the names and amounts in that row.\n');
  });

  it('the warning in Russian and Ukrainian, with two rows', async () => {
    const bytes = withStrayBytes(2, 8);
    const ru = await segment(bytes, { LANG: 'ru_RU.UTF-8' });
    expect(ru.code).toBe(0);
    expect(ru.stderr).toBe('Внимание: «f.csv» прочитан как UTF-8 (почти весь текст в нем — правильный UTF-8), но 2 байта в нем не UTF-8, в 2 строках: 2, 8. Они показаны как \uFFFD; проверьте названия и суммы в этих строках.\n');
    const uk = await segment(bytes, { LANG: 'uk_UA.UTF-8' });
    expect(uk.stderr).toBe('Увага: «f.csv» прочитано як UTF-8 (майже весь текст у ньому — правильний UTF-8), але 2 байти у ньому не UTF-8, у 2 рядках: 2, 8. Вони показані як \uFFFD; перевірте назви й суми в цих рядках.\n');
  });

  it('real Windows-1251 files still read as Windows-1251, silently (Russian and Ukrainian text)', async () => {
    const ru = await segment(windows1251(text));
    expect(ru.stderr).toBe('');
    expect(clientsOf(ru.json)).toEqual(expected);
    const uk = await segment(windows1251(fixture('tab.tsv').toUpperCase())); // capitals: the most UTF-8-like Windows-1251 (ВІ = C2 B2)
    expect(uk.stderr).toBe('');
    expect(uk.json.clients.map((c: { client: string }) => c.client)).toEqual(['ТОВ СВІТАНОК', 'ФОП КОВАЛЬ']);
  });
});

describe('item 14: title lines above the header', () => {
  const titles = ['Sales report Q1 2024', 'Отчет о продажах; 1 квартал, 2024'];
  const cases: [string, string][] = [['semicolon.csv', ';'], ['comma.csv', ','], ['tab.tsv', '\t']];

  it.each(cases.flatMap(([file, sep]) => [1, 2].map((count) => [file, sep, count] as const)))('%s (separator %j) with %i title line(s) reads as without them', async (file, _sep, count) => {
    const text = fixture(file);
    const plain = await segment(utf8(text));
    const titled = await segment(utf8(`${titles.slice(0, count).join('\n')}\n${text}`));
    expect(titled.code).toBe(0);
    expect(clientsOf(titled.json)).toEqual(clientsOf(plain.json));
    expect(titled.json.summary.rowsUsed).toBe(plain.json.summary.rowsUsed);
    // The skipped rows keep the file's line numbers: shifted by the title lines.
    expect(titled.json.skipped.map((s: { row: number; code: string }) => [s.row - count, s.code]))
      .toEqual(plain.json.skipped.map((s: { row: number; code: string }) => [s.row, s.code]));
  });

  it('hand-checkable: a title line with commas above a semicolon header', async () => {
    const { code, json } = await segment(utf8('Sales report, Q1, 2024, all regions\nClient;Date;Amount\nAlpha;10.01.2024;1 200,50\nBeta;11.01.2024;300\n'));
    expect(code).toBe(0);
    expect(clientsOf(json)).toEqual([['Alpha', 1200.5, 1], ['Beta', 300, 1]]);
  });
});
