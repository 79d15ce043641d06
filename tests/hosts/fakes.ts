/**
 * Small fakes of the host APIs the built bundles call, and loaders that run the built files in a
 * Node `vm` context the way each host does: Apps Script runs Code.js as one global script; Excel
 * runs functions.js and collects the `CustomFunctions.associate` registrations.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** The calendar day of an instant in a time zone, as 'yyyy-MM-dd' (what Utilities.formatDate gives). */
export function isoInZone(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second')) - instant;
}

/** Midnight of an ISO day in a time zone (what Utilities.parseDate(iso, zone, 'yyyy-MM-dd') gives). */
export function midnightInZone(iso: string, timeZone: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  const utc = Date.UTC(year, month - 1, day);
  const first = utc - offsetMs(utc, timeZone);
  return new Date(utc - offsetMs(first, timeZone));
}

export interface FakeAppsScript {
  readonly timeZone: string;
  readonly locale: string;
  calls: { timeZone: number };
  /** The user's locale is refused, as in a custom function that may not use the user's authorization. */
  sessionRefused?: boolean;
}

/** Loads dist/sheets/Code.js as Apps Script would and returns its global scope. */
export function loadSheetsScript(codeFile: string, fake: FakeAppsScript): Record<string, any> {
  const sandbox: Record<string, unknown> = {
    SpreadsheetApp: {
      getActive: () => ({
        getSpreadsheetTimeZone: () => { fake.calls.timeZone++; return fake.timeZone; },
        getSpreadsheetLocale: () => fake.locale,
      }),
    },
    Session: {
      getActiveUserLocale: () => {
        if (fake.sessionRefused) throw new Error('Exception: You do not have permission to call Session.getActiveUserLocale.');
        return fake.locale;
      },
      getScriptTimeZone: () => 'Etc/UTC',
    },
    Utilities: {
      formatDate: (date: Date, timeZone: string, format: string) => {
        if (format !== 'yyyy-MM-dd') throw new Error(`fake formatDate: unsupported format ${format}`);
        return isoInZone(date, timeZone);
      },
      parseDate: (text: string, timeZone: string, format: string) => {
        if (format !== 'yyyy-MM-dd') throw new Error(`fake parseDate: unsupported format ${format}`);
        return midnightInZone(text, timeZone);
      },
    },
  };
  const context = vm.createContext(sandbox);
  vm.runInContext(readFileSync(codeFile, 'utf8'), context, { filename: 'Code.js' });
  return context as Record<string, any>;
}

/** The error Excel's runtime gives a function to throw. */
export class FakeCustomFunctionsError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}

/** Loads dist/excel/functions.js with a fake CustomFunctions; returns the registered functions by id. */
/**
 * Requirement sets an Excel build supports (`Office.context.requirements.isSetSupported`). A
 * function returning a data-type object where the build cannot take it shows #VALUE! in Excel:
 * the fake throws that (formatted numbers need CustomFunctionsRuntime 1.4, and type "Double"
 * ExcelApi 1.19, "FormattedNumber" ExcelApi 1.16).
 */
export type RequirementSets = Readonly<Record<string, string>>;

function versionAtLeast(have: string | undefined, want: string): boolean {
  if (have === undefined) return false;
  const [a, b] = [have.split('.').map(Number), want.split('.').map(Number)];
  return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
}

export function refuseUnsupportedValues(result: unknown, sets: RequirementSets): void {
  const cells = Array.isArray(result) ? result.flat() : [result];
  for (const cell of cells) {
    if (cell === null || typeof cell !== 'object' || Object.prototype.toString.call(cell) === '[object Date]') continue;
    const type = (cell as { type?: string }).type;
    const ok = versionAtLeast(sets.CustomFunctionsRuntime, '1.4')
      && ((type === 'Double' && versionAtLeast(sets.ExcelApi, '1.19')) || (type === 'FormattedNumber' && versionAtLeast(sets.ExcelApi, '1.16')));
    if (!ok) throw new FakeCustomFunctionsError('#VALUE!', `this Excel cannot show a ${String(type)} result`);
  }
}

export function loadExcelFunctions(
  functionsFile: string, displayLanguage?: string, requirementSets: RequirementSets = { ExcelApi: '1.8', CustomFunctionsRuntime: '1.2' },
): Map<string, (...args: unknown[]) => unknown> {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => {
        if (registered.has(id)) throw new Error(`associate: ${id} registered twice`);
        registered.set(id, (...args: unknown[]) => {
          const result = fn(...args);
          refuseUnsupportedValues(result, requirementSets);
          return result;
        });
      },
      Error: FakeCustomFunctionsError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
    },
  };
  if (displayLanguage) {
    sandbox.Office = { context: { displayLanguage, requirements: {
      isSetSupported: (set: string, version = '1.1') => versionAtLeast(requirementSets[set], version),
    } } };
  }
  vm.runInContext(readFileSync(functionsFile, 'utf8'), vm.createContext(sandbox), { filename: 'functions.js' });
  return registered;
}

/** A vm-realm value as a plain value of this realm (Dates kept as Dates). */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
  return value;
}
