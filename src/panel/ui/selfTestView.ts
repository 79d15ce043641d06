/**
 * The self-test's place in the panel (under Options): a button, then the pass/fail table and the
 * same table as plain text to paste into a bug report (selfTest.ts judges; the host port writes,
 * reads back and deletes the probe sheet).
 */
import type { Lang } from '../../../shared/i18n/lang';
import { t, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import type { WorkbookPort } from '../port';
import { judgeSelfTest, probeSheet, selfTestReport } from '../selfTest';
import { freeSheetName } from '../sheetNames';
import { el, replaceChildren } from './dom';

/** The probe sheet's name (a new sheet; a user sheet of that name keeps it: "… (2)"). */
const PROBE_NAME = 'Client Value self-test';

export function selfTestSection(port: WorkbookPort, lang: Lang, onError: (error: unknown) => void): HTMLElement | null {
  if (!port.selfTest) return null;
  const selfTest = port.selfTest.bind(port);
  const tr = (key: MessageKey, params?: MessageParams) => t(lang, key, params);
  const button = el('button', { type: 'button', class: 'cv-secondary', id: 'cv-selftest-run' }, [tr('panel.selfTest.run')]);
  const output = el('div', { class: 'cv-selftest', id: 'cv-selftest', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    replaceChildren(output, [el('p', { class: 'cv-hint' }, [tr('panel.selfTest.running')])]);
    try {
      const context = await port.context();
      const probe = probeSheet(freeSheetName(PROBE_NAME, context.sheets.map((sheet) => sheet.name)));
      const readback = await selfTest(probe);
      const rows = judgeSelfTest(readback, context, lang);
      const about = tr('panel.selfTest.about', {
        host: context.hostName ?? '?', locale: context.locale, system: context.dateSystem, when: new Date().toISOString(),
      });
      const passed = rows.filter((row) => row.pass).length;
      const report = el('textarea', { class: 'cv-selftest-report', readonly: true, rows: '6', 'aria-label': tr('panel.selfTest.report') });
      report.value = selfTestReport(rows, about, lang);
      replaceChildren(output, [
        el('p', { class: passed === rows.length ? 'cv-selftest-ok' : 'cv-selftest-failed' }, [tr('panel.selfTest.summary', { passed, total: rows.length })]),
        el('table', {}, [
          el('thead', {}, [el('tr', {}, (['check', 'expected', 'got', 'result'] as const).map((column) =>
            el('th', { scope: 'col' }, [tr(`panel.selfTest.column.${column}`)])))]),
          el('tbody', {}, rows.map((row) => el('tr', { class: row.pass ? 'cv-pass' : 'cv-fail' }, [
            el('td', {}, [row.check]), el('td', {}, [row.expected]), el('td', {}, [row.got]),
            el('td', {}, [row.pass ? tr('panel.selfTest.pass') : tr('panel.selfTest.fail')]),
          ]))),
        ]),
        el('label', {}, [tr('panel.selfTest.report')]),
        report,
      ]);
    } catch (error) {
      replaceChildren(output, []);
      onError(error);
    } finally {
      button.disabled = false;
    }
  });
  return el('section', { class: 'cv-selftest-section' }, [
    el('h3', {}, [tr('panel.selfTest.heading')]),
    el('p', { class: 'cv-hint' }, [tr('panel.selfTest.hint')]),
    button,
    output,
  ]);
}
