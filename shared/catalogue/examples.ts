/**
 * Worked examples as people type them: `=CLIENT_VALUE(50, 1, 0.9) → 45` in English, and with the
 * Russian / Ukrainian separators `=ЦЕННОСТЬ_КЛИЕНТА(50; 1; 0,9) → 45` (argument separator ';',
 * decimal comma, array rows ';' and columns '\'). The same examples are checked by the host tests.
 */
import type { Lang } from '../i18n/lang';
import type { CatalogueFunction, ExampleArgument, ExampleCell, WorkedExample } from './types';

interface Separators {
  readonly argument: string;
  readonly decimal: string;
  readonly arrayColumn: string;
}

function separatorsOf(lang: Lang): Separators {
  return lang === 'en' ? { argument: ', ', decimal: '.', arrayColumn: ',' } : { argument: '; ', decimal: ',', arrayColumn: '\\' };
}

function cellText(cell: ExampleCell, separators: Separators): string {
  if (cell === null) return '""';
  if (typeof cell === 'number') return String(cell).replace('.', separators.decimal);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'string') return `"${cell.replace(/"/g, '""')}"`;
  return `"${cell.date}"`;
}

function argumentText(argument: ExampleArgument, separators: Separators): string {
  if (!Array.isArray(argument)) return cellText(argument as ExampleCell, separators);
  const rows = (argument as readonly (readonly ExampleCell[])[]).map((row) =>
    row.map((cell) => cellText(cell, separators)).join(separators.arrayColumn));
  return `{${rows.join(';')}}`;
}

/** The formula of an example, with `name` as the function's name (e.g. "CLIENTS.CLIENT_VALUE"). */
export function exampleFormula(example: WorkedExample, lang: Lang, name: string): string {
  const separators = separatorsOf(lang);
  const args = example.args.map((argument, index) =>
    example.references?.[index] ?? (argument === undefined ? '' : argumentText(argument, separators)));
  while (args.length > 0 && args[args.length - 1] === '') args.pop();
  return `=${name}(${args.join(separators.argument)})`;
}

/** The expected result as text: a number, or the cells of a column / table row by row. */
export function expectedText(example: WorkedExample, lang: Lang): string {
  const separators = separatorsOf(lang);
  const value = (cell: ExampleCell): string => {
    if (typeof cell === 'string') return cell;
    if (cell === null) return '—';
    if (typeof cell === 'number') return cellText(Number(cell.toFixed(4)), separators);
    return cellText(cell, separators);
  };
  if (!Array.isArray(example.expected)) return value(example.expected as ExampleCell);
  const rows = (example.expected as readonly (readonly ExampleCell[])[]).map((row) => row.map(value).join(' '));
  return rows.join(' | ') + (example.expectedBlock ? ' | …' : '');
}

/** "=CLIENT_VALUE(50, 1, 0.9) → 45". */
export function exampleLine(entry: CatalogueFunction, example: WorkedExample, lang: Lang, name: string = entry.name): string {
  return `${exampleFormula(example, lang, name)} → ${expectedText(example, lang)}`;
}
