/**
 * Texts of the forecast check (the calibration/holdout check of the purchase model,
 * shared/methods/clv/holdout.ts), in English, Russian and Ukrainian: its warning and how the CLI,
 * the panel and the JSON readers see it.
 */
import type { Translations } from '../lang';

export const forecastMessages = {
  'forecast.warning.off': {
    en: 'The purchase model does not hold on this sheet: fitted on the sales up to {calibrationEnd}, it predicted {expected} purchases for {from}…{to}, and clients made {actual} (off by {off}, more than {margin}). Trust P(active) and CLV here only as a rough guide.',
    ru: 'Модель покупок не подтверждается на этом листе: обученная на продажах по {calibrationEnd}, она предсказала {expected} покупок за {from}…{to}, а клиенты сделали {actual} (расхождение {off}, больше {margin}). P(активен) и CLV здесь — лишь грубый ориентир.',
    uk: 'Модель покупок не підтверджується на цьому аркуші: навчена на продажах по {calibrationEnd}, вона передбачила {expected} покупок за {from}…{to}, а клієнти зробили {actual} (розбіжність {off}, більше {margin}). P(активний) і CLV тут — лише грубий орієнтир.',
  },
  'forecast.title': { en: 'Does the forecast hold? (holdout check)', ru: 'Подтверждается ли прогноз? (проверка на отложенных данных)', uk: 'Чи справджується прогноз? (перевірка на відкладених даних)' },
  'forecast.setup': {
    en: 'Model fitted on sales up to {calibrationEnd}, checked on {from}…{to} ({length} × {timeUnit}), {clients} {clients|client|clients}: predicted {expected} purchases, clients made {actual}; mean absolute error {mae} a client.',
    ru: 'Модель обучена на продажах по {calibrationEnd}, проверена на {from}…{to} ({length} × {timeUnit}), клиентов {clients}: предсказано покупок {expected}, сделано {actual}; средняя абсолютная ошибка {mae} на клиента.',
    uk: 'Модель навчена на продажах по {calibrationEnd}, перевірена на {from}…{to} ({length} × {timeUnit}), клієнтів {clients}: передбачено покупок {expected}, зроблено {actual}; середня абсолютна похибка {mae} на клієнта.',
  },
  'forecast.notComputed': {
    en: 'No holdout check: {reason}',
    ru: 'Проверки на отложенных данных нет: {reason}',
    uk: 'Перевірки на відкладених даних немає: {reason}',
  },
  'forecast.reason.noDates': { en: 'the sheet has no dates.', ru: 'на листе нет дат.', uk: 'на аркуші немає дат.' },
  'forecast.reason.noHoldout': { en: 'the calibration end is not before the last day of the analysis.', ru: 'конец калибровки не раньше последнего дня анализа.', uk: 'кінець калібрування не раніше за останній день аналізу.' },
  'forecast.reason.tooFewRepeatCustomers': { en: 'fewer than {minimum} clients bought again before the calibration end.', ru: 'до конца калибровки повторно купили меньше {minimum} клиентов.', uk: 'до кінця калібрування повторно купили менше ніж {minimum} клієнтів.' },
  'forecast.reason.purchaseModelFailed': { en: 'the purchase model could not be fitted on the calibration sales.', ru: 'модель покупок не удалось подогнать по продажам калибровки.', uk: 'модель покупок не вдалося підігнати за продажами калібрування.' },
  'forecast.chart': { en: 'Holdout purchases: made vs predicted', ru: 'Покупки в проверке: сделано и прогноз', uk: 'Покупки в перевірці: зроблено і прогноз' },
  'forecast.column.purchases': { en: 'Purchases before', ru: 'Покупок до', uk: 'Покупок до' },
  'forecast.column.clients': { en: 'Clients', ru: 'Клиентов', uk: 'Клієнтів' },
  'forecast.column.actual': { en: 'Made, mean', ru: 'Сделано, в среднем', uk: 'Зроблено, у середньому' },
  'forecast.column.expected': { en: 'Predicted, mean', ru: 'Предсказано, в среднем', uk: 'Передбачено, у середньому' },
} satisfies Record<string, Translations>;
