/**
 * The preview's spreadsheet grid: the sheets of the in-memory workbook as tabs, the active sheet as
 * a table with column letters and row numbers, cells shown with their number formats, header rows
 * bold, the ABC colouring applied like the hosts' conditional formats, and the requested charts
 * listed where they would be placed. Values are set with textContent only.
 */
import { columnLetter, type Cell } from '../../../shared/cells';
import type { Lang } from '../../../shared/i18n/lang';
import { t } from '../../../shared/i18n/translate';
import { isoFromDay } from '../../../shared/table/dates';
import { blockToA1 } from '../a1';
import type { MemoryCell, MemorySheet, MemoryWorkbook } from '../memoryWorkbook';
import type { CellBlock } from '../port';
import { widestRow } from '../sheetGrid';
import { el, replaceChildren } from '../ui/dom';
import { chartSvg } from './charts';
import { formatNumber, LOCALES } from '../ui/numbers';

/** Rows drawn per sheet: enough to look at, few enough to stay fast. */
const ROWS_SHOWN = 400;

export function renderGrid(root: HTMLElement, workbook: MemoryWorkbook, lang: Lang): void {
  const sheet = workbook.sheet(workbook.activeSheet) ?? workbook.sheets[0];
  const tabs = el('div', { class: 'pv-tabs', role: 'tablist' }, workbook.sheets.map((candidate) => {
    const tab = el('button', {
      type: 'button', role: 'tab', class: 'pv-tab', 'aria-selected': candidate === sheet ? 'true' : 'false',
      'data-sheet': candidate.name,
    }, [candidate.name]);
    tab.addEventListener('click', () => {
      workbook.activeSheet = candidate.name;
      renderGrid(root, workbook, lang);
    });
    return tab;
  }));
  replaceChildren(root, [
    el('div', { class: 'pv-sheet', role: 'tabpanel', 'data-sheet': sheet?.name ?? '' }, sheet ? [sheetTable(sheet, lang), chartNotes(sheet)] : []),
    tabs,
  ]);
}

function sheetTable(sheet: MemorySheet, lang: Lang): HTMLElement {
  const width = widestRow(sheet.cells);
  const shown = sheet.cells.slice(0, ROWS_SHOWN);
  const classOf = (row: number): string | null => {
    for (const colouring of sheet.colouring) {
      if (inRows(colouring.block, row)) {
        const value = sheet.cells[row]?.[colouring.classColumn]?.value;
        if (value === 'A' || value === 'B' || value === 'C') return value;
      }
    }
    return null;
  };
  const head = el('tr', {}, [el('th', { class: 'pv-corner' }), ...Array.from({ length: width }, (_, c) => el('th', { scope: 'col' }, [columnLetter(c)]))]);
  const body = shown.map((row, r) => {
    const abc = classOf(r);
    const rowClass = [
      sheet.headers.some((block) => block.row === r) ? 'pv-header' : '',
      sheet.titles.some((block) => block.row === r) ? 'pv-title' : '',
      r < sheet.frozenRows ? 'pv-frozen' : '',
      abc ? `pv-abc-${abc}` : '',
    ].filter(Boolean).join(' ');
    return el('tr', { class: rowClass || undefined }, [
      el('th', { scope: 'row' }, [String(r + 1)]),
      ...Array.from({ length: width }, (_, c) => {
        const cell = row[c];
        return el('td', { class: cell && isNumeric(cell) ? 'pv-num' : undefined }, [cell ? display(cell, lang) : '']);
      }),
    ]);
  });
  const note = sheet.cells.length > ROWS_SHOWN
    ? el('p', { class: 'pv-note' }, [t(lang, 'panel.preview.rowsShown', { shown: ROWS_SHOWN, total: sheet.cells.length })])
    : null;
  return el('div', { class: 'pv-scroll' }, [el('table', { class: 'pv-grid' }, [el('thead', {}, [head]), el('tbody', {}, body)]), note]);
}

function chartNotes(sheet: MemorySheet): HTMLElement | null {
  if (sheet.charts.length === 0) return null;
  return el('ul', { class: 'pv-charts' }, sheet.charts.map((chart) =>
    el('li', { 'data-chart': chart.kind }, [chartSvg(sheet, chart), el('small', {}, [blockToA1(chart.data)])])));
}

function inRows(block: CellBlock, row: number): boolean {
  return row >= block.row && row < block.row + block.rows;
}

function isNumeric(cell: MemoryCell): boolean {
  return typeof cell.value === 'number';
}

function display(cell: MemoryCell, lang: Lang): string {
  const value: Cell = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    switch (cell.format) {
      case 'date': return isoFromDay(value);
      case 'percent': return value.toLocaleString(LOCALES[lang], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
      case 'money': return value.toLocaleString(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      case 'decimal': return value.toLocaleString(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      case 'coefficient': return value.toLocaleString(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      default: return formatNumber(value, lang);
    }
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
