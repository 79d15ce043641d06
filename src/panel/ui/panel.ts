/**
 * The "Segment clients" panel: one UI for the Excel task pane, the Google Sheets sidebar and the
 * local preview, talking to the workbook only through the host port.
 *
 * Flow (issue 6): find the sales table (active sheet, the selected range, or a sheet from the
 * list) → show the detected column per role with a drop-down to correct it, and how many rows
 * will be used and skipped (a dry run of table reading) → options with METHODS.md's defaults,
 * saved in the document for the team → **Segment clients** → progress → a short result (classes,
 * concentration, warnings, skipped rows) with a button to the output sheet.
 */
import { columnLetter, isBlankCell, type CellGrid } from '../../../shared/cells';
import { ClientValueError } from '../../../shared/errors';
import { langFromLocale, type Lang } from '../../../shared/i18n/lang';
import { render, t, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import type { Analysis } from '../../../shared/pipeline/types';
import { slashDateOrderForLocale } from '../../../shared/table/dates';
import { readSales } from '../../../shared/table/readSales';
import type { ColumnMapping, ColumnRole, ReadResult } from '../../../shared/table/salesTable';
import { a1ToBlock, clipToUsed, placeAtBlock } from '../a1';
import { pageAnalyzer, type Analyzer } from '../analyzer';
import { checkSheetSize } from '../limits';
import { previousOutput } from '../marker';
import { OPTIONS_SETTING_KEY, OUTPUT_MARKER_KEY, type SheetInfo, type WorkbookContext, type WorkbookPort } from '../port';
import { panelAnalysisOptions, parsePanelOptions, serializePanelOptions, validatePanelOptions, type PanelOptions } from '../settings';
import { writeAnalysis } from '../writer';
import { el, nextFrame, replaceChildren } from './dom';
import { optionsForm } from './optionsForm';
import { selfTestSection } from './selfTestView';
import { formatPercent, formatNumber, LOCALES } from './numbers';

export const ROLES: readonly ColumnRole[] = [
  'client', 'date', 'amount', 'orderId', 'product', 'margin', 'dueDate', 'paidDate', 'plan',
  'manager', 'region', 'channel', 'churnReason', 'kamStage', 'paymentCoefficient',
];
const REQUIRED: ReadonlySet<ColumnRole> = new Set(['client', 'amount']);
/** Skipped rows listed in the panel; the summary sheet lists them all. */
const SKIPPED_SHOWN = 50;

export interface PanelDeps {
  readonly port: WorkbookPort;
  /** Overrides the host's language (the preview's `?lang=`). */
  readonly lang?: Lang;
  /** Start a run as soon as the table is read (Sheets menu "Segment clients"). */
  readonly autoRun?: boolean;
  /** Called after the output sheets were written (the preview redraws its grid). */
  readonly onWritten?: () => void;
  /** Where the analysis runs (analyzer.ts): a Web Worker in the hosts, the page by default. */
  readonly analyzer?: Analyzer;
}

interface State {
  lang: Lang;
  context: WorkbookContext | null;
  sheet: string;
  useSelection: boolean;
  cells: CellGrid | null;
  read: ReadResult | null;
  choices: Partial<Record<ColumnRole, number>>;
  options: PanelOptions;
  running: boolean;
  /** Ids of the add-in's own output sheets (marker.ts). */
  outputIds: ReadonlySet<string>;
}

export async function mountPanel(root: HTMLElement, deps: PanelDeps): Promise<void> {
  const { port } = deps;
  const analyzer = deps.analyzer ?? pageAnalyzer;
  const state: State = {
    lang: deps.lang ?? 'en', context: null, sheet: '', useSelection: false, cells: null, read: null,
    choices: {}, options: parsePanelOptions(null), running: false, outputIds: new Set(),
  };
  const tr = (key: MessageKey, params?: MessageParams) => t(state.lang, key, params);

  const status = el('p', { class: 'cv-status', id: 'cv-status', role: 'status', 'aria-live': 'polite' });
  const errorBox = el('div', { class: 'cv-error', role: 'alert', hidden: true });
  const sheetSelect = el('select', { id: 'cv-sheet' });
  const selectionBox = el('input', { type: 'checkbox', id: 'cv-selection' });
  const selectionLabel = el('label', { for: 'cv-selection' });
  const selectionRow = el('div', { class: 'cv-check', hidden: true }, [selectionBox, selectionLabel]);
  const rereadButton = el('button', { type: 'button', class: 'cv-secondary' });
  const sheetHint = el('p', { class: 'cv-hint', hidden: true });
  const mappingList = el('div', { class: 'cv-mapping', id: 'cv-mapping' });
  const preview = el('p', { class: 'cv-preview', id: 'cv-rows', 'aria-live': 'polite' });
  const optionsBox = el('details', { class: 'cv-options' });
  const runButton = el('button', { type: 'button', class: 'cv-primary', id: 'cv-run' });
  const progress = el('progress', { class: 'cv-progress', hidden: true, 'aria-labelledby': 'cv-status' });
  const confirmBox = el('div', { class: 'cv-confirm', role: 'alertdialog', 'aria-modal': 'false', hidden: true });
  const result = el('section', { class: 'cv-result', id: 'cv-result', 'aria-live': 'polite', hidden: true });
  const heading = el('h1');
  const sourceHeading = el('h2');
  const sheetLabel = el('label', { for: 'cv-sheet' });
  const mappingHeading = el('h2');
  const mappingHint = el('p', { class: 'cv-hint' });

  replaceChildren(root, [
    heading,
    el('section', { class: 'cv-source', 'aria-labelledby': 'cv-source-h' }, [
      sourceHeading, el('div', { class: 'cv-field' }, [sheetLabel, sheetSelect]), sheetHint, selectionRow, rereadButton,
    ]),
    el('section', { class: 'cv-columns' }, [mappingHeading, mappingHint, mappingList, preview]),
    optionsBox,
    el('div', { class: 'cv-actions' }, [runButton, progress, status]),
    confirmBox,
    errorBox,
    result,
  ]);
  sourceHeading.id = 'cv-source-h';

  function showError(error: unknown): void {
    errorBox.hidden = false;
    errorBox.textContent = error instanceof ClientValueError
      ? render(state.lang, error.userMessage)
      : tr('panel.error.unexpected', { detail: error instanceof Error ? error.message : String(error) });
  }
  function clearError(): void {
    errorBox.hidden = true;
    errorBox.textContent = '';
  }

  function drawStatic(): void {
    document.documentElement.lang = state.lang;
    heading.textContent = tr('panel.ui.title');
    sourceHeading.textContent = tr('panel.ui.source');
    sheetLabel.textContent = tr('panel.ui.sheet');
    rereadButton.textContent = tr('panel.ui.reread');
    mappingHeading.textContent = tr('panel.ui.mapping');
    mappingHint.textContent = tr('panel.ui.mappingHint');
    runButton.textContent = tr('panel.ui.run');
  }

  function drawOptions(): void {
    replaceChildren(optionsBox, [
      el('summary', {}, [tr('panel.ui.options')]),
      el('p', { class: 'cv-hint' }, [tr('panel.ui.optionsNote')]),
      optionsForm(state.lang, state.options, (next) => {
        state.options = next;
        const problems = validatePanelOptions(next);
        if (problems.length > 0) {
          errorBox.hidden = false;
          errorBox.textContent = problems.map((problem) => render(state.lang, problem)).join(' ');
        } else {
          clearError();
        }
        runButton.disabled = problems.length > 0 || !state.read;
      }, () => drawOptions()),
      selfTestSection(port, state.lang, showError),
    ]);
  }

  function drawSheets(context: WorkbookContext): void {
    const outputIds = state.outputIds;
    replaceChildren(sheetSelect, context.sheets.map((sheet) =>
      el('option', { value: sheet.name, selected: sheet.name === state.sheet }, [
        outputIds.has(sheet.id) ? `${sheet.name} ✓` : sheet.name,
      ])));
    const chosen = context.sheets.find((sheet) => sheet.name === state.sheet);
    sheetHint.hidden = !(chosen && outputIds.has(chosen.id));
    sheetHint.textContent = tr('panel.ui.outputSheetNote');
    const selectionHere = context.selection !== null && context.activeSheet === state.sheet;
    selectionRow.hidden = !selectionHere;
    if (!selectionHere) state.useSelection = false;
    selectionBox.checked = state.useSelection;
    selectionLabel.textContent = tr('panel.ui.useSelection', { range: context.selection ?? '' });
  }

  function drawMapping(): void {
    // When reading failed (no header found, a column not found), the drop-downs still offer the
    // columns of the first non-blank row, so the user can point at the client and amount columns.
    const headers = state.read?.headers ?? firstRowTexts(state.cells);
    const mapping: ColumnMapping = state.read?.mapping ?? { ...state.choices };
    if (headers.length === 0) {
      replaceChildren(mappingList, []);
      return;
    }
    const rows = ROLES.map((role) => {
      const id = `cv-role-${role}`;
      const detected = mapping[role];
      const select = el('select', { id, 'data-role': role, 'aria-required': REQUIRED.has(role) ? 'true' : undefined });
      // Columns without a header (blank columns, the padding left of a selection) are not offered.
      const options = headers.flatMap((header, column) => header === '' && detected !== column ? [] : [
        el('option', { value: String(column), selected: detected === column }, [
          tr('panel.ui.columnOption', { letter: columnLetter(column), header: header || '…' }),
        ])]);
      // A detected column can be changed but not switched off: table reading keeps what it finds.
      if (detected === undefined) options.unshift(el('option', { value: '', selected: true }, [tr('panel.ui.notUsed')]));
      replaceChildren(select, options);
      select.addEventListener('change', () => {
        if (select.value === '') delete state.choices[role];
        else state.choices[role] = Number(select.value);
        dryRun();
      });
      const label = el('label', { for: id, class: REQUIRED.has(role) ? 'cv-required' : undefined }, [tr(`panel.role.${role}` as MessageKey)]);
      return { role, row: el('div', { class: detected === undefined ? 'cv-role cv-absent' : 'cv-role' }, [label, select]) };
    });
    // Required and found columns first; the optional roles the sheet lacks fold away.
    const shown = rows.filter(({ role }) => REQUIRED.has(role) || mapping[role] !== undefined || state.choices[role] !== undefined);
    const folded = rows.filter((entry) => !shown.includes(entry));
    replaceChildren(mappingList, [
      el('div', { class: 'cv-mapping-grid' }, shown.map(({ row }) => row)),
      folded.length === 0 ? null : el('details', { class: 'cv-more' }, [
        el('summary', {}, [tr('panel.ui.moreColumns', { count: folded.length })]),
        el('div', { class: 'cv-mapping-grid' }, folded.map(({ row }) => row)),
      ]),
    ]);
  }

  function dryRun(): void {
    state.read = null;
    preview.textContent = '';
    if (!state.cells || !state.context) return;
    try {
      clearError();
      state.read = readSales(state.cells, {
        columns: state.choices, dateSystem: state.context.dateSystem, slashDateOrder: slashDateOrderForLocale(state.context.locale),
      });
      preview.textContent = tr('panel.ui.rowsPreview', {
        used: formatNumber(state.read.table.rowCount, state.lang),
        skipped: formatNumber(state.read.skipped.length, state.lang),
        clients: formatNumber(state.read.table.clients.length, state.lang),
      });
    } catch (error) {
      showError(error);
    }
    drawMapping();
    runButton.disabled = !state.read || validatePanelOptions(state.options).length > 0 || state.running;
  }

  async function readSource(): Promise<CellGrid> {
    const context = state.context as WorkbookContext;
    const info = context.sheets.find((sheet) => sheet.name === state.sheet);
    if (!info || info.rows === 0) {
      if (!context.sheets.some((sheet) => sheet.rows > 0)) throw new ClientValueError('panel.ui.noSheets');
      if (!info) throw new ClientValueError('panel.error.noSheet', { sheet: state.sheet });
    }
    const range = state.useSelection ? context.selection : null;
    const block = range ? a1ToBlock(range) : null;
    // A whole-column selection counts only the rows in use (the host reads no more).
    const size = block ? clipToUsed(block, info.rows, info.columns) : info;
    checkSheetSize(info.name, size.rows, size.columns, context.cellLimit);
    const values = await port.readValues(state.sheet, range);
    return range ? placeAtBlock(values, block) : values;
  }

  async function loadSource(): Promise<void> {
    clearError();
    state.cells = null;
    state.read = null;
    status.textContent = tr('panel.ui.loading');
    try {
      state.cells = await readSource();
      status.textContent = '';
      dryRun();
    } catch (error) {
      status.textContent = '';
      drawMapping();
      showError(error);
      runButton.disabled = true;
    }
  }

  async function refreshContext(): Promise<void> {
    const [context, marker] = await Promise.all([port.context(), port.getSetting(OUTPUT_MARKER_KEY)]);
    state.context = context;
    const outputs = previousOutput(marker, context.sheets);
    state.outputIds = new Set(outputs.map((sheet) => sheet.id));
    if (!context.sheets.some((sheet) => sheet.name === state.sheet)) state.sheet = pickSource(context, state.outputIds);
    drawSheets(context);
  }

  function confirmReplace(previous: readonly SheetInfo[]): Promise<boolean> {
    return new Promise((resolve) => {
      const yes = el('button', { type: 'button', class: 'cv-primary' }, [tr('panel.ui.replace')]);
      const no = el('button', { type: 'button', class: 'cv-secondary' }, [tr('panel.ui.cancel')]);
      const done = (answer: boolean) => {
        confirmBox.hidden = true;
        replaceChildren(confirmBox, []);
        resolve(answer);
      };
      yes.addEventListener('click', () => done(true));
      no.addEventListener('click', () => done(false));
      replaceChildren(confirmBox, [
        el('p', {}, [tr('panel.ui.confirmReplace', { sheets: previous.map((sheet) => `“${sheet.name}”`).join(', ') })]),
        el('div', { class: 'cv-buttons' }, [yes, no]),
      ]);
      confirmBox.hidden = false;
      yes.focus();
    });
  }

  async function run(): Promise<void> {
    if (state.running || !state.context) return;
    state.running = true;
    runButton.disabled = true;
    progress.hidden = false;
    result.hidden = true;
    clearError();
    try {
      await port.setSetting(OPTIONS_SETTING_KEY, serializePanelOptions(state.options));
      status.textContent = tr('panel.ui.progress.reading');
      await nextFrame();
      state.cells = await readSource();
      status.textContent = tr('panel.ui.progress.analysing', { rows: formatNumber(state.cells.length, state.lang) });
      await nextFrame();
      const analysis = await analyzer.analyze(state.cells, panelAnalysisOptions(state.options, state.choices, state.context, state.lang));
      status.textContent = tr('panel.ui.progress.writing');
      await nextFrame();
      const outcome = await writeAnalysis(port, analysis, { lang: state.lang, confirmReplace });
      if (outcome.status === 'cancelled') {
        status.textContent = tr('panel.ui.cancelled');
      } else {
        status.textContent = '';
        drawResult(analysis, outcome.clientsSheet);
        deps.onWritten?.();
        await refreshContext();
      }
    } catch (error) {
      status.textContent = '';
      showError(error);
    } finally {
      state.running = false;
      progress.hidden = true;
      runButton.disabled = !state.read;
    }
  }

  function drawResult(analysis: Analysis, clientsSheet: string): void {
    const { summary } = analysis;
    const lang = state.lang;
    const measure = tr(`panel.measure.${summary.abc.measure}` as MessageKey);
    const classes = el('ul', { class: 'cv-classes' }, summary.abc.classes.map((row) =>
      el('li', { class: `cv-class cv-class-${row.abcClass}` }, [tr('panel.ui.classCount', {
        abcClass: row.abcClass, clients: formatNumber(row.clients, lang), share: formatPercent(row.measureShare, lang), measure,
      })])));
    const c = summary.concentration;
    const top1 = c.top1Client ? `${formatPercent(c.top1Share, lang)} (${c.top1Client})` : formatPercent(c.top1Share, lang);
    const warnings = summary.warnings.length === 0 ? null : el('div', { class: 'cv-warnings' }, [
      el('h3', {}, [tr('panel.ui.warnings')]),
      el('ul', {}, summary.warnings.map((warning) => el('li', {}, [render(lang, warning.message)]))),
    ]);
    const skipped = analysis.skipped.length === 0 ? null : el('details', { class: 'cv-skipped' }, [
      el('summary', {}, [tr('panel.ui.skipped', { count: formatNumber(analysis.skipped.length, lang) })]),
      el('ul', {}, analysis.skipped.slice(0, SKIPPED_SHOWN).map((row) =>
        el('li', {}, [tr('panel.ui.skippedRow', { row: row.row, reason: render(lang, row.message) })]))),
      analysis.skipped.length > SKIPPED_SHOWN
        ? el('p', { class: 'cv-hint' }, [tr('panel.ui.skippedMore', { count: analysis.skipped.length - SKIPPED_SHOWN })])
        : null,
    ]);
    const open = el('button', { type: 'button', class: 'cv-secondary', id: 'cv-open' }, [tr('panel.ui.openClients', { sheet: clientsSheet })]);
    open.addEventListener('click', () => {
      port.activate(clientsSheet).then(() => deps.onWritten?.(), showError);
    });
    replaceChildren(result, [
      el('h2', {}, [tr('panel.ui.done', { clients: formatNumber(summary.clients, lang), rows: formatNumber(summary.rowsUsed, lang) })]),
      classes,
      el('p', { class: 'cv-concentration' }, [tr('panel.ui.concentration', {
        top1, top5: formatPercent(c.top5Share, lang), hhi: c.hhi.toLocaleString(LOCALES[lang], { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
      })]),
      warnings,
      skipped,
      open,
    ]);
    result.hidden = false;
  }

  sheetSelect.addEventListener('change', () => {
    state.sheet = sheetSelect.value;
    state.choices = {};
    if (state.context) drawSheets(state.context);
    void loadSource();
  });
  selectionBox.addEventListener('change', () => {
    state.useSelection = selectionBox.checked;
    state.choices = {};
    void loadSource();
  });
  rereadButton.addEventListener('click', () => {
    void refreshContext().then(loadSource, showError);
  });
  runButton.addEventListener('click', () => void run());

  runButton.disabled = true;
  drawStatic();
  status.textContent = tr('panel.ui.loading');
  try {
    const [context, stored] = await Promise.all([port.context(), port.getSetting(OPTIONS_SETTING_KEY)]);
    state.lang = deps.lang ?? langFromLocale(context.locale);
    state.options = parsePanelOptions(stored);
    drawStatic();
    drawOptions();
    await refreshContext();
    await loadSource();
    if (deps.autoRun && state.read) await run();
  } catch (error) {
    status.textContent = '';
    showError(error);
  }
}

/** Display texts of the first non-blank row (the likely header), for choosing columns by hand. */
function firstRowTexts(cells: CellGrid | null): string[] {
  const row = cells?.find((candidate) => candidate.some((cell) => !isBlankCell(cell)));
  if (!row) return [];
  const width = Math.max(...cells!.slice(0, 50).map((candidate) => candidate.length));
  return Array.from({ length: width }, (_, column) => {
    const cell = row[column];
    return cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
  });
}

/** The active sheet, unless it is one of the add-in's outputs or empty: then the first sheet with data. */
function pickSource(context: WorkbookContext, outputIds: ReadonlySet<string>): string {
  const usable = (sheet: SheetInfo) => !outputIds.has(sheet.id) && sheet.rows > 0;
  const active = context.sheets.find((sheet) => sheet.name === context.activeSheet);
  if (active && usable(active)) return active.name;
  return (context.sheets.find(usable) ?? context.sheets[0])?.name ?? '';
}
