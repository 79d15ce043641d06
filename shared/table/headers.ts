/**
 * Finding the columns of a sales sheet by their headers (METHODS.md section 0, the role table),
 * in Russian, Ukrainian and English, and applying the user's explicit column choices.
 *
 * - A header matches a role when its normalised text equals a synonym's normalised text.
 *   Normalising: lower case, `ё` → `е`, every character that is not a letter or a digit dropped
 *   (spaces, punctuation, `№`, `#`), and unit words dropped (`Сумма, руб.` = `Сумма`,
 *   `Amount (USD)` = `Amount`, `Выручка, тыс. грн` = `Выручка`: the numbers are read as they stand).
 * - The header row is the first of the first 20 non-blank rows in which a client and an amount
 *   column are both found (a sheet often has a title line or two above the header).
 * - When several columns match one role, the leftmost wins.
 * - The user's choices (`options.columns`: 0-based index, column letter "C", or header text)
 *   override the detection role by role. Header text is matched first (normalised), then a
 *   1-3 letter choice is read as a column letter. A choice that names no column is an error
 *   (ClientValueError 'table.error.columnNotFound') naming the choice.
 */
import { columnLetter, isBlankCell, type Cell, type CellGrid } from '../cells';
import { ClientValueError } from '../errors';
import type { ColumnChoice } from '../pipeline/options';
import type { ColumnMapping, ColumnRole } from './salesTable';
import { tableMessages } from '../i18n/messages/table';

/** How many non-blank rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 20;

/** Header synonyms per role, RU / UK / EN. Matching is by normalised text (normaliseHeader). */
export const HEADER_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  client: [
    'Клиент', 'Контрагент', 'Покупатель', 'Заказчик', 'Наименование клиента', 'Название клиента',
    'Наименование контрагента', 'Клиент/Контрагент', 'Покупатель/Заказчик', 'Партнер', 'Партнёр',
    'Клієнт', 'Покупець', 'Замовник', 'Назва клієнта', 'Найменування клієнта', 'Назва контрагента',
    'Client', 'Customer', 'Account', 'Client name', 'Customer name', 'Account name', 'Buyer',
  ],
  date: [
    'Дата', 'Дата отгрузки', 'Дата продажи', 'Дата реализации', 'Дата документа', 'Дата заказа',
    'Дата накладной', 'Дата счета', 'Дата счёта', 'Период',
    'Дата продажу', 'Дата відвантаження', 'Дата реалізації', 'Дата замовлення', 'Дата накладної',
    'Дата рахунку', 'Період',
    'Date', 'Invoice date', 'Order date', 'Sale date', 'Sales date', 'Transaction date',
    'Ship date', 'Shipment date', 'Document date', 'Period',
  ],
  amount: [
    'Сумма', 'Сумма с НДС', 'Сумма без НДС', 'Сумма продажи', 'Сумма продаж', 'Сумма реализации',
    'Сумма документа', 'Сумма заказа', 'Сумма отгрузки', 'Выручка', 'Оборот', 'Стоимость',
    'Сума', 'Сума з ПДВ', 'Сума без ПДВ', 'Сума продажу', 'Сума реалізації', 'Сума замовлення',
    'Сума відвантаження', 'Виручка', 'Вартість',
    'Amount', 'Revenue', 'Sales', 'Total', 'Net amount', 'Gross amount', 'Sales amount',
    'Total amount', 'Invoice amount', 'Order value', 'Order amount', 'Turnover', 'Net sales', 'Value', 'Sum',
  ],
  orderId: [
    '№ заказа', 'Номер заказа', 'Заказ', '№ документа', 'Номер документа', 'Документ', 'Накладная',
    '№ накладной', 'Номер накладной', 'Счет', 'Счёт', '№ счета', 'Номер счета', 'Регистратор',
    '№ замовлення', 'Номер замовлення', 'Замовлення', 'Накладна', '№ накладної', 'Номер накладної',
    'Рахунок', '№ рахунку', 'Номер рахунку',
    'Order', 'Order id', 'Order no', 'Order number', 'Invoice', 'Invoice no', 'Invoice number',
    'Invoice id', 'Document', 'Document no', 'Transaction id',
  ],
  product: [
    'Товар', 'Номенклатура', 'Артикул', 'Продукт', 'Наименование товара', 'Наименование', 'Услуга',
    'Товар/услуга', 'Код товара', 'Найменування', 'Найменування товару', 'Послуга', 'Код товару',
    'Product', 'SKU', 'Item', 'Product name', 'Item name', 'Article', 'Product code',
  ],
  margin: [
    'Маржа', 'Прибыль', 'Валовая прибыль', 'Маржинальный доход', 'Прибуток', 'Валовий прибуток',
    'Маржинальний дохід', 'Margin', 'Profit', 'Gross profit', 'Gross margin',
  ],
  dueDate: [
    'Срок оплаты', 'Оплатить до', 'Плановая дата оплаты', 'Крайний срок оплаты', 'Срок платежа',
    'Дата оплаты по договору', 'Термін оплати', 'Оплатити до', 'Планова дата оплати',
    'Строк оплати', 'Due date', 'Payment due', 'Due', 'Payment due date',
  ],
  paidDate: [
    'Дата оплаты', 'Фактическая дата оплаты', 'Дата платежа', 'Дата оплати', 'Фактична дата оплати',
    'Дата платежу', 'Paid date', 'Payment date', 'Date paid', 'Paid on',
  ],
  plan: [
    'План', 'План продаж', 'Плановая сумма', 'План продажу', 'Планова сума',
    'Plan', 'Target', 'Planned amount', 'Sales plan', 'Quota',
  ],
  manager: [
    'Менеджер', 'Ответственный', 'Менеджер по продажам', 'Торговый представитель',
    'Відповідальний', 'Менеджер з продажу', 'Торговий представник',
    'Manager', 'Sales rep', 'Salesperson', 'Account manager', 'Sales manager',
  ],
  region: [
    'Регион', 'Область', 'Город', 'Регіон', 'Місто', 'Region', 'Territory', 'City', 'Area',
  ],
  channel: [
    'Канал', 'Канал продаж', 'Канал сбыта', 'Канал продажу', 'Канал збуту', 'Channel', 'Sales channel',
  ],
  churnReason: [
    'Причина ухода', 'Причина', 'Причина оттока', 'Причина потери', 'Причина відтоку',
    'Причина відходу', 'Причина втрати', 'Reason', 'Churn reason', 'Loss reason', 'Lost reason',
  ],
  kamStage: [
    'Стадия KAM', 'Стадия', 'Этап', 'Этап KAM', 'Стадия отношений', 'Стадія', 'Стадія KAM', 'Етап',
    'Етап KAM', 'KAM stage', 'Stage', 'Relationship stage',
  ],
  paymentCoefficient: [
    'Kp', 'Кп', 'Коэффициент оплаты', 'Платежная дисциплина', 'Коэффициент платежной дисциплины',
    'Платіжна дисципліна', 'Коефіцієнт оплати', 'Коефіцієнт платіжної дисципліни',
    'Payment coefficient', 'Payment discipline',
  ],
};

/** Unit words a header may carry after its name; they do not change the role. */
const UNIT_WORDS = new Set([
  'руб', 'р', 'rub', 'rur', 'грн', 'uah', 'usd', 'eur', 'тыс', 'тис', 'тг', 'kzt', 'byn', 'млн',
]);

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;

/** Header text reduced for matching: `Сумма, руб.` → `сумма`, `№ Заказа` → `заказа`. */
export function normaliseHeader(text: string): string {
  const words = text.toLowerCase().replace(/ё/g, 'е').split(NOT_LETTER_OR_DIGIT).filter((w) => w !== '');
  const kept = words.filter((w) => !UNIT_WORDS.has(w));
  return (kept.length > 0 ? kept : words).join('');
}

/** Normalised synonym → role, built once per call site that needs it (no module state mutated). */
function synonymIndex(): Map<string, ColumnRole> {
  const index = new Map<string, ColumnRole>();
  for (const role of Object.keys(HEADER_SYNONYMS) as ColumnRole[]) {
    for (const synonym of HEADER_SYNONYMS[role]) {
      const key = normaliseHeader(synonym);
      if (!index.has(key)) index.set(key, role);
    }
  }
  return index;
}

/** The frozen synonym index (built at load, never changed afterwards). */
const SYNONYM_INDEX: ReadonlyMap<string, ColumnRole> = synonymIndex();

/** The role a header text names, or undefined. */
export function roleOfHeader(header: Cell): ColumnRole | undefined {
  if (typeof header !== 'string') return undefined;
  return SYNONYM_INDEX.get(normaliseHeader(header));
}

/** Roles found in one row of headers (leftmost column per role). */
export function detectColumns(row: readonly Cell[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (let column = 0; column < row.length; column++) {
    const role = roleOfHeader(row[column]);
    if (role !== undefined && mapping[role] === undefined) mapping[role] = column;
  }
  return mapping;
}

/** A 0-based column index for "A", "c", "AB"...; -1 when the text is not 1-3 Latin letters. */
export function columnIndexFromLetters(text: string): number {
  const letters = text.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(letters)) return -1;
  let index = 0;
  for (let i = 0; i < letters.length; i++) index = index * 26 + (letters.charCodeAt(i) - 64);
  return index - 1;
}

/**
 * The column a user's choice names in a header row: header text first, then a column letter, or a
 * 0-based index. -1 when it names no column of a sheet `width` columns wide.
 */
export function resolveColumnChoice(choice: ColumnChoice, headerRow: readonly Cell[], width: number): number {
  if (typeof choice === 'number') {
    return Number.isInteger(choice) && choice >= 0 && choice < width ? choice : -1;
  }
  const wanted = normaliseHeader(String(choice));
  if (wanted !== '') {
    for (let column = 0; column < headerRow.length; column++) {
      const header = headerRow[column];
      if (typeof header === 'string' && normaliseHeader(header) === wanted) return column;
    }
  }
  const byLetter = columnIndexFromLetters(String(choice));
  return byLetter >= 0 && byLetter < width ? byLetter : -1;
}

export interface HeaderDetection {
  /** 0-based grid index of the header row; -1 when the sheet has no header row (data from row 1). */
  readonly headerIndex: number;
  /** Detected roles, overridden by the user's choices. */
  readonly mapping: ColumnMapping;
  /** Header text of every column ('' for blank or when there is no header row). */
  readonly headers: readonly string[];
}

/** Display text of a header cell. */
function headerText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function isBlankRow(row: readonly Cell[] | undefined): boolean {
  if (!Array.isArray(row)) return true;
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** Widest row of the grid: the columns a choice may name. */
export function gridWidth(cells: CellGrid): number {
  let width = 0;
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i];
    if (Array.isArray(row) && row.length > width) width = row.length;
  }
  return width;
}

/**
 * Finds the header row and the column of each role.
 * Throws ClientValueError: 'table.error.empty' (no non-blank row), 'table.error.columnNotFound'
 * (a user choice names no column), 'table.error.noHeader' (no row with a client and an amount).
 */
export function findHeaderRow(
  cells: CellGrid,
  choices: Partial<Record<ColumnRole, ColumnChoice>> = {},
): HeaderDetection {
  const width = gridWidth(cells);
  const candidates: number[] = [];
  for (let i = 0; i < cells.length && candidates.length < HEADER_SEARCH_ROWS; i++) {
    if (!isBlankRow(cells[i])) candidates.push(i);
  }
  if (candidates.length === 0) throw new ClientValueError('table.error.empty');

  // A blank choice ('' from an untouched drop-down) means "detect this column".
  const chosenRoles = (Object.keys(choices) as ColumnRole[]).filter((role) => {
    const choice = choices[role] as ColumnChoice | null | undefined;
    return choice !== undefined && choice !== null && !(typeof choice === 'string' && choice.trim() === '');
  });
  for (const index of candidates) {
    const row = cells[index];
    const mapping = detectColumns(row);
    for (const role of chosenRoles) {
      const column = resolveColumnChoice(choices[role] as ColumnChoice, row, width);
      if (column >= 0) mapping[role] = column;
      else delete mapping[role];
    }
    // A header row names its client or amount column in words (a choice by letter or index
    // alone says nothing about where the header is).
    if (mapping.client !== undefined && mapping.amount !== undefined &&
      (namesRole(row, mapping.client, 'client', choices) || namesRole(row, mapping.amount, 'amount', choices))) {
      assertChoicesResolve(choices, chosenRoles, row, width);
      return { headerIndex: index, mapping, headers: headersOf(row, width) };
    }
  }

  // No header row found. If the user named client and amount by index or letter, the sheet may
  // have no header at all: the first non-blank row is a header only when its amount is not a number.
  const first = cells[candidates[0]];
  const missing = chosenRoles.find((role) => resolveColumnChoice(choices[role] as ColumnChoice, first, width) < 0 &&
    candidates.every((index) => resolveColumnChoice(choices[role] as ColumnChoice, cells[index], width) < 0));
  if (missing !== undefined) throw columnNotFound(missing, choices[missing] as ColumnChoice, first, width);
  const client = choices.client !== undefined ? resolveColumnChoice(choices.client, first, width) : -1;
  const amount = choices.amount !== undefined ? resolveColumnChoice(choices.amount, first, width) : -1;
  if (client >= 0 && amount >= 0) {
    const mapping: ColumnMapping = {};
    for (const role of chosenRoles) mapping[role] = resolveColumnChoice(choices[role] as ColumnChoice, first, width);
    const amountCell = first[amount];
    const firstIsHeader = typeof amountCell === 'string' && !isBlankCell(amountCell) && !/\d/.test(amountCell);
    return firstIsHeader
      ? { headerIndex: candidates[0], mapping, headers: headersOf(first, width) }
      : { headerIndex: -1, mapping, headers: new Array<string>(width).fill('') };
  }
  throw noHeader(cells, candidates);
}

/** True when the header cell of a column names the role: a synonym, or the user's header text. */
function namesRole(
  row: readonly Cell[], column: number, role: ColumnRole, choices: Partial<Record<ColumnRole, ColumnChoice>>,
): boolean {
  const cell = row[column];
  if (typeof cell !== 'string') return false;
  const header = normaliseHeader(cell);
  if (header === '') return false;
  if (SYNONYM_INDEX.get(header) === role) return true;
  const choice = choices[role];
  return typeof choice === 'string' && normaliseHeader(choice) === header;
}

function headersOf(row: readonly Cell[], width: number): string[] {
  const headers = new Array<string>(width);
  for (let column = 0; column < width; column++) headers[column] = headerText(row[column]);
  return headers;
}

function assertChoicesResolve(
  choices: Partial<Record<ColumnRole, ColumnChoice>>, roles: readonly ColumnRole[],
  row: readonly Cell[], width: number,
): void {
  for (const role of roles) {
    if (resolveColumnChoice(choices[role] as ColumnChoice, row, width) < 0) {
      throw columnNotFound(role, choices[role] as ColumnChoice, row, width);
    }
  }
}

/** How many header texts an error message lists. */
const SEEN_LIMIT = 12;

function listHeaders(row: readonly Cell[]): string {
  const texts = row.map(headerText).filter((text) => text !== '');
  const shown = texts.slice(0, SEEN_LIMIT).map((text) => `"${text.length > 30 ? `${text.slice(0, 29)}…` : text}"`);
  return shown.join(', ') + (texts.length > SEEN_LIMIT ? ', …' : '');
}

function columnNotFound(role: ColumnRole, choice: ColumnChoice, row: readonly Cell[], width: number): ClientValueError {
  const names = tableMessages[`table.role.${role}`];
  return new ClientValueError('table.error.columnNotFound', {
    roleEn: names.en, roleRu: names.ru, roleUk: names.uk,
    column: typeof choice === 'number' ? `#${choice}` : String(choice),
    columns: width > 0 ? `A–${columnLetter(width - 1)}` : '—',
    seen: listHeaders(row) || '—',
  });
}

function noHeader(cells: CellGrid, candidates: readonly number[]): ClientValueError {
  // Show the row that looks most like a header: the most text cells, the earliest on a tie.
  let best = candidates[0];
  let bestTexts = -1;
  for (const index of candidates) {
    const row = cells[index];
    let texts = 0;
    for (const cell of row) if (typeof cell === 'string' && cell.trim() !== '') texts++;
    if (texts > bestTexts) { best = index; bestTexts = texts; }
  }
  return new ClientValueError('table.error.noHeader', {
    rows: HEADER_SEARCH_ROWS,
    row: best + 1,
    seen: listHeaders(cells[best]) || '—',
    clientExamples: HEADER_SYNONYMS.client.slice(0, 4).concat(['Клієнт', 'Client', 'Customer']).join(', '),
    amountExamples: HEADER_SYNONYMS.amount.slice(0, 1).concat(['Выручка', 'Сума', 'Amount', 'Revenue', 'Sales']).join(', '),
  });
}
