/**
 * Headless Chromium for the panel's browser tests: the Debian `chromium` through playwright-core
 * (never a downloaded browser), a fresh temporary profile, no network beyond localhost; pages are
 * served by the preview's own static server on an ephemeral port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveDirectory } from '../../scripts/preview';

export const CHROMIUM = '/usr/bin/chromium';

export interface Session {
  readonly context: BrowserContext;
  readonly baseUrl: string;
  close(): Promise<void>;
}

export async function openSession(dir: string): Promise<Session> {
  const server: Server = await serveDirectory(dir, 0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cv-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
    ],
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    baseUrl: `http://127.0.0.1:${port}/`,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects console errors, page errors and dialogs of a page (a hostile name must cause none). */
export function watchPage(page: Page): { errors: string[]; dialogs: string[] } {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  return { errors, dialogs };
}

/**
 * Records every Web Worker the page starts (its URL kind and how many messages it sent: "ready", then one per analysis), so a test
 * can tell that the analysis ran off the page's thread. With `refuse`, starting one throws, as in
 * a sandbox without workers.
 */
export async function recordWorkers(page: Page, refuse = false): Promise<void> {
  await page.addInitScript((refused: boolean) => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const page = globalThis as any;
    const Real = page.Worker;
    const log: { url: string; messages: number }[] = [];
    page.__workers = log;
    page.Worker = function Worker(url: string | URL, options?: unknown) {
      if (refused) throw new Error('SecurityError: workers are not allowed here');
      const worker = new Real(url, options);
      const entry = { url: String(url), messages: 0 };
      log.push(entry);
      worker.addEventListener('message', () => { entry.messages++; });
      return worker;
    };
  }, refuse);
}

export async function workersOf(page: Page): Promise<{ url: string; messages: number }[]> {
  return page.evaluate(() => (globalThis as unknown as { __workers: { url: string; messages: number }[] }).__workers);
}
