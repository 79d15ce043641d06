/**
 * The self-test's probe and its judge (src/panel/selfTest.ts), through the in-memory workbook's
 * port: every check passes on a host that keeps text as text, and each fault a real host could
 * have (a text turned into a formula or a number, a date a day or four years off, a lost cell, a
 * probe sheet left behind) fails its own row.
 */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/panel/memoryWorkbook';
import type { ProbeReadback } from '../../src/panel/port';
import { HOSTILE_TEXTS, judgeSelfTest, PROBE_BLOCK, probeSheet, selfTestReport } from '../../src/panel/selfTest';

async function readback(): Promise<{ workbook: MemoryWorkbook; back: ProbeReadback }> {
  const workbook = new MemoryWorkbook();
  workbook.addUserSheet('Sales', [['Client', 'Amount'], ['a', 1]]);
  const back = await workbook.selfTest(probeSheet('Client Value self-test'));
  return { workbook, back };
}

describe('self-test', () => {
  it('probes the hostile texts, a number, a share, a boolean, a date, a blank and a 1,200 × 40 block', () => {
    const { sheet, detailRows } = probeSheet('P');
    expect(detailRows).toBe(HOSTILE_TEXTS.length + 5);
    expect(sheet.values).toHaveLength(detailRows + PROBE_BLOCK.rows);
    expect(sheet.values.every((row) => row.length === 40)).toBe(true);
    expect(sheet.values.slice(0, HOSTILE_TEXTS.length).map((row) => row[1])).toEqual([...HOSTILE_TEXTS]);
  });

  it('passes every check on a host that keeps text as text, and leaves the workbook as it was', async () => {
    const { workbook, back } = await readback();
    const rows = judgeSelfTest(back, { dateSystem: 1900 }, 'en');
    expect(rows.filter((row) => !row.pass)).toEqual([]);
    expect(rows).toHaveLength(HOSTILE_TEXTS.length + 7);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sales']);
    const report = selfTestReport(rows, 'Client Value self-test · preview', 'en');
    expect(report.split('\n')[1]).toBe(`${rows.length} of ${rows.length} checks passed.`);
    expect(report).toContain('PASS\tText "=HYPERLINK(\\"x\\")" stays text, shown as written');
  });

  it('fails the row of each fault a real host could have', async () => {
    const { back } = await readback();
    const values = back.values.map((row) => [...row]);
    const displayed = back.displayed.map((row) => [...row]);
    values[0][1] = 'x'; // =HYPERLINK("x") evaluated
    values[3][1] = 123; // 00123 became a number
    displayed[HOSTILE_TEXTS.length + 3][1] = '2028-01-16'; // date shown in the wrong system
    values[HOSTILE_TEXTS.length + 5 + 700][13] = ''; // a lost block cell
    const rows = judgeSelfTest({ ...back, values, displayed, removed: false }, { dateSystem: 1904 }, 'ru');
    const failed = rows.filter((row) => !row.pass).map((row) => row.check);
    expect(failed).toEqual([
      'Текст "=HYPERLINK(\\"x\\")" остаётся текстом и показан как записан',
      'Текст "00123" остаётся текстом и показан как записан',
      'Дата 2024-01-15 — настоящая дата в системе дат 1904',
      `Блок 1200 × 40 записан и прочитан (запись: ${Math.round(back.writeMs)} мс)`,
      'Проверочный лист потом удалён',
    ]);
    expect(rows.find((row) => row.check.startsWith('Блок'))!.got).toBe(`1: R${HOSTILE_TEXTS.length + 5 + 701}C14: (blank)`);
  });

  it("accepts a date as the Excel serial of the workbook's own system", async () => {
    const { back } = await readback();
    const at = HOSTILE_TEXTS.length + 3;
    const as = (serial: number, system: 1900 | 1904) => {
      const values = back.values.map((row) => [...row]);
      values[at][1] = serial;
      return judgeSelfTest({ ...back, values }, { dateSystem: system }, 'en').find((row) => row.check.startsWith('The date'))!.pass;
    };
    expect([as(45306, 1900), as(43844, 1904), as(45306, 1904), as(43844, 1900)]).toEqual([true, true, false, false]);
  });
});
