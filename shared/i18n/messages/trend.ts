/**
 * Texts of the client base over time (shared/methods/classHistory.ts): the class history column
 * and the ABC migration between the last two complete periods, in English, Russian and Ukrainian.
 */
import type { Translations } from '../lang';

export const trendMessages = {
  'trend.column.classHistory': { en: 'ABC by period', ru: 'ABC по периодам', uk: 'ABC за періодами' },
  'trend.migrationTitle': { en: 'ABC migration {before} → {now}', ru: 'Переходы между классами ABC: {before} → {now}', uk: 'Переходи між класами ABC: {before} → {now}' },
  'trend.migrationClients': { en: 'Clients: before ↓ now →', ru: 'Клиенты: было ↓ стало →', uk: 'Клієнти: було ↓ стало →' },
  'trend.migrationTurnover': { en: 'Turnover: before ↓ now →', ru: 'Оборот: было ↓ стало →', uk: 'Оборот: було ↓ стало →' },
  'trend.new': { en: 'new', ru: 'новые', uk: 'нові' },
  'trend.lost': { en: 'lost', ru: 'ушли', uk: 'пішли' },
  'trend.leftA': {
    en: 'Left class A: {clients}.',
    ru: 'Покинули класс A: {clients}.',
    uk: 'Залишили клас A: {clients}.',
  },
  'trend.noneLeftA': { en: 'No client left class A.', ru: 'Никто не покинул класс A.', uk: 'Ніхто не залишив клас A.' },
  'trend.noMigration': {
    en: 'No ABC migration: it needs two complete periods ({periods} so far).',
    ru: 'Переходов ABC нет: нужны два полных периода (пока {periods}).',
    uk: 'Переходів ABC немає: потрібні два повні періоди (поки {periods}).',
  },
  'trend.warning.kcFalling': {
    en: 'The client value coefficient fell from {before} to {now}: total Kc {change}, Kc per active client {perClient}. When the value coefficient of the client base falls, the company is weakening its market position and the quality of its clients is getting worse. Fell most: {clients}.',
    ru: 'Коэффициент ценности клиентуры снизился с {before} по {now}: общий Кц {change}, Кц на активного клиента {perClient}. Если коэффициент ценности клиентуры снижается, значит компания ослабляет свои рыночные позиции и качество клиентов ухудшается. Сильнее всего снизился: {clients}.',
    uk: 'Коефіцієнт цінності клієнтури знизився з {before} по {now}: загальний Кц {change}, Кц на активного клієнта {perClient}. Якщо коефіцієнт цінності клієнтури знижується, компанія послаблює свої ринкові позиції і якість клієнтів погіршується. Найбільше знизився: {clients}.',
  },
  'trend.kcTitle': { en: 'Kc of the client base by period', ru: 'Кц клиентуры по периодам', uk: 'Кц клієнтури за періодами' },
  'trend.kcColumns': {
    en: 'Period|Turnover|Kc|Active clients|Kc per client|Kp (weighted)|Kf (weighted)|Change',
    ru: 'Период|Оборот|Кц|Активных клиентов|Кц на клиента|Kp (взвеш.)|Kf (взвеш.)|Изменение',
    uk: 'Період|Оборот|Кц|Активних клієнтів|Кц на клієнта|Kp (зважен.)|Kf (зважен.)|Зміна',
  },
  'trend.column.kcPrevious': { en: 'Kc, period before', ru: 'Кц, прошлый период', uk: 'Кц, попередній період' },
  'trend.column.kcLast': { en: 'Kc, last period', ru: 'Кц, последний период', uk: 'Кц, останній період' },
  'trend.column.kcChange': { en: 'Kc change', ru: 'Изменение Кц', uk: 'Зміна Кц' },
  'trend.CLASS_HISTORY.help': {
    en: 'Each client\'s ABC class per period, each period ranked on its own turnover (A up to 80 %, B up to 95 % of the cumulative share); "-" where the client bought nothing.',
    ru: 'Класс ABC каждого клиента по периодам; каждый период ранжируется по своему обороту (A до 80 %, B до 95 % накопленной доли); «-», если клиент ничего не купил.',
    uk: 'Клас ABC кожного клієнта за періодами; кожен період ранжується за власним оборотом (A до 80 %, B до 95 % накопиченої частки); «-», якщо клієнт нічого не купив.',
  },
  'trend.CLASS_HISTORY.period': {
    en: 'Optional: month, quarter, year or auto (default auto), or settings such as "period=quarter; abc=70,90".',
    ru: 'Необязательно: month, quarter, year или auto (по умолчанию auto), либо параметры вроде «period=quarter; abc=70,90».',
    uk: 'Необов\'язково: month, quarter, year або auto (за замовчуванням auto), або параметри на кшталт «period=quarter; abc=70,90».',
  },
  'trend.CLASS_HISTORY.returns': {
    en: 'A table: the client, then its class in each period, oldest first.',
    ru: 'Таблица: клиент, затем его класс в каждом периоде, от раннего к позднему.',
    uk: 'Таблиця: клієнт, потім його клас у кожному періоді, від раннього до пізнього.',
  },
} satisfies Record<string, Translations>;
