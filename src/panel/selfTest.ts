/**
 * The host self-test, run by a person once per release in real Excel (web, desktop) and a real
 * Google Sheet: things no fake can prove. The panel asks the host port to write a probe sheet
 * through the same writer path the output uses (text guarded, dates as serials in the workbook's
 * date system, number formats), to read it back (values, displayed text, formulas), time the
 * write, and delete the sheet again. This module builds the probe and judges the readback into a
 * pass/fail table, and a plain-text report for a bug report. Pure: no host code here.
 */
import type { Cell } from '../../shared/cells';
import type { Lang } from '../../shared/i18n/lang';
import { t, type MessageKey } from '../../shared/i18n/translate';
import { dayFromIso, excelSerialFromDay } from '../../shared/table/dates';
import type { CellFormat, OutputSheet, OutputValue, ProbeReadback, WorkbookContext } from './port';

/** Texts a host might turn into a formula, a number, a date or hide an apostrophe of. */
export const HOSTILE_TEXTS = ['=HYPERLINK("x")', '+1', '-5', '00123', '1/2', "'quoted", '@mention', 'TRUE', 'ООО «Ромашка» – ünïcode', '<img src=x onerror=alert(1)>'] as const;
/** The block that times a write: as the issue asks, 1,200 rows × 40 columns. */
export const PROBE_BLOCK = { rows: 1_200, columns: 40 } as const;
export const PROBE_DATE = '2024-01-15';

interface ProbeCell { readonly value: OutputValue; readonly format: CellFormat }

/** The probe rows, one value each in column B (column A numbers them); the block follows them. */
function probeCells(): ProbeCell[] {
  return [
    ...HOSTILE_TEXTS.map((text): ProbeCell => ({ value: text, format: 'text' })),
    { value: 1234.5, format: 'money' },
    { value: 0.25, format: 'percent' },
    { value: true, format: 'general' },
    { value: dayFromIso(PROBE_DATE), format: 'date' },
    { value: null, format: 'general' },
  ];
}

/** A block cell: numbers in even columns, text in odd ones, every cell different. */
export function blockValue(row: number, column: number): OutputValue {
  return column % 2 === 0 ? row * PROBE_BLOCK.columns + column : `r${row + 1}c${column + 1}`;
}

/** The probe sheet, as an OutputSheet the host writes with its output writer. */
export function probeSheet(name: string): { sheet: OutputSheet; detailRows: number } {
  const detail = probeCells();
  const width = PROBE_BLOCK.columns;
  const values: OutputValue[][] = [];
  const formats: CellFormat[][] = [];
  detail.forEach((cell, index) => {
    const row = Array<OutputValue>(width).fill(null);
    const format = Array<CellFormat>(width).fill('general');
    row[0] = `#${index + 1}`;
    format[0] = 'text';
    row[1] = cell.value;
    format[1] = cell.format;
    values.push(row);
    formats.push(format);
  });
  for (let r = 0; r < PROBE_BLOCK.rows; r++) {
    values.push(Array.from({ length: width }, (_, c) => blockValue(r, c)));
    formats.push(Array.from({ length: width }, (_, c) => (c % 2 === 0 ? 'integer' : 'text')));
  }
  return {
    detailRows: detail.length,
    sheet: {
      role: 'summary', name, values, formats, headers: [], titles: [], frozenRows: 0, table: null, colouring: [], charts: [],
      columnWidths: Array<number>(width).fill(8),
    },
  };
}

export interface SelfTestRow {
  readonly check: string;
  readonly expected: string;
  readonly got: string;
  readonly pass: boolean;
}

function shown(value: Cell | undefined): string {
  if (value === undefined) return '(nothing)';
  if (value === null || value === '') return '(blank)';
  return typeof value === 'string' ? JSON.stringify(value) : `${String(value)} (${typeof value})`;
}

/** PROBE_DATE as a host reads it back: Excel's serial in the workbook's system, or Sheets' ISO text. */
function dateReadBackOk(value: Cell | undefined, dateSystem: 1900 | 1904): boolean {
  return value === excelSerialFromDay(dayFromIso(PROBE_DATE), dateSystem) || value === PROBE_DATE;
}

/** The pass/fail rows for a readback, in the panel's language. */
export function judgeSelfTest(readback: ProbeReadback, context: Pick<WorkbookContext, 'dateSystem'>, lang: Lang): SelfTestRow[] {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const valueAt = (row: number): Cell | undefined => readback.values[row]?.[1];
  const displayedAt = (row: number): string => readback.displayed[row]?.[1] ?? '';
  const formulaAt = (row: number): string => readback.formulas[row]?.[1] ?? '';
  const rows: SelfTestRow[] = HOSTILE_TEXTS.map((text, index) => {
    const value = valueAt(index);
    const formula = formulaAt(index);
    return {
      check: tr('panel.selfTest.check.text', { text: JSON.stringify(text) }),
      expected: JSON.stringify(text),
      got: formula.startsWith('=') && formula !== text ? `${shown(value)} = ${formula}` : shown(value),
      pass: value === text && displayedAt(index) === text,
    };
  });
  let at = HOSTILE_TEXTS.length;
  const money = valueAt(at);
  rows.push({ check: tr('panel.selfTest.check.number'), expected: '1234.5', got: `${shown(money)}; ${JSON.stringify(displayedAt(at))}`,
    pass: money === 1234.5 && /^1\D?234[.,]50$/.test(displayedAt(at).replace(/\s/g, '')) });
  at++;
  const percent = valueAt(at);
  rows.push({ check: tr('panel.selfTest.check.percent'), expected: '0.25 → 25.0%', got: `${shown(percent)}; ${JSON.stringify(displayedAt(at))}`,
    pass: percent === 0.25 && /^25[.,]0\s?%$/.test(displayedAt(at).trim()) });
  at++;
  const flag = valueAt(at);
  rows.push({ check: tr('panel.selfTest.check.boolean'), expected: 'true (boolean)', got: shown(flag), pass: flag === true });
  at++;
  const date = valueAt(at);
  rows.push({
    check: tr('panel.selfTest.check.date', { system: context.dateSystem }), expected: PROBE_DATE,
    got: `${shown(date)}; ${JSON.stringify(displayedAt(at))}`,
    pass: dateReadBackOk(date, context.dateSystem) && displayedAt(at) === PROBE_DATE,
  });
  at++;
  const blank = valueAt(at);
  rows.push({ check: tr('panel.selfTest.check.blank'), expected: '(blank)', got: shown(blank), pass: blank === '' || blank === null });
  at++;
  let wrong = 0;
  let firstWrong = '';
  for (let r = 0; r < PROBE_BLOCK.rows; r++) {
    for (let c = 0; c < PROBE_BLOCK.columns; c++) {
      const value = readback.values[at + r]?.[c];
      if (value !== blockValue(r, c)) {
        wrong++;
        if (!firstWrong) firstWrong = `R${at + r + 1}C${c + 1}: ${shown(value)}`;
      }
    }
  }
  const cells = PROBE_BLOCK.rows * PROBE_BLOCK.columns;
  rows.push({
    check: tr('panel.selfTest.check.block', { rows: PROBE_BLOCK.rows, columns: PROBE_BLOCK.columns, ms: Math.round(readback.writeMs) }),
    expected: tr('panel.selfTest.cellsBack', { cells }), got: wrong === 0 ? tr('panel.selfTest.cellsBack', { cells }) : `${wrong}: ${firstWrong}`,
    pass: wrong === 0,
  });
  rows.push({ check: tr('panel.selfTest.check.removed'), expected: tr('panel.selfTest.yes'), got: readback.removed ? tr('panel.selfTest.yes') : tr('panel.selfTest.no'), pass: readback.removed });
  return rows;
}

/** The table as plain text (tab-separated, one check per line), for a bug report. */
export function selfTestReport(rows: readonly SelfTestRow[], about: string, lang: Lang): string {
  const passed = rows.filter((row) => row.pass).length;
  return [
    about,
    t(lang, 'panel.selfTest.summary', { passed, total: rows.length }),
    ...rows.map((row) => [row.pass ? 'PASS' : 'FAIL', row.check, row.expected, row.got].join('\t')),
  ].join('\n');
}
