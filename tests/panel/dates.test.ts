/**
 * Issue 10, items 2 and 3 through the panel's analysis and writer path: the options a panel run
 * sends (panelAnalysisOptions: the manager's stored options, the workbook's date system and locale)
 * → analyzeSales → the Client summary sheet. One mistyped date is named there by row and left out
 * unless "Keep unusual dates" is ticked; slash dates follow the workbook locale.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSales } from '../../shared/pipeline/analyzeSales';
import { dayFromYmd } from '../../shared/table/dates';
import { MemoryWorkbook } from '../../src/panel/memoryWorkbook';
import { defaultPanelOptions, panelAnalysisOptions, parsePanelOptions, serializePanelOptions } from '../../src/panel/settings';
import { writeAnalysis } from '../../src/panel/writer';

const yes = async () => true;
const TODAY = dayFromYmd(2026, 12, 2);

// Sheet rows 2..9: A and B monthly in 2024; row 10 a typo after today; row 11 15.03.69 (= 1969).
const SALES = [
  ['Клиент', 'Дата', 'Сумма'],
  ['A', '15.01.2024', 100], ['B', '20.01.24', 200], ['A', '15.02.2024', 100], ['B', '20.02.24', 200],
  ['A', '15.03.2024', 100], ['B', '20.03.24', 200], ['A', '15.04.2024', 100], ['B', '20.04.24', 200],
  ['C', '15.03.2031', 500], ['C', '15.03.69', 700],
];

async function summaryTexts(cells: (string | number)[][], options: ReturnType<typeof panelAnalysisOptions>): Promise<string[]> {
  const workbook = new MemoryWorkbook();
  workbook.addUserSheet('Sales', cells);
  const analysis = analyzeSales(cells, { ...options, today: TODAY });
  expect((await writeAnalysis(workbook, analysis, { lang: 'en', confirmReplace: yes })).status).toBe('written');
  return workbook.values('Client summary').flat().filter((cell): cell is string => typeof cell === 'string');
}

describe('panel: unusual dates', () => {
  it('are named on the Client summary by row and left out of the as-of day; the option keeps them', async () => {
    const context = { dateSystem: 1900 as const, locale: 'en-US' };
    const options = panelAnalysisOptions(defaultPanelOptions(), {}, context, 'en');
    const analysis = analyzeSales(SALES, { ...options, today: TODAY });
    expect(analysis.summary).toMatchObject({ asOf: dayFromYmd(2024, 4, 20), turnover: 1200, clients: 2 });
    const texts = await summaryTexts(SALES, options);
    expect(texts.some((text) => text.startsWith('⚠ 1 row is dated after today (2026-12-02), left out so as not to move the analysis date: 10 (2031-03-15).'))).toBe(true);
    expect(texts.some((text) => text.includes('far from the rest of the dates') && text.includes('11 (1969-03-15)'))).toBe(true);

    // Ticking the box is stored with the team's options and reaches the analysis.
    const ticked = parsePanelOptions(serializePanelOptions({ ...defaultPanelOptions(), keepUnusualDates: true }));
    expect(ticked.keepUnusualDates).toBe(true);
    expect(parsePanelOptions(serializePanelOptions(defaultPanelOptions())).keepUnusualDates).toBe(false);
    const kept = analyzeSales(SALES, { ...panelAnalysisOptions(ticked, {}, context, 'en'), today: TODAY });
    expect(kept.summary).toMatchObject({ asOf: dayFromYmd(2031, 3, 15), turnover: 2400, clients: 3 });
  });
});

describe('panel: slash dates follow the workbook locale', () => {
  const cells = [['Client', 'Date', 'Amount'], ['A', '03/04/2024', 10], ['B', '05/06/2024', 20]];
  it('en-US reads 03/04/2024 as 4 March, ru-RU and en-GB as 3 April', () => {
    const first = (locale: string) => analyzeSales(cells, panelAnalysisOptions(defaultPanelOptions(), {}, { dateSystem: 1900, locale }, 'en'))
      .clients.find((row) => row.client === 'A')!.firstPurchase;
    expect(first('en-US')).toBe(dayFromYmd(2024, 3, 4));
    expect(first('ru-RU')).toBe(dayFromYmd(2024, 4, 3));
    expect(first('en-GB')).toBe(dayFromYmd(2024, 4, 3));
  });

  it('a cell that proves day-first (15/03/2024) overrides en-US, and the summary sheet says so', async () => {
    const proving = [...cells, ['C', '15/03/2024', 30]];
    const analysis = analyzeSales(proving, panelAnalysisOptions(defaultPanelOptions(), {}, { dateSystem: 1900, locale: 'en-US' }, 'en'));
    expect(analysis.clients.find((row) => row.client === 'A')!.firstPurchase).toBe(dayFromYmd(2024, 4, 3));
    expect(analysis.notes.map((note) => note.message.key)).toEqual(['table.note.slashDatesDayFirst']);
    const texts = await summaryTexts(proving, panelAnalysisOptions(defaultPanelOptions(), {}, { dateSystem: 1900, locale: 'en-US' }, 'en'));
    expect(texts).toContain('ℹ Column B ("Date") is read day first (dd/mm/yyyy): 15/03/2024 in row 4 can only be so.');
  });
});
