/**
 * Texts of table reading: skipped rows, notes on cells whose optional value was ignored, errors
 * about unusable input, and the names of the column roles. Parameters: {row} is the 1-based sheet
 * row, {cell} the A1 address ("C14"), {value} the cell's text (shortened).
 */
import type { Translations } from '../lang';

export const tableMessages = {
  'table.error.empty': {
    en: 'The sheet is empty: there is no header row and no sales.',
    ru: 'Лист пуст: нет ни строки заголовков, ни продаж.',
    uk: 'Аркуш порожній: немає ні рядка заголовків, ні продажів.',
  },
  'table.error.noHeader': {
    en: 'No header row with both a client column and an amount column was found in the first {rows} rows. Headers seen (row {row}): {seen}. A client column is headed, for example, {clientExamples}; an amount column {amountExamples}. Rename the headers or choose the columns by hand.',
    ru: 'В первых {rows} строках не найдена строка заголовков, где есть и столбец клиента, и столбец суммы. Заголовки (строка {row}): {seen}. Столбец клиента называется, например, {clientExamples}; столбец суммы: {amountExamples}. Переименуйте заголовки или выберите столбцы вручную.',
    uk: 'У перших {rows} рядках не знайдено рядка заголовків, де є і стовпець клієнта, і стовпець суми. Заголовки (рядок {row}): {seen}. Стовпець клієнта називається, наприклад, {clientExamples}; стовпець суми: {amountExamples}. Перейменуйте заголовки або виберіть стовпці вручну.',
  },
  'table.error.columnNotFound': {
    en: 'The column chosen for "{roleEn}", "{column}", is not in the sheet (columns {columns}; headers: {seen}).',
    ru: 'Столбец, выбранный для «{roleRu}», «{column}», на листе не найден (столбцы {columns}; заголовки: {seen}).',
    uk: 'Стовпець, вибраний для «{roleUk}», «{column}», на аркуші не знайдено (стовпці {columns}; заголовки: {seen}).',
  },

  'table.skip.blankRow': {
    en: 'Row {row}: the row is blank.',
    ru: 'Строка {row}: пустая строка.',
    uk: 'Рядок {row}: порожній рядок.',
  },
  'table.skip.headerRow': {
    en: 'Row {row}: the header row repeated, not a sale.',
    ru: 'Строка {row}: повтор строки заголовков, а не продажа.',
    uk: 'Рядок {row}: повтор рядка заголовків, а не продаж.',
  },
  'table.skip.totalsRow': {
    en: 'Row {row}: a totals row ("{value}" in {cell}), not a sale.',
    ru: 'Строка {row}: строка итогов («{value}» в {cell}), а не продажа.',
    uk: 'Рядок {row}: рядок підсумків («{value}» у {cell}), а не продаж.',
  },
  'table.skip.errorValue': {
    en: 'Row {row}: {cell} holds the error value {value}.',
    ru: 'Строка {row}: в ячейке {cell} ошибка {value}.',
    uk: 'Рядок {row}: у клітинці {cell} помилка {value}.',
  },
  'table.skip.noClient': {
    en: 'Row {row}: no client in {cell}.',
    ru: 'Строка {row}: не указан клиент (ячейка {cell} пуста).',
    uk: 'Рядок {row}: не вказано клієнта (клітинка {cell} порожня).',
  },
  'table.skip.noAmount': {
    en: 'Row {row}: no amount in {cell}.',
    ru: 'Строка {row}: не указана сумма (ячейка {cell} пуста).',
    uk: 'Рядок {row}: не вказано суму (клітинка {cell} порожня).',
  },
  'table.skip.amountTooLarge': {
    en: 'Row {row}: amount in {cell} is too large to be a sale: "{value}" (a quadrillion or more).',
    ru: 'Строка {row}: сумма в ячейке {cell} слишком велика для продажи: «{value}» (квадриллион и больше).',
    uk: 'Рядок {row}: сума в клітинці {cell} завелика для продажу: «{value}» (квадрильйон і більше).',
  },
  'table.skip.badAmount': {
    en: 'Row {row}: amount in {cell} is not a number: "{value}".',
    ru: 'Строка {row}: сумма в ячейке {cell} не является числом: «{value}».',
    uk: 'Рядок {row}: сума в клітинці {cell} не є числом: «{value}».',
  },
  'table.skip.noDate': {
    en: 'Row {row}: no date in {cell}.',
    ru: 'Строка {row}: не указана дата (ячейка {cell} пуста).',
    uk: 'Рядок {row}: не вказано дату (клітинка {cell} порожня).',
  },
  'table.skip.badDate': {
    en: 'Row {row}: date in {cell} is not a date: "{value}".',
    ru: 'Строка {row}: дата в ячейке {cell} не распознана: «{value}».',
    uk: 'Рядок {row}: дату в клітинці {cell} не розпізнано: «{value}».',
  },

  'table.note.serialDatesAsText': {
    en: 'Dates in column {column} ("{header}") are written as numbers: {count} {count|cell was|cells were} read as Excel serial dates of the {system} date system ({value} = {date}).',
    ru: 'Даты в столбце {column} («{header}») записаны числами: {count} {count|ячейка прочитана|ячейки прочитаны|ячеек прочитано} как порядковые даты Excel, система дат {system} ({value} = {date}).',
    uk: 'Дати у стовпці {column} («{header}») записано числами: {count} {count|клітинку прочитано|клітинки прочитано|клітинок прочитано} як порядкові дати Excel, система дат {system} ({value} = {date}).',
  },
  'table.note.badDueDate': {
    en: 'Row {row}: due date in {cell} is not a date: "{value}"; the sale is used without it.',
    ru: 'Строка {row}: срок оплаты в ячейке {cell} не распознан: «{value}»; продажа учтена без него.',
    uk: 'Рядок {row}: термін оплати в клітинці {cell} не розпізнано: «{value}»; продаж враховано без нього.',
  },
  'table.note.badPaidDate': {
    en: 'Row {row}: payment date in {cell} is not a date: "{value}"; the sale is used without it.',
    ru: 'Строка {row}: дата оплаты в ячейке {cell} не распознана: «{value}»; продажа учтена без неё.',
    uk: 'Рядок {row}: дату оплати в клітинці {cell} не розпізнано: «{value}»; продаж враховано без неї.',
  },
  // Unusual dates (issue 10, item 2) and the slash-date order (item 3).
  'table.warning.futureDates': {
    en: '{count} {count|row is|rows are} dated after today ({today}): {rows}. {count|It was|They were} left out of the analysis, so {count|it does|they do} not move the analysis date. Check {count|this date|these dates}; if {count|it is|they are} right, confirm with the option "keep unusual dates".',
    ru: '{count} {count|строка датирована|строки датированы|строк датированы} позже сегодняшнего дня ({today}): {rows}. {count|Она не вошла|Они не вошли|Они не вошли} в анализ и не {count|сдвигает|сдвигают|сдвигают} дату анализа. Проверьте {count|дату|даты|даты}; если {count|она верна|они верны|они верны}, подтвердите {count|её|их|их} параметром «сохранить необычные даты».',
    uk: '{count} {count|рядок датовано|рядки датовано|рядків датовано} пізніше за сьогодні ({today}): {rows}. {count|Він не увійшов|Вони не увійшли|Вони не увійшли} до аналізу й не {count|зсуває|зсувають|зсувають} дату аналізу. Перевірте {count|дату|дати|дати}; якщо {count|вона правильна|вони правильні|вони правильні}, підтвердьте {count|її|їх|їх} параметром «зберегти незвичні дати».',
  },
  'table.warning.farDates': {
    en: '{count} {count|row is|rows are} dated far from the rest of the date column (its middle half runs from {from} to {to}): {rows}. {count|It was|They were} left out of the analysis. Check {count|this date|these dates} (a two-digit year 30-99 is read as 19xx, 00-29 as 20xx); if {count|it is|they are} right, confirm with the option "keep unusual dates".',
    ru: '{count} {count|строка датирована|строки датированы|строк датированы} далеко от остальных дат столбца (средняя половина дат: с {from} по {to}): {rows}. {count|Она не вошла|Они не вошли|Они не вошли} в анализ. Проверьте {count|дату|даты|даты} (двузначный год 30-99 читается как 19xx, 00-29 как 20xx); если {count|она верна|они верны|они верны}, подтвердите {count|её|их|их} параметром «сохранить необычные даты».',
    uk: '{count} {count|рядок датовано|рядки датовано|рядків датовано} далеко від решти дат стовпця (середня половина дат: з {from} по {to}): {rows}. {count|Він не увійшов|Вони не увійшли|Вони не увійшли} до аналізу. Перевірте {count|дату|дати|дати} (двозначний рік 30-99 читається як 19xx, 00-29 як 20xx); якщо {count|вона правильна|вони правильні|вони правильні}, підтвердьте {count|її|їх|їх} параметром «зберегти незвичні дати».',
  },
  'table.warning.unusualDatesKept': {
    en: '{count} unusual {count|date was|dates were} kept in the analysis as you confirmed (after today {today}, or far from the rest of the column): {rows}.',
    ru: '{count} {count|необычная дата оставлена|необычные даты оставлены|необычных дат оставлено} в анализе, как вы подтвердили (позже сегодняшнего дня {today} или далеко от остальных дат столбца): {rows}.',
    uk: '{count} {count|незвичну дату залишено|незвичні дати залишено|незвичних дат залишено} в аналізі, як ви підтвердили (пізніше за сьогодні {today} або далеко від решти дат стовпця): {rows}.',
  },
  'table.error.futureDateAt': {
    en: 'dates, cell {position} of the range: "{value}" is after today ({today}). Check it; if it is right, add the option keepunusualdates=yes.',
    ru: 'dates, ячейка {position} диапазона: «{value}» позже сегодняшнего дня ({today}). Проверьте её; если она верна, добавьте параметр keepunusualdates=yes.',
    uk: 'dates, клітинка {position} діапазону: «{value}» пізніше за сьогодні ({today}). Перевірте її; якщо вона правильна, додайте параметр keepunusualdates=yes.',
  },
  'table.error.farDateAt': {
    en: 'dates, cell {position} of the range: "{value}" is far from the rest of the dates (their middle half runs from {from} to {to}). Check it (a two-digit year 30-99 is read as 19xx); if it is right, add the option keepunusualdates=yes.',
    ru: 'dates, ячейка {position} диапазона: «{value}» далеко от остальных дат (их средняя половина: с {from} по {to}). Проверьте её (двузначный год 30-99 читается как 19xx); если она верна, добавьте параметр keepunusualdates=yes.',
    uk: 'dates, клітинка {position} діапазону: «{value}» далеко від решти дат (їхня середня половина: з {from} по {to}). Перевірте її (двозначний рік 30-99 читається як 19xx); якщо вона правильна, додайте параметр keepunusualdates=yes.',
  },
  'table.note.slashDatesMonthFirst': {
    en: 'Dates in column {column} ("{header}") are read month first (mm/dd/yyyy): {value} in row {row} can only be month-first.',
    ru: 'Даты в столбце {column} («{header}») прочитаны как месяц/день/год: {value} в строке {row} может быть только таким.',
    uk: 'Дати у стовпці {column} («{header}») прочитано як місяць/день/рік: {value} у рядку {row} може бути лише таким.',
  },
  'table.note.slashDatesDayFirst': {
    en: 'Dates in column {column} ("{header}") are read day first (dd/mm/yyyy): {value} in row {row} can only be day-first.',
    ru: 'Даты в столбце {column} («{header}») прочитаны как день/месяц/год: {value} в строке {row} может быть только таким.',
    uk: 'Дати у стовпці {column} («{header}») прочитано як день/місяць/рік: {value} у рядку {row} може бути лише таким.',
  },
  'table.note.amountTooLarge': {
    en: 'Row {row}: {cell} holds {value}, too large to be an amount (a quadrillion or more); the sale is used without it.',
    ru: 'Строка {row}: в ячейке {cell} значение {value}, слишком большое для суммы (квадриллион и больше); продажа учтена без него.',
    uk: 'Рядок {row}: у клітинці {cell} значення {value}, завелике для суми (квадрильйон і більше); продаж враховано без нього.',
  },
  'table.note.badMargin': {
    en: 'Row {row}: margin in {cell} is not a number: "{value}"; the sale is used without it.',
    ru: 'Строка {row}: маржа в ячейке {cell} не является числом: «{value}»; продажа учтена без неё.',
    uk: 'Рядок {row}: маржа в клітинці {cell} не є числом: «{value}»; продаж враховано без неї.',
  },
  'table.note.badPlan': {
    en: 'Row {row}: plan in {cell} is not a number: "{value}"; the sale is used without it.',
    ru: 'Строка {row}: план в ячейке {cell} не является числом: «{value}»; продажа учтена без него.',
    uk: 'Рядок {row}: план у клітинці {cell} не є числом: «{value}»; продаж враховано без нього.',
  },
  'table.note.badPaymentCoefficient': {
    en: 'Row {row}: payment coefficient in {cell} is not a number: "{value}"; the sale is used without it.',
    ru: 'Строка {row}: коэффициент оплаты в ячейке {cell} не является числом: «{value}»; продажа учтена без него.',
    uk: 'Рядок {row}: коефіцієнт оплати в клітинці {cell} не є числом: «{value}»; продаж враховано без нього.',
  },
  'table.note.errorValue': {
    en: 'Row {row}: {cell} holds the error value {value}; the sale is used without this value.',
    ru: 'Строка {row}: в ячейке {cell} ошибка {value}; продажа учтена без этого значения.',
    uk: 'Рядок {row}: у клітинці {cell} помилка {value}; продаж враховано без цього значення.',
  },

  'table.role.client': { en: 'client', ru: 'клиент', uk: 'клієнт' },
  'table.role.date': { en: 'date', ru: 'дата', uk: 'дата' },
  'table.role.amount': { en: 'amount', ru: 'сумма', uk: 'сума' },
  'table.role.orderId': { en: 'order id', ru: 'номер заказа', uk: 'номер замовлення' },
  'table.role.product': { en: 'product', ru: 'товар', uk: 'товар' },
  'table.role.margin': { en: 'margin', ru: 'маржа', uk: 'маржа' },
  'table.role.dueDate': { en: 'due date', ru: 'срок оплаты', uk: 'термін оплати' },
  'table.role.paidDate': { en: 'payment date', ru: 'дата оплаты', uk: 'дата оплати' },
  'table.role.plan': { en: 'plan', ru: 'план', uk: 'план' },
  'table.role.manager': { en: 'manager', ru: 'менеджер', uk: 'менеджер' },
  'table.role.region': { en: 'region', ru: 'регион', uk: 'регіон' },
  'table.role.channel': { en: 'channel', ru: 'канал', uk: 'канал' },
  'table.role.churnReason': { en: 'churn reason', ru: 'причина ухода', uk: 'причина відтоку' },
  'table.role.kamStage': { en: 'KAM stage', ru: 'стадия KAM', uk: 'стадія KAM' },
  'table.role.paymentCoefficient': { en: 'payment coefficient (Kp)', ru: 'коэффициент оплаты (Kp)', uk: 'коефіцієнт оплати (Kp)' },
} satisfies Record<string, Translations>;
