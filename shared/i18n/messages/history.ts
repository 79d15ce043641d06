/**
 * Texts of the history part (retention and churn, churn reasons, plan/fact, key clients, KAM stage,
 * RFM, plan tables), in English, Russian and Ukrainian.
 */
import type { Translations } from '../lang';

export const historyMessages = {
  // Retention and churn (METHODS.md section 2).
  'history.warning.churnAboveNorm': {
    en: 'Churn in {period} was {churn} % ({lost} of {previous} {previous|client|clients} of the previous year did not buy again), above the norm of {norm} % a year.',
    ru: 'Отток в {period} составил {churn} % ({lost} из {previous} {previous|клиента|клиентов|клиентов} прошлого года не {lost|купил|купили|купили} снова), выше нормы {norm} % в год.',
    uk: 'Відтік у {period} становив {churn} % ({lost} з {previous} {previous|клієнта|клієнтів|клієнтів} минулого року не {lost|купив|купили|купили} знову), вище за норму {norm} % на рік.',
  },
  'history.warning.churnAboveNormAnnualised': {
    en: 'Churn in {period} was {churn} % ({lost} of {previous} {previous|client|clients} of the previous period did not buy again), {yearly} % a year when annualised, above the norm of {norm} % a year.',
    ru: 'Отток в {period} составил {churn} % ({lost} из {previous} {previous|клиента|клиентов|клиентов} прошлого периода не {lost|купил|купили|купили} снова), в пересчете на год {yearly} %, выше нормы {norm} % в год.',
    uk: 'Відтік у {period} становив {churn} % ({lost} з {previous} {previous|клієнта|клієнтів|клієнтів} минулого періоду не {lost|купив|купили|купили} знову), у перерахунку на рік {yearly} %, вище за норму {norm} % на рік.',
  },
  'history.warning.partialLastPeriod': {
    en: 'The last period, {period}, is partial: it ends at the analysis date {asOf}. Clients who have not bought in it yet count as lost, so its churn is not checked against the norm.',
    ru: 'Последний период, {period}, неполный: он заканчивается датой анализа {asOf}. Клиенты, еще не купившие в нем, считаются ушедшими, поэтому его отток не сравнивается с нормой.',
    uk: 'Останній період, {period}, неповний: він закінчується датою аналізу {asOf}. Клієнти, які ще не купили в ньому, вважаються втраченими, тому його відтік не порівнюється з нормою.',
  },
  'history.warning.noDates': {
    en: 'The sheet has no dates: retention, churn, key clients, KAM stage suggestions and RFM need a date column and are left empty.',
    ru: 'В листе нет дат: удержание, отток, ключевые клиенты, подсказка этапа KAM и RFM требуют столбца даты и оставлены пустыми.',
    uk: 'В аркуші немає дат: утримання, відтік, ключові клієнти, підказка етапу KAM та RFM потребують стовпця дати й залишені порожніми.',
  },
  'history.warning.noSalesUpToAsOf': {
    en: 'There are no sales on or before the analysis date {asOf}: retention, churn, key clients, KAM stage suggestions and RFM are left empty.',
    ru: 'Нет продаж на дату анализа {asOf} или раньше: удержание, отток, ключевые клиенты, подсказка этапа KAM и RFM оставлены пустыми.',
    uk: 'Немає продажів на дату аналізу {asOf} або раніше: утримання, відтік, ключові клієнти, підказка етапу KAM та RFM залишені порожніми.',
  },
  'history.warning.fewFullYears': {
    en: 'Lost and declining key clients need at least two full calendar years of sales; the data up to {asOf} hold {years} full {years|year|years}.',
    ru: 'Для ушедших и снижающих закупки ключевых клиентов нужны минимум два полных календарных года продаж; данные до {asOf} содержат {years} {years|полный год|полных года|полных лет}.',
    uk: 'Для втрачених ключових клієнтів і тих, що зменшують закупівлі, потрібні щонайменше два повні календарні роки продажів; дані до {asOf} містять {years} {years|повний рік|повні роки|повних років}.',
  },
  'history.warning.keyClientsAtRisk': {
    en: '{lost} key {lost|client|clients} of {firstYear} bought nothing in {lastYear} and {declining} {declining|is|are} declining (share of sales down by at least {threshold} %): {clients}.',
    ru: '{lost} {lost|ключевой клиент|ключевых клиента|ключевых клиентов} {firstYear} года ничего не {lost|купил|купили|купили} в {lastYear} году, и {declining} {declining|снижает|снижают|снижают} закупки (доля в продажах упала минимум на {threshold} %): {clients}.',
    uk: '{lost} {lost|ключовий клієнт|ключові клієнти|ключових клієнтів} {firstYear} року нічого не {lost|купив|купили|купили} у {lastYear} році, і {declining} {declining|зменшує|зменшують|зменшують} закупівлі (частка в продажах упала щонайменше на {threshold} %): {clients}.',
  },
  'history.warning.earlyKamKeyClients': {
    en: '{count} key {count|client|clients} (class A) {count|is|are} at the early KAM stage, where the risk of a break is highest (Millman and Wilson): {clients}.',
    ru: '{count} {count|ключевой клиент|ключевых клиента|ключевых клиентов} (класс A) {count|находится|находятся|находятся} на начальном этапе KAM, где риск разрыва наиболее высок (Миллман и Уилсон): {clients}.',
    uk: '{count} {count|ключовий клієнт|ключові клієнти|ключових клієнтів} (клас A) {count|перебуває|перебувають|перебувають} на початковому етапі KAM, де ризик розриву найвищий (Міллман і Вілсон): {clients}.',
  },

  // Churn reasons: the article's reference shares (seed 003).
  'history.churnReason.noVisibleReason': {
    en: 'Leave for no visible reason',
    ru: 'Уходят без видимых причин',
    uk: 'Йдуть без видимих причин',
  },
  'history.churnReason.driftToOthers': {
    en: 'Drift to other suppliers while building relations with them',
    ru: 'Параллельно развивая отношения с другими, постепенно переходят к ним',
    uk: 'Паралельно розвиваючи відносини з іншими, плавно перетікають до них',
  },
  'history.churnReason.competitive': {
    en: 'Competitive reasons: price, service, guarantees, reliability, product',
    ru: 'Конкурентные причины: цена, сервис, гарантии, надежность, характеристики товара',
    uk: 'Конкурентні причини: ціна, сервіс, гарантії, надійність, характеристики товару',
  },
  'history.churnReason.qualityOrDelivery': {
    en: 'Unhappy with product quality or missed deliveries',
    ru: 'Недовольны качеством товара или срывом сроков поставок',
    uk: 'Незадоволені якістю товару або зривом термінів поставок',
  },
  'history.churnReason.staffAttitude': {
    en: 'Indifferent or poor treatment by staff and management',
    ru: 'Безразличное или неадекватное отношение персонала и руководства',
    uk: 'Байдуже або неадекватне ставлення персоналу та керівництва',
  },
  'history.churnReason.unstated': {
    en: '(no reason given)',
    ru: '(причина не указана)',
    uk: '(причину не вказано)',
  },

  // Plan/fact (METHODS.md section 5): why a coefficient is empty.
  'history.planFact.noPlan': {
    en: 'No volume plan for this client.',
    ru: 'Для этого клиента нет плана по объему.',
    uk: 'Для цього клієнта немає плану за обсягом.',
  },
  'history.planFact.zeroPlan': {
    en: 'The volume plan is zero, so fulfilment cannot be computed.',
    ru: 'План по объему равен нулю, выполнение не рассчитать.',
    uk: 'План за обсягом дорівнює нулю, виконання не розрахувати.',
  },
  'history.planFact.noProductPlan': {
    en: 'No planned products for this client.',
    ru: 'Для этого клиента нет плана по ассортименту.',
    uk: 'Для цього клієнта немає плану за асортиментом.',
  },
  'history.planFact.noDueDates': {
    en: 'No sale with a due date on or before the analysis date.',
    ru: 'Нет продаж со сроком оплаты не позже даты анализа.',
    uk: 'Немає продажів зі строком оплати не пізніше за дату аналізу.',
  },
  'history.planFact.unknownPlanClients': {
    en: 'The plan names {count} {count|client|clients} with no sales in the sheet (their plan is not fulfilled at all): {clients}.',
    ru: 'В плане {count} {count|клиент|клиента|клиентов} без продаж в листе (их план не выполнен совсем): {clients}.',
    uk: 'У плані {count} {count|клієнт|клієнти|клієнтів} без продажів в аркуші (їхній план не виконано зовсім): {clients}.',
  },

  // Plan table reading.
  'history.plan.error.empty': {
    en: 'The plan table is empty: there is no header row and no plan.',
    ru: 'Таблица плана пуста: нет ни строки заголовков, ни плана.',
    uk: 'Таблиця плану порожня: немає ні рядка заголовків, ні плану.',
  },
  'history.plan.error.noClientColumn': {
    en: 'The plan table has no client column (a header such as Client, Клиент, Клієнт).',
    ru: 'В таблице плана нет столбца клиента (заголовок вроде Клиент, Контрагент, Client).',
    uk: 'У таблиці плану немає стовпця клієнта (заголовок на кшталт Клієнт, Контрагент, Client).',
  },
  'history.plan.error.noPlanColumn': {
    en: 'The plan table needs a planned amount column (Plan, План) or a product column (Product, Товар).',
    ru: 'В таблице плана нужен столбец планового объема (План, Plan) или товара (Товар, Product).',
    uk: 'У таблиці плану потрібен стовпець планового обсягу (План, Plan) або товару (Товар, Product).',
  },
  'history.plan.skip.blankRow': {
    en: 'Row {row} is blank.',
    ru: 'Строка {row} пустая.',
    uk: 'Рядок {row} порожній.',
  },
  'history.plan.skip.headerRow': {
    en: 'Row {row} repeats the header.',
    ru: 'Строка {row} повторяет заголовок.',
    uk: 'Рядок {row} повторює заголовок.',
  },
  'history.plan.skip.totalsRow': {
    en: 'Row {row} is a totals row ("{value}").',
    ru: 'Строка {row} итоговая («{value}»).',
    uk: 'Рядок {row} підсумковий («{value}»).',
  },
  'history.plan.skip.errorValue': {
    en: 'Row {row}: cell {cell} holds the error {value}.',
    ru: 'Строка {row}: в ячейке {cell} ошибка {value}.',
    uk: 'Рядок {row}: у клітинці {cell} помилка {value}.',
  },
  'history.plan.skip.noClient': {
    en: 'Row {row}: no client in cell {cell}.',
    ru: 'Строка {row}: нет клиента в ячейке {cell}.',
    uk: 'Рядок {row}: немає клієнта в клітинці {cell}.',
  },
  'history.plan.skip.badAmount': {
    en: 'Row {row}: cell {cell} is not an amount ("{value}").',
    ru: 'Строка {row}: ячейка {cell} не сумма («{value}»).',
    uk: 'Рядок {row}: клітинка {cell} не сума («{value}»).',
  },
  'history.plan.skip.badPeriod': {
    en: 'Row {row}: cell {cell} is not a period such as 2024, 2024-Q3 or 2024-07 ("{value}").',
    ru: 'Строка {row}: ячейка {cell} не период вида 2024, 2024-Q3 или 2024-07 («{value}»).',
    uk: 'Рядок {row}: клітинка {cell} не період на кшталт 2024, 2024-Q3 або 2024-07 («{value}»).',
  },
  'history.plan.skip.noPlan': {
    en: 'Row {row}: neither a planned amount nor a product.',
    ru: 'Строка {row}: нет ни планового объема, ни товара.',
    uk: 'Рядок {row}: немає ні планового обсягу, ні товару.',
  },

  // KAM stages (METHODS.md section 8; seed 004, Millman and Wilson). The English name is the id.
  'history.kamStage.preKam': { en: 'pre-KAM', ru: 'до начала KAM', uk: 'до початку KAM' },
  'history.kamStage.earlyKam': { en: 'early KAM', ru: 'начальный этап KAM', uk: 'початковий етап KAM' },
  'history.kamStage.midKam': { en: 'mid-KAM', ru: 'средний этап KAM', uk: 'середній етап KAM' },
  'history.kamStage.partnershipKam': { en: 'partnership KAM', ru: 'партнерство KAM', uk: 'партнерство KAM' },
  'history.kamStage.synergisticKam': { en: 'synergistic KAM', ru: 'синергетика KAM', uk: 'синергія KAM' },
  'history.kamStage.uncouplingKam': { en: 'uncoupling KAM', ru: 'прекращение отношений KAM', uk: 'припинення відносин KAM' },
  'history.kamStage.suggestionNote': {
    en: 'Suggested from the sales data by fixed rules; the stage is the manager\'s judgement.',
    ru: 'Подсказка по данным продаж по фиксированным правилам; этап определяет менеджер.',
    uk: 'Підказка за даними продажів за фіксованими правилами; етап визначає менеджер.',
  },

  // RFM segments (the R package rfm's example rules). The English name is the segment's id.
  'history.rfmSegment.champions': { en: 'Champions', ru: 'Чемпионы', uk: 'Чемпіони' },
  'history.rfmSegment.potentialLoyalist': { en: 'Potential Loyalist', ru: 'Потенциально лояльные', uk: 'Потенційно лояльні' },
  'history.rfmSegment.loyalCustomers': { en: 'Loyal Customers', ru: 'Лояльные клиенты', uk: 'Лояльні клієнти' },
  'history.rfmSegment.promising': { en: 'Promising', ru: 'Перспективные', uk: 'Перспективні' },
  'history.rfmSegment.newCustomers': { en: 'New Customers', ru: 'Новые клиенты', uk: 'Нові клієнти' },
  'history.rfmSegment.cantLoseThem': { en: "Can't Lose Them", ru: 'Нельзя потерять', uk: 'Не можна втратити' },
  'history.rfmSegment.atRisk': { en: 'At Risk', ru: 'Под угрозой ухода', uk: 'Під загрозою відходу' },
  'history.rfmSegment.needAttention': { en: 'Need Attention', ru: 'Требуют внимания', uk: 'Потребують уваги' },
  'history.rfmSegment.aboutToSleep': { en: 'About To Sleep', ru: 'Засыпающие', uk: 'Засинають' },
  'history.rfmSegment.lost': { en: 'Lost', ru: 'Потерянные', uk: 'Втрачені' },
  'history.rfmSegment.others': { en: 'Others', ru: 'Прочие', uk: 'Інші' },
} satisfies Record<string, Translations>;
