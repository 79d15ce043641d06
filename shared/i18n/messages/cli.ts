/** Texts of the command line (`client-value`): its report, its help and its errors. */
import type { Translations } from '../lang';

export const cliMessages = {
  'cli.usage': {
    en: 'Usage: client-value <command> [options]\n\nCommands:\n{commands}\n\nRun "client-value <command> --help" for the options of a command.',
    ru: 'Использование: client-value <команда> [параметры]\n\nКоманды:\n{commands}\n\n"client-value <команда> --help" покажет параметры команды.',
    uk: 'Використання: client-value <команда> [параметри]\n\nКоманди:\n{commands}\n\n"client-value <команда> --help" покаже параметри команди.',
  },
  'cli.command.segment': {
    en: 'analyse the clients of a sales CSV: ABC, XYZ, value coefficient, concentration, retention and churn, plan/fact, key clients, RFM, lifetime value',
    ru: 'анализ клиентов из CSV с продажами: ABC, XYZ, коэффициент ценности, концентрация, удержание и отток, план/факт, ключевые клиенты, RFM, пожизненная ценность',
    uk: 'аналіз клієнтів із CSV з продажами: ABC, XYZ, коефіцієнт цінності, концентрація, утримання і відтік, план/факт, ключові клієнти, RFM, довічна цінність',
  },
  'cli.segment.help': {
    en: 'Usage: client-value segment FILE.csv [--json] [options]\n\nReads a sales CSV (separator ; , or tab; UTF-8 or Windows-1251) and ranks its clients.\n\n  --json                       print one JSON object { clients, summary, skipped, options }\n  --top N                      clients shown in the table (default 20; 0 = all)\n  --abc A,B                    ABC limits of the cumulative share, in % (default 80,95)\n  --abc-measure M              turnover | margin | kc (default turnover)\n  --abc-boundary B             upper | lower: class of the client crossing a limit (default upper)\n  --xyz X,Y                    XYZ limits of the coefficient of variation, in % (default 10,25)\n  --xyz-period P               month | quarter | year (default month)\n  --deviation D                population | sample (default population)\n  --xyz-partial P              exclude | include the partial period of the as-of day in XYZ (default exclude)\n  --period P                   month | quarter | year | auto, for history (default auto)\n  --as-of YYYY-MM-DD           last day of the analysis (default: the last date in the file)\n  --unit U                     turnover unit of Kc: 1 | 1000 | 1000000 (default 1)\n  --date-system S              Excel serial dates: 1900 | 1904 (default 1900)\n  --slash-dates O              a/b/yyyy dates: dmy | mdy (default dmy)\n  --fill-down                  a blank client under a client row takes the client above (blocks)\n  --keep-unusual-dates         keep rows dated after today or far from the rest of the dates (default: left out, named in a warning)\n  --today YYYY-MM-DD           the day taken as today for that check (default: the computer clock)\n  --plan PLAN.csv              a plan table: client, planned amount and/or product, optional period\n  --rfm-mode M                 quintile | rfm-package (default quintile)\n  --churn-norm N               churn norm a year, in % (default 10)\n  --key-top N                  key clients: top N of the first year, or A = class A (default A)\n  --decline N                  a key client is declining when its share fell by N % or more (default 20)\n  --time-unit U                CLV time unit: day | week | month (default week)\n  --horizon N                  CLV horizon in time units (default 52)\n  --calibration-end YYYY-MM-DD CLV models learn from sales up to this day (default: the as-of date)\n  --discount N                 CLV discount rate a year, in % (default 10)\n  --penalty P                  L2 penalty of the CLV fits, as in lifetimes (default 0)\n  --client, --date, --amount, --order, --product, --margin, --due, --paid, --plan-column,\n  --manager, --region, --channel, --churn-reason, --kam-stage, --kp COL\n                               the column of a role: header text, letter (C) or number (3)\n  --lang L                     en | ru | uk (default from LANG)\n  --help                       this text',
    ru: 'Использование: client-value segment ФАЙЛ.csv [--json] [параметры]\n\nЧитает CSV с продажами (разделитель ; , или табуляция; UTF-8 или Windows-1251) и ранжирует клиентов.\n\n  --json                       вывести один объект JSON { clients, summary, skipped, options }\n  --top N                      сколько клиентов показать в таблице (по умолчанию 20; 0 = всех)\n  --abc A,B                    границы ABC по накопленной доле, в % (по умолчанию 80,95)\n  --abc-measure M              turnover | margin | kc: оборот, маржа, Кц (по умолчанию turnover)\n  --abc-boundary B             upper | lower: класс клиента, пересекающего границу (по умолчанию upper)\n  --xyz X,Y                    границы XYZ по коэффициенту вариации, в % (по умолчанию 10,25)\n  --xyz-period P               month | quarter | year (по умолчанию month)\n  --deviation D                population | sample (по умолчанию population)\n  --xyz-partial P              exclude | include: неполный период даты анализа в XYZ (по умолчанию exclude)\n  --period P                   month | quarter | year | auto, для истории (по умолчанию auto)\n  --as-of ГГГГ-ММ-ДД           последний день анализа (по умолчанию последняя дата в файле)\n  --unit U                     единица оборота для Кц: 1 | 1000 | 1000000 (по умолчанию 1)\n  --date-system S              числовые даты Excel: 1900 | 1904 (по умолчанию 1900)\n  --slash-dates O              даты a/b/гггг: dmy | mdy (по умолчанию dmy)\n  --fill-down                  пустой клиент под строкой с клиентом получает клиента выше (блоки)\n  --keep-unusual-dates         оставить строки с датой позже сегодняшней или далеко от остальных дат (по умолчанию они исключаются и названы в предупреждении)\n  --today ГГГГ-ММ-ДД           какой день считать сегодняшним для этой проверки (по умолчанию часы компьютера)\n  --plan ПЛАН.csv              таблица плана: клиент, плановая сумма и/или товар, период (необязательно)\n  --rfm-mode M                 quintile | rfm-package (по умолчанию quintile)\n  --churn-norm N               норма оттока в год, в % (по умолчанию 10)\n  --key-top N                  ключевые клиенты: N крупнейших первого года или A = класс A (по умолчанию A)\n  --decline N                  ключевой клиент сокращается, если его доля упала на N % и больше (по умолчанию 20)\n  --time-unit U                единица времени CLV: day | week | month (по умолчанию week)\n  --horizon N                  горизонт CLV в единицах времени (по умолчанию 52)\n  --calibration-end ГГГГ-ММ-ДД модели CLV учатся на продажах по этот день (по умолчанию дата анализа)\n  --discount N                 ставка дисконтирования CLV в год, в % (по умолчанию 10)\n  --penalty P                  L2-штраф подгонки CLV, как в lifetimes (по умолчанию 0)\n  --client, --date, --amount, --order, --product, --margin, --due, --paid, --plan-column,\n  --manager, --region, --channel, --churn-reason, --kam-stage, --kp СТОЛБЕЦ\n                               столбец роли: текст заголовка, буква (C) или номер (3)\n  --lang L                     en | ru | uk (по умолчанию из LANG)\n  --help                       эта справка',
    uk: 'Використання: client-value segment ФАЙЛ.csv [--json] [параметри]\n\nЧитає CSV з продажами (роздільник ; , або табуляція; UTF-8 або Windows-1251) і ранжує клієнтів.\n\n  --json                       вивести один об’єкт JSON { clients, summary, skipped, options }\n  --top N                      скільки клієнтів показати в таблиці (за замовчуванням 20; 0 = усіх)\n  --abc A,B                    межі ABC за накопиченою часткою, у % (за замовчуванням 80,95)\n  --abc-measure M              turnover | margin | kc: оборот, маржа, Кц (за замовчуванням turnover)\n  --abc-boundary B             upper | lower: клас клієнта, що перетинає межу (за замовчуванням upper)\n  --xyz X,Y                    межі XYZ за коефіцієнтом варіації, у % (за замовчуванням 10,25)\n  --xyz-period P               month | quarter | year (за замовчуванням month)\n  --deviation D                population | sample (за замовчуванням population)\n  --xyz-partial P              exclude | include: неповний період дати аналізу в XYZ (за замовчуванням exclude)\n  --period P                   month | quarter | year | auto, для історії (за замовчуванням auto)\n  --as-of РРРР-ММ-ДД           останній день аналізу (за замовчуванням остання дата у файлі)\n  --unit U                     одиниця обороту для Кц: 1 | 1000 | 1000000 (за замовчуванням 1)\n  --date-system S              числові дати Excel: 1900 | 1904 (за замовчуванням 1900)\n  --slash-dates O              дати a/b/рррр: dmy | mdy (за замовчуванням dmy)\n  --fill-down                  порожній клієнт під рядком із клієнтом отримує клієнта вище (блоки)\n  --keep-unusual-dates         залишити рядки з датою пізніше за сьогодні або далеко від решти дат (за замовчуванням вони виключаються й названі в попередженні)\n  --today РРРР-ММ-ДД           який день вважати сьогоднішнім для цієї перевірки (за замовчуванням годинник комп’ютера)\n  --plan ПЛАН.csv              таблиця плану: клієнт, планова сума та/або товар, період (необов’язково)\n  --rfm-mode M                 quintile | rfm-package (за замовчуванням quintile)\n  --churn-norm N               норма відтоку на рік, у % (за замовчуванням 10)\n  --key-top N                  ключові клієнти: N найбільших першого року або A = клас A (за замовчуванням A)\n  --decline N                  ключовий клієнт скорочується, якщо його частка впала на N % і більше (за замовчуванням 20)\n  --time-unit U                одиниця часу CLV: day | week | month (за замовчуванням week)\n  --horizon N                  горизонт CLV в одиницях часу (за замовчуванням 52)\n  --calibration-end РРРР-ММ-ДД моделі CLV навчаються на продажах по цей день (за замовчуванням дата аналізу)\n  --discount N                 ставка дисконтування CLV на рік, у % (за замовчуванням 10)\n  --penalty P                  L2-штраф підгонки CLV, як у lifetimes (за замовчуванням 0)\n  --client, --date, --amount, --order, --product, --margin, --due, --paid, --plan-column,\n  --manager, --region, --channel, --churn-reason, --kam-stage, --kp СТОВПЕЦЬ\n                               стовпець ролі: текст заголовка, літера (C) або номер (3)\n  --lang L                     en | ru | uk (за замовчуванням з LANG)\n  --help                       ця довідка',
  },
  'cli.error.unknownCommand': {
    en: 'Unknown command "{command}". Commands: {commands}.',
    ru: 'Неизвестная команда «{command}». Команды: {commands}.',
    uk: 'Невідома команда «{command}». Команди: {commands}.',
  },
  'cli.error.badOption': {
    en: '{problem}. Run "client-value {command} --help" for the options.',
    ru: '{problem}. Параметры: "client-value {command} --help".',
    uk: '{problem}. Параметри: "client-value {command} --help".',
  },
  'cli.error.badValue': {
    en: 'Option --{option} expects {expected}; got "{value}". Run "client-value {command} --help" for the options.',
    ru: 'Параметр --{option} ожидает {expected}; получено «{value}». Параметры: "client-value {command} --help".',
    uk: 'Параметр --{option} очікує {expected}; отримано «{value}». Параметри: "client-value {command} --help".',
  },
  'cli.error.noFile': {
    en: 'Name the sales CSV file: client-value {command} FILE.csv',
    ru: 'Укажите CSV-файл с продажами: client-value {command} ФАЙЛ.csv',
    uk: 'Вкажіть CSV-файл з продажами: client-value {command} ФАЙЛ.csv',
  },
  'cli.error.tooManyFiles': {
    en: 'Give one sales CSV file; got {count}: {files}.',
    ru: 'Укажите один CSV-файл с продажами; получено {count}: {files}.',
    uk: 'Вкажіть один CSV-файл з продажами; отримано {count}: {files}.',
  },
  'cli.error.noSalesRows': {
    en: '"{file}" has no sales rows to analyse: {skipped} {skipped|row was|rows were} skipped.{reason}',
    ru: 'В «{file}» нет строк продаж для анализа: пропущено строк: {skipped}.{reason}',
    uk: 'У «{file}» немає рядків продажів для аналізу: пропущено рядків: {skipped}.{reason}',
  },
  'cli.error.cannotRead': {
    en: 'Cannot read "{file}": {reason}.',
    ru: 'Не удается прочитать «{file}»: {reason}.',
    uk: 'Не вдається прочитати «{file}»: {reason}.',
  },
  'cli.error.badCsv': {
    en: '"{file}" is not a readable CSV: {reason}.',
    ru: '«{file}» не читается как CSV: {reason}.',
    uk: '«{file}» не читається як CSV: {reason}.',
  },
  'cli.warning.invalidUtf8': {
    en: 'Warning: "{file}" is read as UTF-8 (almost all of its text is valid UTF-8), but {count} {count|byte is|bytes are} not valid UTF-8, in {lines} {lines|row|rows}: {rows}. They are shown as \uFFFD; check the names and amounts in {lines|that row|those rows}.',
    ru: 'Внимание: «{file}» прочитан как UTF-8 (почти весь текст в нем — правильный UTF-8), но {count} {count|байт|байта|байт} в нем не UTF-8, в {lines} {lines|строке|строках|строках}: {rows}. Они показаны как \uFFFD; проверьте названия и суммы в {lines|этой строке|этих строках|этих строках}.',
    uk: 'Увага: «{file}» прочитано як UTF-8 (майже весь текст у ньому — правильний UTF-8), але {count} {count|байт|байти|байтів} у ньому не UTF-8, у {lines} {lines|рядку|рядках|рядках}: {rows}. Вони показані як \uFFFD; перевірте назви й суми в {lines|цьому рядку|цих рядках|цих рядках}.',
  },
  'cli.error.unexpected': {
    en: 'Something went wrong inside client-value: {reason}. Please report it with the file that caused it.',
    ru: 'Внутренняя ошибка client-value: {reason}. Сообщите о ней, приложив файл, на котором она возникла.',
    uk: 'Внутрішня помилка client-value: {reason}. Повідомте про неї, доклавши файл, на якому вона виникла.',
  },
  'cli.report.title': { en: 'Client Value: {file}', ru: 'Client Value: {file}', uk: 'Client Value: {file}' },
  'cli.report.rows': {
    en: '{used} {used|row|rows} used, {skipped} skipped; {clients} {clients|client|clients}; turnover {turnover}, returns {returns}',
    ru: 'Использовано строк: {used}, пропущено: {skipped}; клиентов: {clients}; оборот {turnover}, возвраты {returns}',
    uk: 'Використано рядків: {used}, пропущено: {skipped}; клієнтів: {clients}; оборот {turnover}, повернення {returns}',
  },
  'cli.report.span': {
    en: 'Sales from {first} to {last}; analysis as of {asOf}',
    ru: 'Продажи с {first} по {last}; анализ на {asOf}',
    uk: 'Продажі з {first} по {last}; аналіз на {asOf}',
  },
  'cli.report.top': {
    en: 'Top {count} of {total} {total|client|clients} by {measure}',
    ru: '{count|Первый|Первые|Первые} {count} из {total} {total|клиента|клиентов|клиентов} по показателю «{measure}»',
    uk: '{count|Перший|Перші|Перші} {count} з {total} {total|клієнта|клієнтів|клієнтів} за показником «{measure}»',
  },
  'cli.report.columns': {
    en: '#|Client|ABC|Turnover|Share|Cum.|XYZ|Orders|Kc',
    ru: '№|Клиент|ABC|Оборот|Доля|Накоп.|XYZ|Заказы|Кц',
    uk: '№|Клієнт|ABC|Оборот|Частка|Накоп.|XYZ|Замовлення|Кц',
  },
  'cli.report.abcTitle': { en: 'ABC classes', ru: 'Классы ABC', uk: 'Класи ABC' },
  'cli.report.abcColumns': {
    en: 'Class|Clients|% of clients|{Measure}|% of {measure}',
    ru: 'Класс|Клиенты|% клиентов|{Measure}|% показателя',
    uk: 'Клас|Клієнти|% клієнтів|{Measure}|% показника',
  },
  'cli.report.matrixTitle': {
    en: 'ABC-XYZ matrix (clients / turnover)',
    ru: 'Матрица ABC-XYZ (клиенты / оборот)',
    uk: 'Матриця ABC-XYZ (клієнти / оборот)',
  },
  'cli.report.unclassified': {
    en: 'No XYZ class (fewer than two periods of history): {count} {count|client|clients}.',
    ru: 'Без класса XYZ (меньше двух периодов истории): {count} {count|клиент|клиента|клиентов}.',
    uk: 'Без класу XYZ (менше двох періодів історії): {count} {count|клієнт|клієнти|клієнтів}.',
  },
  'cli.report.zeroOrNegative': {
    en: 'In class C because their {measure} is zero or negative: {count} {count|client|clients}.',
    ru: 'В классе C, потому что показатель «{measure}» нулевой или отрицательный: {count} {count|клиент|клиента|клиентов}.',
    uk: 'У класі C, бо показник «{measure}» нульовий або від’ємний: {count} {count|клієнт|клієнти|клієнтів}.',
  },
  'cli.report.concentration': {
    en: 'Concentration: largest client {top1} ({client}), top 5 {top5}, HHI {hhi}',
    ru: 'Концентрация: крупнейший клиент {top1} ({client}), 5 крупнейших {top5}, HHI {hhi}',
    uk: 'Концентрація: найбільший клієнт {top1} ({client}), 5 найбільших {top5}, HHI {hhi}',
  },
  'cli.report.warnings': { en: 'Warnings', ru: 'Предупреждения', uk: 'Попередження' },
  'cli.report.skipped': { en: 'Skipped rows', ru: 'Пропущенные строки', uk: 'Пропущені рядки' },
  'cli.report.notes': { en: 'Ignored values', ru: 'Проигнорированные значения', uk: 'Проігноровані значення' },
  'cli.report.more': {
    en: '... and {count} more (all of them in --json)',
    ru: '... и еще {count} (все в --json)',
    uk: '... і ще {count} (усі в --json)',
  },
  'cli.command.clv': {
    en: 'customer lifetime value of a sales CSV: BG/NBD and Gamma-Gamma parameters, per-client predictions',
    ru: 'пожизненная ценность клиентов из CSV с продажами: параметры BG/NBD и Gamma-Gamma, прогноз по клиентам',
    uk: 'довічна цінність клієнтів із CSV з продажами: параметри BG/NBD і Gamma-Gamma, прогноз за клієнтами',
  },
  'cli.clv.help': {
    en: 'Usage: client-value clv FILE.csv [--calibration-end YYYY-MM-DD] [--time-unit week] [--horizon 52] [--json] [options]\n\nFits BG/NBD (purchases) and Gamma-Gamma (spend) to the sales up to the calibration end and predicts each client\'s probability alive, purchases, spend and lifetime value.\n\n  --json                       print one JSON object { summary, clients, warnings, skipped }\n  --top N                      clients shown, by CLV (default 20; 0 = all; the JSON has all)\n  --calibration-end YYYY-MM-DD the models learn from sales up to this day (default: the last sale date)\n  --time-unit U                day | week | month (default week)\n  --horizon N                  time units ahead (default 52)\n  --discount N                 discount rate a year, in % (default 10)\n  --penalty P                  L2 penalty of the fits, as in lifetimes (default 0)\n  --date-system S              Excel serial dates: 1900 | 1904 (default 1900)\n  --slash-dates O              a/b/yyyy dates: dmy | mdy (default dmy)\n  --fill-down                  a blank client under a client row takes the client above (blocks)\n  --keep-unusual-dates         keep rows dated after today or far from the rest of the dates (default: left out, named in a warning)\n  --today YYYY-MM-DD           the day taken as today for that check (default: the computer clock)\n  --client, --date, --amount COL\n                               the column of a role: header text, letter (C) or number (3)\n  --lang L                     en | ru | uk (default from LANG)\n  --help                       this text\n\nRecency in these models is the age at the last purchase, not RFM\'s days since the last purchase.',
    ru: 'Использование: client-value clv ФАЙЛ.csv [--calibration-end ГГГГ-ММ-ДД] [--time-unit week] [--horizon 52] [--json] [параметры]\n\nПодгоняет BG/NBD (покупки) и Gamma-Gamma (суммы) по продажам до конца калибровки и прогнозирует для каждого клиента вероятность активности, покупки, сумму покупки и пожизненную ценность.\n\n  --json                       вывести один объект JSON { summary, clients, warnings, skipped }\n  --top N                      сколько клиентов показать, по CLV (по умолчанию 20; 0 = всех; в JSON все)\n  --calibration-end ГГГГ-ММ-ДД модели учатся на продажах по этот день (по умолчанию последняя дата продаж)\n  --time-unit U                day | week | month (по умолчанию week)\n  --horizon N                  на сколько единиц времени вперед (по умолчанию 52)\n  --discount N                 ставка дисконтирования в год, в % (по умолчанию 10)\n  --penalty P                  L2-штраф подгонки, как в lifetimes (по умолчанию 0)\n  --date-system S              числовые даты Excel: 1900 | 1904 (по умолчанию 1900)\n  --slash-dates O              даты a/b/гггг: dmy | mdy (по умолчанию dmy)\n  --fill-down                  пустой клиент под строкой с клиентом получает клиента выше (блоки)\n  --keep-unusual-dates         оставить строки с датой позже сегодняшней или далеко от остальных дат (по умолчанию они исключаются и названы в предупреждении)\n  --today ГГГГ-ММ-ДД           какой день считать сегодняшним для этой проверки (по умолчанию часы компьютера)\n  --client, --date, --amount СТОЛБЕЦ\n                               столбец роли: текст заголовка, буква (C) или номер (3)\n  --lang L                     en | ru | uk (по умолчанию из LANG)\n  --help                       эта справка\n\nДавность (recency) в этих моделях — возраст клиента на момент последней покупки, а не дни с последней покупки, как в RFM.',
    uk: 'Використання: client-value clv ФАЙЛ.csv [--calibration-end РРРР-ММ-ДД] [--time-unit week] [--horizon 52] [--json] [параметри]\n\nПідганяє BG/NBD (покупки) і Gamma-Gamma (суми) за продажами до кінця калібрування та прогнозує для кожного клієнта ймовірність активності, покупки, суму покупки та довічну цінність.\n\n  --json                       вивести один об’єкт JSON { summary, clients, warnings, skipped }\n  --top N                      скільки клієнтів показати, за CLV (за замовчуванням 20; 0 = усіх; у JSON усі)\n  --calibration-end РРРР-ММ-ДД моделі навчаються на продажах по цей день (за замовчуванням остання дата продажів)\n  --time-unit U                day | week | month (за замовчуванням week)\n  --horizon N                  на скільки одиниць часу вперед (за замовчуванням 52)\n  --discount N                 ставка дисконтування на рік, у % (за замовчуванням 10)\n  --penalty P                  L2-штраф підгонки, як у lifetimes (за замовчуванням 0)\n  --date-system S              числові дати Excel: 1900 | 1904 (за замовчуванням 1900)\n  --slash-dates O              дати a/b/рррр: dmy | mdy (за замовчуванням dmy)\n  --fill-down                  порожній клієнт під рядком із клієнтом отримує клієнта вище (блоки)\n  --keep-unusual-dates         залишити рядки з датою пізніше за сьогодні або далеко від решти дат (за замовчуванням вони виключаються й названі в попередженні)\n  --today РРРР-ММ-ДД           який день вважати сьогоднішнім для цієї перевірки (за замовчуванням годинник комп’ютера)\n  --client, --date, --amount СТОВПЕЦЬ\n                               стовпець ролі: текст заголовка, літера (C) або номер (3)\n  --lang L                     en | ru | uk (за замовчуванням з LANG)\n  --help                       ця довідка\n\nДавність (recency) у цих моделях — вік клієнта на момент останньої покупки, а не дні від останньої покупки, як у RFM.',
  },
  'cli.clv.title': {
    en: 'Client Value, lifetime value: {file}',
    ru: 'Client Value, пожизненная ценность: {file}',
    uk: 'Client Value, довічна цінність: {file}',
  },
  'cli.clv.rows': {
    en: '{used} {used|row|rows} used, {skipped} skipped; {clients} {clients|client|clients}',
    ru: 'Использовано строк: {used}, пропущено: {skipped}; клиентов: {clients}',
    uk: 'Використано рядків: {used}, пропущено: {skipped}; клієнтів: {clients}',
  },
  'cli.grain.month': { en: 'month', ru: 'месяцам', uk: 'місяцями' },
  'cli.grain.quarter': { en: 'quarter', ru: 'кварталам', uk: 'кварталами' },
  'cli.grain.year': { en: 'year', ru: 'годам', uk: 'роками' },
  'cli.report.periodsTitle': {
    en: 'Clients by {grain}: retention and churn',
    ru: 'Клиенты по {grain}: удержание и отток',
    uk: 'Клієнти за {grain}: утримання і відтік',
  },
  'cli.report.periodColumns': {
    en: 'Period|Active|New|Returning|Lost|Permanent|Retention|Churn|Commitment',
    ru: 'Период|Активные|Новые|Вернувшиеся|Ушедшие|Постоянные|Удержание|Отток|Приверженность',
    uk: 'Період|Активні|Нові|Повернені|Втрачені|Постійні|Утримання|Відтік|Прихильність',
  },
  'cli.report.keyClientsTitle': {
    en: 'Key clients at risk: {atRisk} of {count} (share of total sales, {first}–{last})',
    ru: 'Ключевые клиенты под угрозой: {atRisk} из {count} (доля в общих продажах, {first}–{last})',
    uk: 'Ключові клієнти під загрозою: {atRisk} з {count} (частка в загальних продажах, {first}–{last})',
  },
  'cli.report.client': { en: 'Client', ru: 'Клиент', uk: 'Клієнт' },
  'cli.report.status': { en: 'Status', ru: 'Статус', uk: 'Статус' },
  'cli.keyStatus.lost': { en: 'lost', ru: 'потерян', uk: 'втрачений' },
  'cli.keyStatus.declining': { en: 'declining', ru: 'сокращается', uk: 'скорочується' },
  'cli.keyStatus.stable': { en: 'stable', ru: 'стабилен', uk: 'стабільний' },
  'cli.report.rfmTitle': {
    en: 'RFM segments ({mode} scores)',
    ru: 'Сегменты RFM (баллы {mode})',
    uk: 'Сегменти RFM (бали {mode})',
  },
  'cli.report.rfmColumns': { en: 'Segment|Clients', ru: 'Сегмент|Клиенты', uk: 'Сегмент|Клієнти' },
  'cli.report.clvTitle': {
    en: 'Lifetime value (BG/NBD purchases × Gamma-Gamma spend)',
    ru: 'Пожизненная ценность (покупки BG/NBD × суммы Gamma-Gamma)',
    uk: 'Довічна цінність (покупки BG/NBD × суми Gamma-Gamma)',
  },
  'cli.report.clvSetup': {
    en: 'Calibration to {calibrationEnd}, time unit {timeUnit}, horizon {horizon}, discount {rate} a year; {clients} {clients|client|clients} modelled, {repeat} bought more than once.',
    ru: 'Калибровка по {calibrationEnd}, единица времени {timeUnit}, горизонт {horizon}, дисконт {rate} в год; в модели {clients} {clients|клиент|клиента|клиентов}, {repeat} {repeat|покупал|покупали|покупали} больше одного раза.',
    uk: 'Калібрування по {calibrationEnd}, одиниця часу {timeUnit}, горизонт {horizon}, дисконт {rate} на рік; у моделі {clients} {clients|клієнт|клієнти|клієнтів}, {repeat} {repeat|купував|купували|купували} більше одного разу.',
  },
  'cli.report.clvBgnbd': {
    en: 'BG/NBD: r {r}, α {alpha}, a {a}, b {b}; log-likelihood {ll}',
    ru: 'BG/NBD: r {r}, α {alpha}, a {a}, b {b}; логарифм правдоподобия {ll}',
    uk: 'BG/NBD: r {r}, α {alpha}, a {a}, b {b}; логарифм правдоподібності {ll}',
  },
  'cli.report.clvCommonDropout': {
    en: 'Used instead: BG/NBD with one drop-out chance for every client: r {r}, α {alpha}, p {p}; log-likelihood {ll}',
    ru: 'Вместо неё: BG/NBD с одной вероятностью ухода для всех клиентов: r {r}, α {alpha}, p {p}; логарифм правдоподобия {ll}',
    uk: 'Замість неї: BG/NBD з однією ймовірністю відходу для всіх клієнтів: r {r}, α {alpha}, p {p}; логарифм правдоподібності {ll}',
  },
  'cli.report.clvGammaGamma': {
    en: 'Gamma-Gamma: p {p}, q {q}, γ {gamma}',
    ru: 'Gamma-Gamma: p {p}, q {q}, γ {gamma}',
    uk: 'Gamma-Gamma: p {p}, q {q}, γ {gamma}',
  },
  'cli.report.clvNotComputed': {
    en: 'No lifetime value: see the warnings.',
    ru: 'Пожизненная ценность не рассчитана: см. предупреждения.',
    uk: 'Довічну цінність не розраховано: див. попередження.',
  },
  'cli.report.clvTotal': {
    en: 'Total CLV of {clients} {clients|client|clients}: {total}',
    ru: 'Суммарная CLV {clients} {clients|клиента|клиентов|клиентов}: {total}',
    uk: 'Сумарна CLV {clients} {clients|клієнта|клієнтів|клієнтів}: {total}',
  },
  'cli.report.clvTop': {
    en: 'Top {count} of {total} {total|client|clients} by CLV',
    ru: '{count|Первый|Первые|Первые} {count} из {total} {total|клиента|клиентов|клиентов} по CLV',
    uk: '{count|Перший|Перші|Перші} {count} з {total} {total|клієнта|клієнтів|клієнтів} за CLV',
  },
  'cli.report.clvColumns': {
    en: 'Client|P(alive)|Purchases|Spend|CLV',
    ru: 'Клиент|P(активен)|Покупки|Сумма|CLV',
    uk: 'Клієнт|P(активний)|Покупки|Сума|CLV',
  },
  'cli.report.clvHistoryColumns': {
    en: 'Client|Repeat|Age at last|Age|P(alive)|Purchases|Spend|CLV',
    ru: 'Клиент|Повторные|Возраст посл.|Возраст|P(активен)|Покупки|Сумма|CLV',
    uk: 'Клієнт|Повторні|Вік ост.|Вік|P(активний)|Покупки|Сума|CLV',
  },
  'cli.report.planTable': {
    en: 'Plan table: {used} rows used, {skipped} skipped',
    ru: 'Таблица плана: использовано строк: {used}, пропущено: {skipped}',
    uk: 'Таблиця плану: використано рядків: {used}, пропущено: {skipped}',
  },
  'cli.report.planSkipped': { en: 'Skipped plan rows', ru: 'Пропущенные строки плана', uk: 'Пропущені рядки плану' },
  'cli.measure.turnover': { en: 'turnover', ru: 'оборот', uk: 'оборот' },
  'cli.measure.margin': { en: 'margin', ru: 'маржа', uk: 'маржа' },
  'cli.measure.valueCoefficient': { en: 'value coefficient Kc', ru: 'коэффициент ценности Кц', uk: 'коефіцієнт цінності Кц' },
} satisfies Record<string, Translations>;
