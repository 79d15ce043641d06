/**
 * The options form: every option the analysis uses, showing METHODS.md's defaults (a field left at
 * its default shows that value) and letting the manager change them. Percentages are shown as
 * percent (80) and kept as fractions (0.8) as the core expects.
 */
import type { Lang } from '../../../shared/i18n/lang';
import { t, type MessageKey } from '../../../shared/i18n/translate';
import { dayFromIso, isoFromDay } from '../../../shared/table/dates';
import { copyPlain, defaultPanelOptions, type PanelOptions } from '../settings';
import { el } from './dom';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

export function optionsForm(
  lang: Lang,
  current: PanelOptions,
  onChange: (next: PanelOptions) => void,
  onReset: () => void,
): HTMLElement {
  const draft = copyPlain(current) as Mutable<PanelOptions>;
  const tr = (key: MessageKey) => t(lang, key);
  const changed = () => onChange(copyPlain(draft) as PanelOptions);

  const numberField = (key: MessageKey, id: string, value: number, set: (value: number) => void, step = '0.01') => {
    const input = el('input', { type: 'number', id, step, value: String(round(value)), inputmode: 'decimal' });
    input.addEventListener('input', () => {
      set(input.value.trim() === '' ? NaN : Number(input.value));
      changed();
    });
    return field(key, id, input);
  };
  const percentField = (key: MessageKey, id: string, value: number, set: (value: number) => void) =>
    numberField(key, id, value * 100, (percent) => set(percent / 100), '1');
  const selectField = <T extends string | number>(key: MessageKey, id: string, value: T,
    choices: readonly [T, string][], set: (value: T) => void) => {
    const select = el('select', { id }, choices.map(([choice, label]) =>
      el('option', { value: String(choice), selected: choice === value }, [label])));
    select.addEventListener('change', () => {
      const picked = choices.find(([choice]) => String(choice) === select.value);
      if (picked) set(picked[0]);
      changed();
    });
    return field(key, id, select);
  };
  const field = (key: MessageKey, id: string, control: HTMLElement, hint?: string) =>
    el('div', { class: 'cv-field' }, [el('label', { for: id }, [tr(key)]), control, hint ? el('small', { class: 'cv-hint' }, [hint]) : null]);

  const asOf = el('input', { type: 'date', id: 'cv-asof', value: draft.asOf === null ? '' : isoFromDay(draft.asOf) });
  asOf.addEventListener('change', () => {
    const day = asOf.value ? dayFromIso(asOf.value) : NaN;
    draft.asOf = Number.isFinite(day) ? day : null;
    changed();
  });
  // Fill-down (issue 10): a checkbox, its label after it.
  const fillDown = el('input', { type: 'checkbox', id: 'cv-fill-down', checked: draft.fillDown });
  fillDown.addEventListener('change', () => {
    draft.fillDown = fillDown.checked;
    changed();
  });
  const keepDates = el('input', { type: 'checkbox', id: 'cv-keep-unusual-dates', checked: draft.keepUnusualDates });
  keepDates.addEventListener('change', () => {
    draft.keepUnusualDates = keepDates.checked;
    changed();
  });
  const reset = el('button', { type: 'button', class: 'cv-secondary', id: 'cv-reset' }, [tr('panel.ui.reset')]);
  reset.addEventListener('click', () => {
    onChange(defaultPanelOptions());
    onReset();
  });

  return el('div', { class: 'cv-options-body' }, [
    el('fieldset', {}, [
      el('legend', {}, [tr('panel.ui.abcGroup')]),
      selectField('panel.option.measure', 'cv-measure', draft.abc.measure,
        (['turnover', 'margin', 'valueCoefficient'] as const).map((m) => [m, tr(`panel.measure.${m}`)]), (v) => { draft.abc.measure = v; }),
      percentField('panel.option.abcA', 'cv-abc-a', draft.abc.thresholds[0], (v) => { draft.abc.thresholds[0] = v; }),
      percentField('panel.option.abcB', 'cv-abc-b', draft.abc.thresholds[1], (v) => { draft.abc.thresholds[1] = v; }),
      selectField('panel.option.boundary', 'cv-boundary', draft.abc.boundary,
        (['upper', 'lower'] as const).map((b) => [b, tr(`panel.boundary.${b}`)]), (v) => { draft.abc.boundary = v; }),
    ]),
    el('fieldset', {}, [
      el('legend', {}, [tr('panel.ui.xyzGroup')]),
      selectField('panel.option.xyzPeriod', 'cv-xyz-period', draft.xyz.period,
        (['month', 'quarter', 'year'] as const).map((g) => [g, tr(`panel.grain.${g}`)]), (v) => { draft.xyz.period = v; }),
      percentField('panel.option.xyzX', 'cv-xyz-x', draft.xyz.thresholds[0], (v) => { draft.xyz.thresholds[0] = v; }),
      percentField('panel.option.xyzY', 'cv-xyz-y', draft.xyz.thresholds[1], (v) => { draft.xyz.thresholds[1] = v; }),
      selectField('panel.option.xyzPartial', 'cv-xyz-partial', draft.xyz.partialPeriod,
        (['exclude', 'include'] as const).map((p) => [p, tr(`panel.partial.${p}`)]), (v) => { draft.xyz.partialPeriod = v; }),
      selectField('panel.option.deviation', 'cv-deviation', draft.xyz.deviation,
        (['population', 'sample'] as const).map((d) => [d, tr(`panel.deviation.${d}`)]), (v) => { draft.xyz.deviation = v; }),
      field('panel.option.asOf', 'cv-asof', asOf, tr('panel.ui.asOfHint')),
      field('panel.option.keepUnusualDates', 'cv-keep-unusual-dates', keepDates, tr('panel.ui.keepUnusualDatesHint')),
    ]),
    el('fieldset', {}, [
      el('legend', {}, [tr('panel.ui.kcGroup')]),
      selectField('panel.option.unit', 'cv-unit', draft.unit,
        ([1, 1000, 1000000] as const).map((u) => [u, tr(`panel.ui.unit${u}`)]), (v) => { draft.unit = v; }),
      numberField('panel.option.kpPrepayment', 'cv-kp-pre', draft.payment.prepayment, (v) => { draft.payment.prepayment = v; }),
      numberField('panel.option.kpOnTime', 'cv-kp-ontime', draft.payment.onTime, (v) => { draft.payment.onTime = v; }),
      numberField('panel.option.kpLateShort', 'cv-kp-short', draft.payment.lateShort, (v) => { draft.payment.lateShort = v; }),
      numberField('panel.option.kpLateLong', 'cv-kp-long', draft.payment.lateLong, (v) => { draft.payment.lateLong = v; }),
      numberField('panel.option.kpLateDays', 'cv-kp-days', draft.payment.lateDaysLimit, (v) => { draft.payment.lateDaysLimit = v; }, '1'),
      numberField('panel.option.kfWeekly', 'cv-kf-weekly', draft.regularity.weekly.coefficient, (v) => { draft.regularity.weekly.coefficient = v; }),
      numberField('panel.option.kfWeeklyDays', 'cv-kf-weekly-days', draft.regularity.weekly.maxDays, (v) => { draft.regularity.weekly.maxDays = v; }, '1'),
      numberField('panel.option.kfMonthly', 'cv-kf-monthly', draft.regularity.monthly.coefficient, (v) => { draft.regularity.monthly.coefficient = v; }),
      numberField('panel.option.kfMonthlyDays', 'cv-kf-monthly-days', draft.regularity.monthly.maxDays, (v) => { draft.regularity.monthly.maxDays = v; }, '1'),
      numberField('panel.option.kfQuarterly', 'cv-kf-quarterly', draft.regularity.quarterly.coefficient, (v) => { draft.regularity.quarterly.coefficient = v; }),
      numberField('panel.option.kfQuarterlyDays', 'cv-kf-quarterly-days', draft.regularity.quarterly.maxDays, (v) => { draft.regularity.quarterly.maxDays = v; }, '1'),
      numberField('panel.option.kfRare', 'cv-kf-rare', draft.regularity.rare, (v) => { draft.regularity.rare = v; }),
    ]),
    el('fieldset', {}, [
      el('legend', {}, [tr('panel.ui.readingGroup')]),
      el('div', { class: 'cv-field cv-check' }, [fillDown, el('label', { for: 'cv-fill-down' }, [tr('panel.option.fillDown')]),
        el('small', { class: 'cv-hint' }, [tr('panel.ui.fillDownHint')])]),
    ]),
    reset,
  ]);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
