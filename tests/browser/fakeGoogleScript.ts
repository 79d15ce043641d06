/**
 * What the sidebar test injects before the page's own script: the Apps Script fakes
 * (tests/panel/fakeAppsScript.ts) holding the sales sheet with real `Date` cells, the panel's real
 * server functions (src/sheets/panel/server.ts), and a fake `google.script.run` that calls them
 * asynchronously with a JSON round trip, as Apps Script does: it fails the call on a `Date` argument or
 * result (JSON would quietly turn it into text), turns `undefined` in arrays into null, and knows
 * only the server's global functions.
 */
import * as server from '../../src/sheets/panel/server';
import { installFakes } from '../panel/fakeAppsScript';

type Handler = (value: unknown) => void;
type Settings = { sales: (string | number)[][]; dateColumn: number; locale: string; locked?: boolean; selection?: string };

const settings = (globalThis as unknown as { __SIDEBAR_TEST__: Settings }).__SIDEBAR_TEST__;
// Text dates of the CSV become Date cells, as Sheets hands them to getValues().
const sales = settings.sales.map((row, r) => row.map((cell, c) => {
  if (r === 0 || c !== settings.dateColumn || typeof cell !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(cell)) return cell;
  const [y, m, d] = cell.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}));
const fake = installFakes(sales, { locale: settings.locale, zone: 'UTC', locked: settings.locked, selection: settings.selection });
(globalThis as Record<string, unknown>).__fake = fake;

function containsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(containsDate);
  if (value && typeof value === 'object') return Object.values(value).some(containsDate);
  return false;
}

function runner(success?: Handler, failure?: Handler): unknown {
  return new Proxy({}, {
    get(_, name: string) {
      if (name === 'withSuccessHandler') return (handler: Handler) => runner(handler, failure);
      if (name === 'withFailureHandler') return (handler: Handler) => runner(success, handler);
      return (...args: unknown[]) => setTimeout(() => {
        try {
          if (!(server.GLOBAL_FUNCTIONS as readonly string[]).includes(name)) throw new Error(`Script function not found: ${name}`);
          if (containsDate(args)) throw new Error('Failed due to illegal value in property: 0');
          const call = (server as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
          const result = call(...JSON.parse(JSON.stringify(args)));
          if (containsDate(result)) throw new Error('Illegal value: Date');
          success?.(result === undefined ? undefined : JSON.parse(JSON.stringify(result)));
        } catch (error) {
          failure?.(new Error(error instanceof Error ? error.message : String(error)));
        }
      }, 5);
    },
  });
}

(globalThis as Record<string, unknown>).google = { script: { run: runner() } };
