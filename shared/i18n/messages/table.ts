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
    en: '{count} {count|row is|rows are} dated after today ({today}), left out so as not to move the analysis date: {rows}. If right, confirm with "keep unusual dates".',
    ru: 'Дата позже сегодняшней ({today}), {count} {count|строка исключена|строки исключены|строк исключено}, чтобы не сдвигать дату анализа: {rows}. Если даты верны, включите «сохранить необычные даты».',
    uk: 'Дата пізніше за сьогодні ({today}), {count} {count|рядок виключено|рядки виключено|рядків виключено}, щоб не зсувати дату аналізу: {rows}. Якщо дати правильні, увімкніть «зберегти незвичні дати».',
  },
  'table.warning.farDates': {
    en: '{count} {count|row is|rows are} dated far from the rest of the dates ({from} to {to} in the middle), left out: {rows}. Two-digit years 30-99 are 19xx. If right, confirm with "keep unusual dates".',
    ru: 'Дата далеко от остальных (середина: {from} – {to}), {count} {count|строка исключена|строки исключены|строк исключено}: {rows}. Двузначный год 30-99 — это 19xx. Если даты верны, включите «сохранить необычные даты».',
    uk: 'Дата далеко від решти (середина: {from} – {to}), {count} {count|рядок виключено|рядки виключено|рядків виключено}: {rows}. Двозначний рік 30-99 — це 19xx. Якщо дати правильні, увімкніть «зберегти незвичні дати».',
  },
  'table.warning.unusualDatesKept': {
    en: '{count} unusual {count|date|dates} kept as confirmed: {rows}.',
    ru: 'Необычные даты оставлены, как подтверждено ({count}): {rows}.',
    uk: 'Незвичні дати залишено, як підтверджено ({count}): {rows}.',
  },
  'table.error.futureDateAt': {
    en: 'dates, cell {position} of the range: "{value}" is after today ({today}); if right, add keepunusualdates=yes.',
    ru: 'dates, ячейка {position} диапазона: «{value}» позже сегодняшней даты ({today}); если верно, добавьте keepunusualdates=yes.',
    uk: 'dates, клітинка {position} діапазону: «{value}» пізніше за сьогодні ({today}); якщо правильно, додайте keepunusualdates=yes.',
  },
  'table.error.farDateAt': {
    en: 'dates, cell {position} of the range: "{value}" is far from the other dates ({from} to {to} in the middle); if right, add keepunusualdates=yes.',
    ru: 'dates, ячейка {position} диапазона: «{value}» далеко от остальных дат (середина: {from} – {to}); если верно, добавьте keepunusualdates=yes.',
    uk: 'dates, клітинка {position} діапазону: «{value}» далеко від решти дат (середина: {from} – {to}); якщо правильно, додайте keepunusualdates=yes.',
  },
  'table.note.slashDatesMonthFirst': {
    en: 'Column {column} ("{header}") is read month first (mm/dd/yyyy): {value} in row {row} can only be so.',
    ru: 'Столбец {column} («{header}») прочитан как мм/дд/гггг: {value} в строке {row} иначе не прочесть.',
    uk: 'Стовпець {column} («{header}») прочитано як мм/дд/рррр: {value} у рядку {row} інакше не прочитати.',
  },
  'table.note.slashDatesDayFirst': {
    en: 'Column {column} ("{header}") is read day first (dd/mm/yyyy): {value} in row {row} can only be so.',
    ru: 'Столбец {column} («{header}») прочитан как дд/мм/гггг: {value} в строке {row} иначе не прочесть.',
    uk: 'Стовпець {column} («{header}») прочитано як дд/мм/рррр: {value} у рядку {row} інакше не прочитати.',
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

  // Issue 10, items 6, 9, 10: look-alike client names, fill-down, "1,500" among decimals.
  'table.warning.lookAlikeLetters': {
    en: 'Clients "{first}" ({firstCount|row|rows} {firstRows}) and "{other}" ({otherCount|row|rows} {otherRows}) differ only in look-alike Latin and Cyrillic letters (O/О): counted as two clients; if they are one, correct the spelling.',
    ru: 'Клиенты «{first}» ({firstCount|строка|строки|строки} {firstRows}) и «{other}» ({otherCount|строка|строки|строки} {otherRows}) различаются только похожими латинскими и кириллическими буквами (O/О): учтены как два клиента; если это один, исправьте написание.',
    uk: 'Клієнти «{first}» ({firstCount|рядок|рядки|рядки} {firstRows}) і «{other}» ({otherCount|рядок|рядки|рядки} {otherRows}) різняться лише схожими латинськими й кириличними літерами (O/О): враховано як двох клієнтів; якщо це один, виправте написання.',
  },
  'table.warning.fillDownSuggested': {
    en: '{count} {count|row has|rows have} a date and an amount but no client, under a row with a client ({count|row|rows} {rows}), and {count|was|were} skipped. If the client is written only on the first row of its block, turn on fill-down (panel: "Fill down blank clients"; CLI: --fill-down; functions: filldown=yes).',
    ru: 'В {count} {count|строке|строках|строках} под строкой с клиентом есть дата и сумма, но нет клиента ({count|строка|строки|строки} {rows}); они пропущены. Если клиент записан только в первой строке блока, включите заполнение вниз (панель: «Заполнять пустых клиентов вниз»; CLI: --fill-down; функции: filldown=yes).',
    uk: 'У {count} {count|рядку|рядках|рядках} під рядком із клієнтом є дата й сума, але немає клієнта ({count|рядок|рядки|рядки} {rows}); їх пропущено. Якщо клієнта записано лише в першому рядку блоку, увімкніть заповнення вниз (панель: «Заповнювати порожніх клієнтів донизу»; CLI: --fill-down; функції: filldown=yes).',
  },
  'table.warning.filledDown': {
    en: 'Fill-down: {count} {count|row|rows} without a client took the client above ({count|row|rows} {rows}).',
    ru: 'Заполнение вниз: {count} {count|строка|строки|строк} без клиента {count|получила|получили|получили} клиента сверху ({count|строка|строки|строки} {rows}).',
    uk: 'Заповнення вниз: {count} {count|рядок|рядки|рядків} без клієнта {count|отримав|отримали|отримали} клієнта згори ({count|рядок|рядки|рядки} {rows}).',
  },
  'table.note.ambiguousDecimal': {
    en: 'Row {row}: "{value}" in {cell} is read as {read}: the column writes "{mark}" as the decimal mark. For {other}, write it without the mark.',
    ru: 'Строка {row}: «{value}» в ячейке {cell} прочитано как {read}: в столбце «{mark}» служит десятичным знаком. Для {other} запишите без этого знака.',
    uk: 'Рядок {row}: «{value}» у клітинці {cell} прочитано як {read}: у стовпці «{mark}» є десятковим знаком. Для {other} запишіть без цього знака.',
  },
  'table.warning.nearDuplicateNames': {
    en: 'Clients "{first}" ({firstCount|row|rows} {firstRows}) and "{other}" ({otherCount|row|rows} {otherRows}) differ only in punctuation or spacing: counted as two clients; if they are one, correct the spelling.',
    ru: 'Клиенты «{first}» ({firstCount|строка|строки|строки} {firstRows}) и «{other}» ({otherCount|строка|строки|строки} {otherRows}) различаются только знаками препинания или пробелами: учтены как два клиента; если это один, исправьте написание.',
    uk: 'Клієнти «{first}» ({firstCount|рядок|рядки|рядки} {firstRows}) і «{other}» ({otherCount|рядок|рядки|рядки} {otherRows}) різняться лише розділовими знаками або пробілами: враховано як двох клієнтів; якщо це один, виправте написання.',
  },
} satisfies Record<string, Translations>;
