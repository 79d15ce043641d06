/** Texts of the catalogue part, in English, Russian and Ukrainian. */
import type { Translations } from '../lang';

export const catalogueMessages = {
  // Argument errors: one place for every message a bad argument gives, in both hosts.
  'catalogue.error.required': {
    en: '{argument}: a value is required.',
    ru: '{argument}: нужно указать значение.',
    uk: '{argument}: потрібно вказати значення.',
  },
  'catalogue.error.notNumber': {
    en: '{argument}: expected a number, got "{value}".',
    ru: '{argument}: ожидается число, получено «{value}».',
    uk: '{argument}: очікується число, отримано «{value}».',
  },
  'catalogue.error.notNumberAt': {
    en: '{argument}, cell {position} of the range: expected a number, got "{value}".',
    ru: '{argument}, ячейка {position} диапазона: ожидается число, получено «{value}».',
    uk: '{argument}, клітинка {position} діапазону: очікується число, отримано «{value}».',
  },
  'catalogue.error.tooLarge': {
    en: '{argument}: {value} is too large to be an amount (a quadrillion or more).',
    ru: '{argument}: {value} слишком велико для суммы (квадриллион и больше).',
    uk: '{argument}: {value} завелике для суми (квадрильйон і більше).',
  },
  'catalogue.error.tooLargeAt': {
    en: '{argument}, cell {position} of the range: {value} is too large to be an amount (a quadrillion or more).',
    ru: '{argument}, ячейка {position} диапазона: {value} слишком велико для суммы (квадриллион и больше).',
    uk: '{argument}, клітинка {position} діапазону: {value} завелике для суми (квадрильйон і більше).',
  },
  'catalogue.error.errorCell': {
    en: '{argument}, cell {position} of the range: holds the error {value}.',
    ru: '{argument}, ячейка {position} диапазона: содержит ошибку {value}.',
    uk: '{argument}, клітинка {position} діапазону: містить помилку {value}.',
  },
  'catalogue.error.notDateAt': {
    en: '{argument}, cell {position} of the range: "{value}" is not a date.',
    ru: '{argument}, ячейка {position} диапазона: «{value}» не является датой.',
    uk: '{argument}, клітинка {position} діапазону: «{value}» не є датою.',
  },
  'catalogue.error.blankClientFillDown': {
    en: 'clients, cell {position} of the range: blank. {count} blank clients sit under a client: to give each the client above, add the option filldown=yes.',
    ru: 'clients, ячейка {position} диапазона: пусто. Пустых клиентов под клиентом: {count}; чтобы дать каждому клиента сверху, добавьте параметр filldown=yes.',
    uk: 'clients, клітинка {position} діапазону: порожньо. Порожніх клієнтів під клієнтом: {count}; щоб дати кожному клієнта згори, додайте параметр filldown=yes.',
  },
  'catalogue.error.blankAt': {
    en: '{argument}, cell {position} of the range: blank, but the sale in that row needs it.',
    ru: '{argument}, ячейка {position} диапазона: пусто, а продаже в этой строке значение нужно.',
    uk: '{argument}, клітинка {position} діапазону: порожньо, а продажу в цьому рядку значення потрібне.',
  },
  'catalogue.error.notSingle': {
    en: '{argument}: expected one value, got a range of {count} cells.',
    ru: '{argument}: ожидается одно значение, получен диапазон из {count} ячеек.',
    uk: '{argument}: очікується одне значення, отримано діапазон з {count} клітинок.',
  },
  'catalogue.error.notLine': {
    en: '{argument}: expected one column (or one row), got {rows} rows × {columns} columns.',
    ru: '{argument}: ожидается один столбец (или одна строка), получено {rows} строк × {columns} столбцов.',
    uk: '{argument}: очікується один стовпець (або один рядок), отримано {rows} рядків × {columns} стовпців.',
  },
  'catalogue.error.lengthMismatch': {
    en: 'The ranges must be the same size, one row per client or sale: {argument} has {count} cells, {other} has {expected}.',
    ru: 'Диапазоны должны быть одного размера, по строке на клиента или продажу: в {argument} {count} {count|ячейка|ячейки|ячеек}, в {other} {expected}.',
    uk: 'Діапазони мають бути однакового розміру, по рядку на клієнта або продаж: у {argument} {count} {count|клітинка|клітинки|клітинок}, у {other} {expected}.',
  },
  'catalogue.error.negativeRecencyAt': {
    en: '{argument}, cell {position} of the range: recency is the number of days since the last purchase and cannot be negative, got {value}.',
    ru: '{argument}, ячейка {position} диапазона: давность — число дней с последней покупки, она не может быть отрицательной, получено {value}.',
    uk: '{argument}, клітинка {position} діапазону: давність — кількість днів від останньої покупки, вона не може бути від’ємною, отримано {value}.',
  },
  'catalogue.error.negative': {
    en: '{argument}: must not be negative, got {value}.',
    ru: '{argument}: не может быть отрицательным, получено {value}.',
    uk: '{argument}: не може бути від’ємним, отримано {value}.',
  },
  'catalogue.error.category': {
    en: '{argument}: "{value}" is neither a coefficient nor a known category ({choices}).',
    ru: '{argument}: «{value}» — не коэффициент и не известная категория ({choices}).',
    uk: '{argument}: «{value}» — не коефіцієнт і не відома категорія ({choices}).',
  },
  'catalogue.error.thresholds': {
    en: '{argument}: expected two limits in increasing order between 0 and 100 % (for example 80,95 or {0.8;0.95}), got "{value}".',
    ru: '{argument}: ожидаются две границы по возрастанию от 0 до 100 % (например 80,95 или {0,8;0,95}), получено «{value}».',
    uk: '{argument}: очікуються дві межі за зростанням від 0 до 100 % (наприклад 80,95 або {0,8;0,95}), отримано «{value}».',
  },
  'catalogue.error.unknownOption': {
    en: '{argument}: unknown option "{value}"; known options: {choices}.',
    ru: '{argument}: неизвестный параметр «{value}»; известные параметры: {choices}.',
    uk: '{argument}: невідомий параметр «{value}»; відомі параметри: {choices}.',
  },
  'catalogue.error.badOptionValue': {
    en: '{argument}: option {option} cannot be "{value}" ({expected}).',
    ru: '{argument}: параметр {option} не может быть «{value}» ({expected}).',
    uk: '{argument}: параметр {option} не може бути «{value}» ({expected}).',
  },
  'catalogue.error.optionsShape': {
    en: '{argument}: expected a text like "abc=80,95; xyz=10,25; period=month" or a range of two columns (name, value).',
    ru: '{argument}: ожидается текст вида «abc=80,95; xyz=10,25; period=month» или диапазон из двух столбцов (имя, значение).',
    uk: '{argument}: очікується текст на кшталт «abc=80,95; xyz=10,25; period=month» або діапазон із двох стовпців (назва, значення).',
  },
  'catalogue.error.noRows': {
    en: '{argument}: no row with a client and an amount to analyse.',
    ru: '{argument}: нет ни одной строки с клиентом и суммой для анализа.',
    uk: '{argument}: немає жодного рядка з клієнтом і сумою для аналізу.',
  },
  'catalogue.error.badChoice': {
    en: '{argument}: "{value}" is not one of {choices}.',
    ru: '{argument}: «{value}» — не одно из значений {choices}.',
    uk: '{argument}: «{value}» — не одне зі значень {choices}.',
  },
  'catalogue.error.rfmScore': {
    en: '{argument}, cell {position} of the range: "{value}" is not an RFM score (three digits 1 to 5, such as 543).',
    ru: '{argument}, ячейка {position} диапазона: «{value}» — не RFM-балл (три цифры от 1 до 5, например 543).',
    uk: '{argument}, клітинка {position} діапазону: «{value}» — не RFM-бал (три цифри від 1 до 5, наприклад 543).',
  },
  'catalogue.error.unknownFunction': {
    en: 'Unknown function {name}.',
    ru: 'Неизвестная функция {name}.',
    uk: 'Невідома функція {name}.',
  },
  'catalogue.error.unexpected': {
    en: '{name}: the calculation failed ({detail}).',
    ru: '{name}: расчёт не удался ({detail}).',
    uk: '{name}: розрахунок не вдався ({detail}).',
  },

  // CLIENT_VALUE
  'catalogue.CLIENT_VALUE.help': {
    en: 'Client value coefficient Kc = turnover × payment coefficient × regularity coefficient. Payment: a coefficient or prepayment (1.1), deferral (1.0), late up to 15 days (0.8), late over 15 days (0.6). Regularity: a coefficient or weekly (1.0), monthly (0.9), quarterly (0.7), rare (0.5).',
    ru: 'Коэффициент ценности клиента Kc = оборот × коэффициент оплаты × коэффициент регулярности. Оплата: коэффициент или предоплата (1,1), отсрочка (1,0), просрочка до 15 дней (0,8), просрочка более 15 дней (0,6). Регулярность: коэффициент или еженедельно (1,0), ежемесячно (0,9), ежеквартально (0,7), редко (0,5).',
    uk: 'Коефіцієнт цінності клієнта Kc = оборот × коефіцієнт оплати × коефіцієнт регулярності. Оплата: коефіцієнт або передоплата (1,1), відстрочка (1,0), прострочка до 15 днів (0,8), прострочка понад 15 днів (0,6). Регулярність: коефіцієнт або щотижня (1,0), щомісяця (0,9), щокварталу (0,7), рідко (0,5).',
  },
  'catalogue.CLIENT_VALUE.turnover': {
    en: 'The client\'s turnover in the period, net of returns, in the unit you choose.',
    ru: 'Оборот клиента за период за вычетом возвратов, в выбранных единицах.',
    uk: 'Оборот клієнта за період за вирахуванням повернень, у вибраних одиницях.',
  },
  'catalogue.CLIENT_VALUE.payment': {
    en: 'Payment discipline Kp: a coefficient, or prepayment, deferral, late short, late long.',
    ru: 'Платёжная дисциплина Kp: коэффициент или предоплата, отсрочка, просрочка до 15 дней, просрочка более 15 дней.',
    uk: 'Платіжна дисципліна Kp: коефіцієнт або передоплата, відстрочка, прострочка до 15 днів, прострочка понад 15 днів.',
  },
  'catalogue.CLIENT_VALUE.regularity': {
    en: 'Order regularity Kf: a coefficient, or weekly, monthly, quarterly, rare.',
    ru: 'Регулярность заказов Kf: коэффициент или еженедельно, ежемесячно, ежеквартально, редко.',
    uk: 'Регулярність замовлень Kf: коефіцієнт або щотижня, щомісяця, щокварталу, рідко.',
  },
  'catalogue.CLIENT_VALUE.returns': {
    en: 'The value coefficient Kc.',
    ru: 'Коэффициент ценности Kc.',
    uk: 'Коефіцієнт цінності Kc.',
  },

  // ABC_CLASS
  'catalogue.ABC_CLASS.help': {
    en: 'ABC class of each value (one column aligned with the input): ranked by value, A up to 80 % of the cumulative total, B up to 95 %, C the rest; the value that crosses a limit stays in the upper class; zero or negative values are C; blank cells stay blank.',
    ru: 'ABC-класс каждого значения (один столбец напротив входных данных): по убыванию, A до 80 % нарастающего итога, B до 95 %, C остальные; значение, пересекающее границу, остаётся в верхнем классе; нулевые и отрицательные — C; пустые ячейки остаются пустыми.',
    uk: 'ABC-клас кожного значення (один стовпець навпроти вхідних даних): за спаданням, A до 80 % наростаючого підсумку, B до 95 %, C решта; значення, що перетинає межу, лишається у верхньому класі; нульові та від’ємні — C; порожні клітинки лишаються порожніми.',
  },
  'catalogue.ABC_CLASS.values': {
    en: 'One value per client (turnover, margin or Kc): a column; blanks at the end are ignored.',
    ru: 'Одно значение на клиента (оборот, маржа или Kc): столбец; пустые ячейки в конце не учитываются.',
    uk: 'Одне значення на клієнта (оборот, маржа або Kc): стовпець; порожні клітинки в кінці не враховуються.',
  },
  'catalogue.ABC_CLASS.thresholds': {
    en: 'Optional limits of A and B in percent of the cumulative total, e.g. 80,95 (the default) or {0.8;0.95}.',
    ru: 'Необязательные границы A и B в процентах нарастающего итога, например 80,95 (по умолчанию) или {0,8;0,95}.',
    uk: 'Необов’язкові межі A і B у відсотках наростаючого підсумку, наприклад 80,95 (за замовчуванням) або {0,8;0,95}.',
  },
  'catalogue.ABC_CLASS.boundary': {
    en: 'Optional: which class gets the value whose share crosses a limit: upper (the default; so the first value is always A) or lower, as CLIENT_TABLE\'s boundary option.',
    ru: 'Необязательно: в какой класс идёт значение, доля которого пересекает границу: upper (по умолчанию; первое значение всегда A) или lower, как параметр boundary у CLIENT_TABLE.',
    uk: 'Необов’язково: до якого класу йде значення, частка якого перетинає межу: upper (за замовчуванням; перше значення завжди A) або lower, як параметр boundary у CLIENT_TABLE.',
  },
  'catalogue.ABC_CLASS.returns': {
    en: 'A column of A, B or C.',
    ru: 'Столбец A, B или C.',
    uk: 'Стовпець A, B або C.',
  },

  // XYZ_CLASS
  'catalogue.XYZ_CLASS.help': {
    en: 'XYZ class of each client from its turnover per period: one row per client, one column per period in time order (blank = no purchase, counted as 0 from the client\'s first purchase on). Coefficient of variation (population) up to 10 % is X, up to 25 % Y, above Z.',
    ru: 'XYZ-класс каждого клиента по обороту за периоды: одна строка на клиента, один столбец на период по порядку (пусто = нет покупок, считается 0 начиная с первой покупки клиента). Коэффициент вариации (генеральный) до 10 % — X, до 25 % — Y, выше — Z.',
    uk: 'XYZ-клас кожного клієнта за оборотом за періоди: один рядок на клієнта, один стовпець на період по порядку (порожньо = немає покупок, вважається 0 починаючи з першої покупки клієнта). Коефіцієнт варіації (генеральний) до 10 % — X, до 25 % — Y, вище — Z.',
  },
  'catalogue.XYZ_CLASS.series': {
    en: 'Turnover per period: one row per client, periods as columns in time order.',
    ru: 'Оборот по периодам: одна строка на клиента, периоды — столбцы по порядку.',
    uk: 'Оборот за періодами: один рядок на клієнта, періоди — стовпці по порядку.',
  },
  'catalogue.XYZ_CLASS.thresholds': {
    en: 'Optional limits of X and Y in percent, e.g. 10,25 (the default) or {0.1;0.25}.',
    ru: 'Необязательные границы X и Y в процентах, например 10,25 (по умолчанию) или {0,1;0,25}.',
    uk: 'Необов’язкові межі X і Y у відсотках, наприклад 10,25 (за замовчуванням) або {0,1;0,25}.',
  },
  'catalogue.XYZ_CLASS.deviation': {
    en: 'Optional: the standard deviation in the coefficient of variation: population (the default, divides by n) or sample (divides by n − 1), as CLIENT_TABLE\'s deviation option.',
    ru: 'Необязательно: стандартное отклонение в коэффициенте вариации: population (по умолчанию, делится на n) или sample (выборочное, на n − 1), как параметр deviation у CLIENT_TABLE.',
    uk: 'Необов’язково: стандартне відхилення в коефіцієнті варіації: population (за замовчуванням, ділиться на n) або sample (вибіркове, на n − 1), як параметр deviation у CLIENT_TABLE.',
  },
  'catalogue.XYZ_CLASS.returns': {
    en: 'A column of X, Y or Z, one per row of series.',
    ru: 'Столбец X, Y или Z, по одному на строку данных.',
    uk: 'Стовпець X, Y або Z, по одному на рядок даних.',
  },

  // PARETO_SHARE
  'catalogue.PARETO_SHARE.help': {
    en: 'Cumulative share of the total (0 to 1) at each value when values are ranked from the largest: the Pareto curve, aligned with the input; blank cells stay blank.',
    ru: 'Нарастающая доля итога (от 0 до 1) для каждого значения при сортировке по убыванию: кривая Парето напротив входных данных; пустые ячейки остаются пустыми.',
    uk: 'Наростаюча частка підсумку (від 0 до 1) для кожного значення при сортуванні за спаданням: крива Парето навпроти вхідних даних; порожні клітинки лишаються порожніми.',
  },
  'catalogue.PARETO_SHARE.values': {
    en: 'One value per client: a column; blanks at the end are ignored.',
    ru: 'Одно значение на клиента: столбец; пустые ячейки в конце не учитываются.',
    uk: 'Одне значення на клієнта: стовпець; порожні клітинки в кінці не враховуються.',
  },
  'catalogue.PARETO_SHARE.returns': {
    en: 'A column of cumulative shares.',
    ru: 'Столбец нарастающих долей.',
    uk: 'Стовпець наростаючих часток.',
  },

  // CLIENT_TABLE
  'catalogue.CLIENT_TABLE.help': {
    en: 'The whole client table with a header row, from the sales rows: turnover, orders, first and last purchase, share, ABC, XYZ, Kp, Kf, Kc and more. Options: a text like "abc=80,95; xyz=10,25; period=month; measure=turnover; unit=1; asof=2024-12-31; dates=1904" or a range of two columns (name, value).',
    ru: 'Вся таблица клиентов с заголовком по строкам продаж: оборот, заказы, первая и последняя покупка, доля, ABC, XYZ, Kp, Kf, Kc и другое. Параметры: текст вида «abc=80,95; xyz=10,25; period=month; measure=turnover; unit=1; asof=2024-12-31; dates=1904» или диапазон из двух столбцов (имя, значение).',
    uk: 'Уся таблиця клієнтів із заголовком за рядками продажів: оборот, замовлення, перша й остання покупка, частка, ABC, XYZ, Kp, Kf, Kc тощо. Параметри: текст на кшталт «abc=80,95; xyz=10,25; period=month; measure=turnover; unit=1; asof=2024-12-31; dates=1904» або діапазон із двох стовпців (назва, значення).',
  },
  'catalogue.CLIENT_TABLE.clients': {
    en: 'The client of each sale: a column.',
    ru: 'Клиент каждой продажи: столбец.',
    uk: 'Клієнт кожного продажу: стовпець.',
  },
  'catalogue.CLIENT_TABLE.dates': {
    en: 'The date of each sale: a column of the same size (dates, or leave blank cells if there are none).',
    ru: 'Дата каждой продажи: столбец того же размера.',
    uk: 'Дата кожного продажу: стовпець того самого розміру.',
  },
  'catalogue.CLIENT_TABLE.amounts': {
    en: 'The amount of each sale (negative = return): a column of the same size.',
    ru: 'Сумма каждой продажи (отрицательная — возврат): столбец того же размера.',
    uk: 'Сума кожного продажу (від’ємна — повернення): стовпець того самого розміру.',
  },
  'catalogue.CLIENT_TABLE.options': {
    en: 'Optional settings: "abc=80,95; xyz=10,25; period=month; filldown=yes; keepunusualdates=yes" or a two-column range of names and values.',
    ru: 'Необязательные настройки: «abc=80,95; xyz=10,25; period=month; filldown=yes; keepunusualdates=yes» или диапазон из двух столбцов имён и значений.',
    uk: 'Необов’язкові налаштування: «abc=80,95; xyz=10,25; period=month; filldown=yes; keepunusualdates=yes» або діапазон із двох стовпців назв і значень.',
  },
  'catalogue.CLIENT_TABLE.returns': {
    en: 'The client table with a header row.',
    ru: 'Таблица клиентов со строкой заголовка.',
    uk: 'Таблиця клієнтів із рядком заголовка.',
  },

  // CONCENTRATION
  'catalogue.CONCENTRATION.help': {
    en: 'Dependence on key clients: a small table with the share of the largest client, of the top 5, and the Herfindahl–Hirschman index of client shares (warning above 20 % / 0.25).',
    ru: 'Зависимость от ключевых клиентов: небольшая таблица с долей крупнейшего клиента, топ-5 и индексом Херфиндаля — Хиршмана по долям клиентов (предупреждение выше 20 % / 0,25).',
    uk: 'Залежність від ключових клієнтів: невелика таблиця з часткою найбільшого клієнта, топ-5 та індексом Герфіндаля — Гіршмана за частками клієнтів (попередження вище 20 % / 0,25).',
  },
  'catalogue.CONCENTRATION.values': {
    en: 'One turnover per client: a column; blanks at the end are ignored.',
    ru: 'Один оборот на клиента: столбец; пустые ячейки в конце не учитываются.',
    uk: 'Один оборот на клієнта: стовпець; порожні клітинки в кінці не враховуються.',
  },
  'catalogue.CONCENTRATION.returns': {
    en: 'Three rows: top-1 share, top-5 share, HHI.',
    ru: 'Три строки: доля топ-1, доля топ-5, HHI.',
    uk: 'Три рядки: частка топ-1, частка топ-5, HHI.',
  },
  'catalogue.CONCENTRATION.top1': { en: 'Top-1 share', ru: 'Доля топ-1', uk: 'Частка топ-1' },
  'catalogue.CONCENTRATION.top5': { en: 'Top-5 share', ru: 'Доля топ-5', uk: 'Частка топ-5' },
  'catalogue.CONCENTRATION.hhi': { en: 'HHI', ru: 'HHI', uk: 'HHI' },

  // PLAN_FACT
  'catalogue.PLAN_FACT.help': {
    en: 'Plan/fact coefficient K = fact / plan for each row (volume, assortment or payment); blank where the plan is 0 or blank, never a division error.',
    ru: 'Коэффициент план/факт K = факт / план для каждой строки (объём, ассортимент или оплата); пусто там, где план 0 или не задан, без ошибки деления.',
    uk: 'Коефіцієнт план/факт K = факт / план для кожного рядка (обсяг, асортимент або оплата); порожньо там, де план 0 або не заданий, без помилки ділення.',
  },
  'catalogue.PLAN_FACT.fact': {
    en: 'The fact: a column (or one number).',
    ru: 'Факт: столбец (или одно число).',
    uk: 'Факт: стовпець (або одне число).',
  },
  'catalogue.PLAN_FACT.plan': {
    en: 'The plan: a column of the same size (or one number).',
    ru: 'План: столбец того же размера (или одно число).',
    uk: 'План: стовпець того самого розміру (або одне число).',
  },
  'catalogue.PLAN_FACT.returns': {
    en: 'A column of fact / plan.',
    ru: 'Столбец факт / план.',
    uk: 'Стовпець факт / план.',
  },

  // RFM_SCORE, RFM_SEGMENT
  'catalogue.RFM_SCORE.help': {
    en: 'RFM score 100·R + 10·F + M of each client (543 = R 5, F 4, M 3): recency, frequency and monetary scores 1 to 5 by quintiles (the most recent, most frequent, largest = 5; equal values share the score of their mid-rank, 1 + floor(5·(worse + tied/2)/n), so a column of equal values scores 3), or the R package rfm\'s breaks with mode "rfm-package". Blank when a value is missing.',
    ru: 'RFM-балл 100·R + 10·F + M каждого клиента (543 = R 5, F 4, M 3): баллы давности, частоты и суммы от 1 до 5 по квинтилям (самые недавние, частые, крупные = 5; равные значения получают балл своего среднего ранга, 1 + floor(5·(хуже + равных/2)/n), так что столбец равных значений получает 3) или по правилам R-пакета rfm при режиме "rfm-package". Пусто, если значения нет.',
    uk: 'RFM-бал 100·R + 10·F + M кожного клієнта (543 = R 5, F 4, M 3): бали давності, частоти й суми від 1 до 5 за квінтилями (найнедавніші, найчастіші, найбільші = 5; рівні значення мають бал свого середнього рангу, 1 + floor(5·(гірших + рівних/2)/n), тож стовпець рівних значень отримує 3) або за правилами R-пакета rfm у режимі "rfm-package". Порожньо, якщо значення немає.',
  },
  'catalogue.RFM_SCORE.recency': {
    en: 'Days since each client\'s last purchase: a column.',
    ru: 'Дней с последней покупки каждого клиента: столбец.',
    uk: 'Днів від останньої покупки кожного клієнта: стовпець.',
  },
  'catalogue.RFM_SCORE.frequency': {
    en: 'Number of orders of each client: a column of the same size.',
    ru: 'Число заказов каждого клиента: столбец того же размера.',
    uk: 'Кількість замовлень кожного клієнта: стовпець того самого розміру.',
  },
  'catalogue.RFM_SCORE.monetary': {
    en: 'Turnover of each client: a column of the same size.',
    ru: 'Оборот каждого клиента: столбец того же размера.',
    uk: 'Оборот кожного клієнта: стовпець того самого розміру.',
  },
  'catalogue.RFM_SCORE.mode': {
    en: 'Optional: "quintile" (the default) or "rfm-package".',
    ru: 'Необязательно: "quintile" (по умолчанию) или "rfm-package".',
    uk: 'Необов’язково: "quintile" (за замовчуванням) або "rfm-package".',
  },
  'catalogue.RFM_SCORE.returns': {
    en: 'A column of RFM scores.',
    ru: 'Столбец RFM-баллов.',
    uk: 'Стовпець RFM-балів.',
  },
  'catalogue.RFM_SEGMENT.help': {
    en: 'Named segment of each RFM score (three digits 1 to 5), by the R package rfm\'s example rules tried in order: Champions, Potential Loyalist, Loyal Customers, Promising, New Customers, Can\'t Lose Them, At Risk, Need Attention, About To Sleep, Lost; no match = Others.',
    ru: 'Именованный сегмент каждого RFM-балла (три цифры от 1 до 5) по правилам-примерам R-пакета rfm по порядку: Champions, Potential Loyalist, Loyal Customers, Promising, New Customers, Can\'t Lose Them, At Risk, Need Attention, About To Sleep, Lost; без совпадения — Others.',
    uk: 'Іменований сегмент кожного RFM-балу (три цифри від 1 до 5) за правилами-прикладами R-пакета rfm по черзі: Champions, Potential Loyalist, Loyal Customers, Promising, New Customers, Can\'t Lose Them, At Risk, Need Attention, About To Sleep, Lost; без збігу — Others.',
  },
  'catalogue.RFM_SEGMENT.scores': {
    en: 'RFM scores such as 543: a column.',
    ru: 'RFM-баллы, например 543: столбец.',
    uk: 'RFM-бали, наприклад 543: стовпець.',
  },
  'catalogue.RFM_SEGMENT.returns': {
    en: 'A column of segment names.',
    ru: 'Столбец названий сегментов.',
    uk: 'Стовпець назв сегментів.',
  },

  // RETENTION_RATE, CHURN_RATE
  'catalogue.RETENTION_RATE.help': {
    en: 'Retention rate per period, (E − N − R) / S: the share of the previous period\'s active clients still buying, not counting new and returning ones. From the sales columns; periods month, quarter, year or auto (year when the data span two years, else quarter).',
    ru: 'Коэффициент удержания по периодам, (E − N − R) / S: доля активных клиентов прошлого периода, которые продолжают покупать, без новых и вернувшихся. По столбцам продаж; периоды month, quarter, year или auto (год, если данные охватывают два года, иначе квартал).',
    uk: 'Коефіцієнт утримання за періодами, (E − N − R) / S: частка активних клієнтів попереднього періоду, які й далі купують, без нових і повернених. За стовпцями продажів; періоди month, quarter, year або auto (рік, якщо дані охоплюють два роки, інакше квартал).',
  },
  'catalogue.RETENTION_RATE.period': {
    en: 'Optional: auto (the default), month, quarter or year; or settings as for CLIENT_TABLE, e.g. "period=quarter; dates=1904".',
    ru: 'Необязательно: auto (по умолчанию), month, quarter или year; или настройки как у CLIENT_TABLE, например «period=quarter; dates=1904».',
    uk: 'Необов’язково: auto (за замовчуванням), month, quarter або year; або налаштування як у CLIENT_TABLE, наприклад «period=quarter; dates=1904».',
  },
  'catalogue.RETENTION_RATE.returns': {
    en: 'A table: period and retention rate.',
    ru: 'Таблица: период и коэффициент удержания.',
    uk: 'Таблиця: період і коефіцієнт утримання.',
  },
  'catalogue.CHURN_RATE.help': {
    en: 'Churn rate per period, L / S: the share of the previous period\'s active clients who bought nothing in this one (the norm: at most 10 % a year). From the sales columns; periods month, quarter, year or auto.',
    ru: 'Коэффициент оттока по периодам, L / S: доля активных клиентов прошлого периода, не купивших ничего в этом (норма: не более 10 % в год). По столбцам продаж; периоды month, quarter, year или auto.',
    uk: 'Коефіцієнт відтоку за періодами, L / S: частка активних клієнтів попереднього періоду, які нічого не купили в цьому (норма: не більше 10 % на рік). За стовпцями продажів; періоди month, quarter, year або auto.',
  },
  'catalogue.CHURN_RATE.period': {
    en: 'Optional: auto (the default), month, quarter or year; or settings as for CLIENT_TABLE, e.g. "period=quarter; dates=1904".',
    ru: 'Необязательно: auto (по умолчанию), month, quarter или year; или настройки как у CLIENT_TABLE, например «period=quarter; dates=1904».',
    uk: 'Необов’язково: auto (за замовчуванням), month, quarter або year; або налаштування як у CLIENT_TABLE, наприклад «period=quarter; dates=1904».',
  },
  'catalogue.CHURN_RATE.returns': {
    en: 'A table: period and churn rate.',
    ru: 'Таблица: период и коэффициент оттока.',
    uk: 'Таблиця: період і коефіцієнт відтоку.',
  },

  // P_ALIVE, CLV
  'catalogue.P_ALIVE.help': {
    en: 'Probability that each client is still active (BG/NBD model, Fader, Hardie and Lee 2005), fitted on all the clients of the sales columns; needs at least 10 clients who bought more than once. A client who bought once shows 1. Options: "asof=2024-12-31; timeunit=week; penalty=0.001".',
    ru: 'Вероятность, что клиент ещё активен (модель BG/NBD, Fader, Hardie, Lee 2005), по всем клиентам столбцов продаж; нужно не менее 10 клиентов с повторными покупками. У клиента с одной покупкой — 1. Параметры: «asof=2024-12-31; timeunit=week; penalty=0.001».',
    uk: 'Імовірність, що клієнт ще активний (модель BG/NBD, Fader, Hardie, Lee 2005), за всіма клієнтами стовпців продажів; потрібно щонайменше 10 клієнтів із повторними покупками. У клієнта з однією покупкою — 1. Параметри: «asof=2024-12-31; timeunit=week; penalty=0.001».',
  },
  'catalogue.P_ALIVE.options': {
    en: 'Optional settings: asof, timeunit (day | week | month), penalty; as text "name=value; ..." or a two-column range.',
    ru: 'Необязательные настройки: asof, timeunit (day | week | month), penalty; текстом «имя=значение; ...» или диапазоном из двух столбцов.',
    uk: 'Необов’язкові налаштування: asof, timeunit (day | week | month), penalty; текстом «назва=значення; ...» або діапазоном із двох стовпців.',
  },
  'catalogue.P_ALIVE.returns': {
    en: 'A table: client and probability alive.',
    ru: 'Таблица: клиент и вероятность активности.',
    uk: 'Таблиця: клієнт та ймовірність активності.',
  },
  'catalogue.CLV.help': {
    en: 'Customer lifetime value of each client: expected purchases (BG/NBD) × expected spend (Gamma-Gamma), discounted over the horizon (default 52 weeks at 10 % a year), fitted on all the clients of the sales columns; needs at least 10 clients who bought more than once. Options: "horizon=52; timeunit=week; discount=10; penalty=0.001; asof=2024-12-31".',
    ru: 'Пожизненная ценность каждого клиента: ожидаемые покупки (BG/NBD) × ожидаемая сумма покупки (Gamma-Gamma), дисконтированные на горизонте (по умолчанию 52 недели под 10 % годовых), по всем клиентам столбцов продаж; нужно не менее 10 клиентов с повторными покупками. Параметры: «horizon=52; timeunit=week; discount=10; penalty=0.001; asof=2024-12-31».',
    uk: 'Довічна цінність кожного клієнта: очікувані покупки (BG/NBD) × очікувана сума покупки (Gamma-Gamma), дисконтовані на горизонті (за замовчуванням 52 тижні під 10 % річних), за всіма клієнтами стовпців продажів; потрібно щонайменше 10 клієнтів із повторними покупками. Параметри: «horizon=52; timeunit=week; discount=10; penalty=0.001; asof=2024-12-31».',
  },
  'catalogue.CLV.options': {
    en: 'Optional settings: horizon, timeunit (day | week | month), discount (% a year), penalty, asof; as text "name=value; ..." or a two-column range.',
    ru: 'Необязательные настройки: horizon, timeunit (day | week | month), discount (% годовых), penalty, asof; текстом «имя=значение; ...» или диапазоном из двух столбцов.',
    uk: 'Необов’язкові налаштування: horizon, timeunit (day | week | month), discount (% річних), penalty, asof; текстом «назва=значення; ...» або діапазоном із двох стовпців.',
  },
  'catalogue.CLV.returns': {
    en: 'A table: client and lifetime value.',
    ru: 'Таблица: клиент и пожизненная ценность.',
    uk: 'Таблиця: клієнт і довічна цінність.',
  },

  'catalogue.example': { en: 'Example', ru: 'Пример', uk: 'Приклад' },

  // Header row of CLIENT_TABLE.
  'catalogue.column.period': { en: 'Period', ru: 'Период', uk: 'Період' },
  'catalogue.column.retentionRate': { en: 'Retention rate', ru: 'Удержание', uk: 'Утримання' },
  'catalogue.column.churnRate': { en: 'Churn rate', ru: 'Отток', uk: 'Відтік' },
  'catalogue.column.client': { en: 'Client', ru: 'Клиент', uk: 'Клієнт' },
  'catalogue.column.turnover': { en: 'Turnover', ru: 'Оборот', uk: 'Оборот' },
  'catalogue.column.returns': { en: 'Returns', ru: 'Возвраты', uk: 'Повернення' },
  'catalogue.column.orders': { en: 'Orders', ru: 'Заказы', uk: 'Замовлення' },
  'catalogue.column.firstPurchase': { en: 'First purchase', ru: 'Первая покупка', uk: 'Перша покупка' },
  'catalogue.column.lastPurchase': { en: 'Last purchase', ru: 'Последняя покупка', uk: 'Остання покупка' },
  'catalogue.column.activeMonths': { en: 'Active months', ru: 'Активных месяцев', uk: 'Активних місяців' },
  'catalogue.column.rank': { en: 'Rank', ru: 'Ранг', uk: 'Ранг' },
  'catalogue.column.share': { en: 'Share', ru: 'Доля', uk: 'Частка' },
  'catalogue.column.cumulativeShare': { en: 'Cumulative share', ru: 'Нарастающая доля', uk: 'Наростаюча частка' },
  'catalogue.column.abcClass': { en: 'ABC', ru: 'ABC', uk: 'ABC' },
  'catalogue.column.variation': { en: 'Variation', ru: 'Вариация', uk: 'Варіація' },
  'catalogue.column.xyzClass': { en: 'XYZ', ru: 'XYZ', uk: 'XYZ' },
  'catalogue.column.abcXyz': { en: 'ABC-XYZ', ru: 'ABC-XYZ', uk: 'ABC-XYZ' },
  'catalogue.column.paymentCoefficient': { en: 'Kp', ru: 'Kp', uk: 'Kp' },
  'catalogue.column.regularityCoefficient': { en: 'Kf', ru: 'Kf', uk: 'Kf' },
  'catalogue.column.medianOrderInterval': { en: 'Median days between orders', ru: 'Медиана дней между заказами', uk: 'Медіана днів між замовленнями' },
  'catalogue.column.valueCoefficient': { en: 'Kc', ru: 'Kc', uk: 'Kc' },
  'catalogue.column.status': { en: 'Status', ru: 'Статус', uk: 'Статус' },
  'catalogue.column.rfmScore': { en: 'RFM', ru: 'RFM', uk: 'RFM' },
  'catalogue.column.rfmSegment': { en: 'RFM segment', ru: 'RFM-сегмент', uk: 'RFM-сегмент' },
  'catalogue.column.pAlive': { en: 'P(alive)', ru: 'P(активен)', uk: 'P(активний)' },
  'catalogue.column.clv': { en: 'CLV', ru: 'CLV', uk: 'CLV' },
} satisfies Record<string, Translations>;
