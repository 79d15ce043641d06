/** Texts of the methods part (value coefficient, ABC, XYZ, concentration, the pipeline), in English, Russian and Ukrainian. */
import type { Translations } from '../lang';

export const methodMessages = {
  'methods.warning.top1': {
    en: 'The largest client, {client}, brings {share} of turnover (more than {limit}): losing it would cut sales sharply.',
    ru: 'Крупнейший клиент, {client}, дает {share} оборота (больше {limit}): его уход резко сократит продажи.',
    uk: 'Найбільший клієнт, {client}, дає {share} обороту (більше {limit}): його відхід різко скоротить продажі.',
  },
  'methods.warning.hhi': {
    en: 'Sales depend on few clients: the Herfindahl–Hirschman index is {hhi} (above {limit}); the top 5 clients bring {top5} of turnover.',
    ru: 'Продажи зависят от немногих клиентов: индекс Херфиндаля–Хиршмана {hhi} (выше {limit}); 5 крупнейших клиентов дают {top5} оборота.',
    uk: 'Продажі залежать від небагатьох клієнтів: індекс Герфіндаля–Гіршмана {hhi} (вище {limit}); 5 найбільших клієнтів дають {top5} обороту.',
  },
  'methods.warning.xyzPartialPeriodLeftOut': {
    en: 'XYZ: the period {period} is partial (the analysis date is {asOf}) and was left out of the variation, so the series ends at the last complete period; its sales still count in turnover, ABC and the other results. To count it as a whole period, set the option partial=include (CLI: --xyz-partial include).',
    ru: 'XYZ: период {period} неполный (дата анализа {asOf}) и не вошел в расчет вариации, ряд заканчивается последним полным периодом; его продажи по-прежнему учитываются в обороте, ABC и остальных результатах. Чтобы считать его полным периодом, задайте параметр partial=include (CLI: --xyz-partial include).',
    uk: 'XYZ: період {period} неповний (дата аналізу {asOf}) і не увійшов до розрахунку варіації, ряд закінчується останнім повним періодом; його продажі й надалі враховуються в обороті, ABC та інших результатах. Щоб рахувати його повним періодом, задайте параметр partial=include (CLI: --xyz-partial include).',
  },
  'methods.warning.rowsAfterAsOf': {
    en: '{rows} {rows|row|rows} dated after the analysis date {asOf} {rows|was|were} left out of the analysis.',
    ru: '{rows} {rows|строка|строки|строк} с датой позже даты анализа {asOf} не {rows|вошла|вошли|вошли} в анализ.',
    uk: '{rows} {rows|рядок|рядки|рядків} з датою пізніше за дату аналізу {asOf} не {rows|увійшов|увійшли|увійшли} до аналізу.',
  },
  'methods.error.noMarginColumn': {
    en: 'ABC by margin needs a margin column, and the sheet has none. Choose the margin column or rank clients by turnover.',
    ru: 'Для ABC по марже нужен столбец маржи, а в листе его нет. Укажите столбец маржи или ранжируйте клиентов по обороту.',
    uk: 'Для ABC за маржею потрібен стовпець маржі, а в аркуші його немає. Вкажіть стовпець маржі або ранжуйте клієнтів за оборотом.',
  },
  'methods.error.abcThresholds': {
    en: 'ABC limits must be two shares with 0 < A ≤ B ≤ 100 %; got A = {a}, B = {b}.',
    ru: 'Границы ABC должны быть двумя долями, 0 < A ≤ B ≤ 100 %; получено A = {a}, B = {b}.',
    uk: 'Межі ABC мають бути двома частками, 0 < A ≤ B ≤ 100 %; отримано A = {a}, B = {b}.',
  },
  'methods.error.xyzThresholds': {
    en: 'XYZ limits must be two coefficients of variation with 0 < X ≤ Y; got X = {x}, Y = {y}.',
    ru: 'Границы XYZ должны быть двумя коэффициентами вариации, 0 < X ≤ Y; получено X = {x}, Y = {y}.',
    uk: 'Межі XYZ мають бути двома коефіцієнтами варіації, 0 < X ≤ Y; отримано X = {x}, Y = {y}.',
  },
  'methods.error.badUnit': {
    en: 'The turnover unit must be 1, 1000 or 1000000; got {unit}.',
    ru: 'Единица оборота должна быть 1, 1000 или 1000000; получено {unit}.',
    uk: 'Одиниця обороту має бути 1, 1000 або 1000000; отримано {unit}.',
  },
  'methods.error.badAsOf': {
    en: 'The analysis date must be a calendar day; got {asOf}.',
    ru: 'Дата анализа должна быть календарным днем; получено {asOf}.',
    uk: 'Дата аналізу має бути календарним днем; отримано {asOf}.',
  },
  'methods.error.asOfBeforeData': {
    en: 'The analysis date {asOf} is before the first sale ({firstDay}): there is nothing to analyse.',
    ru: 'Дата анализа {asOf} раньше первой продажи ({firstDay}): анализировать нечего.',
    uk: 'Дата аналізу {asOf} раніше за перший продаж ({firstDay}): аналізувати нічого.',
  },
  'methods.error.calibrationAfterAsOf': {
    en: 'The CLV calibration end {calibrationEnd} is after the analysis date {asOf}, and the analysis leaves out every sale after {asOf}. Choose a calibration end on or before {asOf}, or a later analysis date (--as-of).',
    ru: 'Конец калибровки CLV {calibrationEnd} позже даты анализа {asOf}, а анализ не учитывает продажи после {asOf}. Выберите конец калибровки не позже {asOf} или более позднюю дату анализа (--as-of).',
    uk: 'Кінець калібрування CLV {calibrationEnd} пізніший за дату аналізу {asOf}, а аналіз не враховує продажі після {asOf}. Оберіть кінець калібрування не пізніше {asOf} або пізнішу дату аналізу (--as-of).',
  },
  'methods.error.badOption': {
    en: 'The option {option} cannot be {value}: it expects {expected}.',
    ru: 'Параметр {option} не может быть равен {value}: ожидается {expected}.',
    uk: 'Параметр {option} не може дорівнювати {value}: очікується {expected}.',
  },
} satisfies Record<string, Translations>;
