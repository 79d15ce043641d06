/** Texts of the clv part (customer lifetime value), in English, Russian and Ukrainian. */
import type { Translations } from '../lang';

export const clvMessages = {
  'clv.error.badTimeUnit': {
    en: 'The CLV time unit "{value}" is not known: use day, week or month.',
    ru: 'Единица времени CLV «{value}» неизвестна: используйте day, week или month.',
    uk: 'Одиниця часу CLV «{value}» невідома: використайте day, week або month.',
  },
  'clv.error.noCalibrationEnd': {
    en: 'CLV needs a calibration end date (or an as-of date): none was given and the sheet has no dates.',
    ru: 'Для CLV нужна дата окончания калибровки (или дата анализа): она не задана, а в листе нет дат.',
    uk: 'Для CLV потрібна дата кінця калібрування (або дата аналізу): її не задано, а в аркуші немає дат.',
  },
  'clv.error.noDates': {
    en: 'CLV needs the date of every sale: the sheet has no date column.',
    ru: 'Для CLV нужна дата каждой продажи: в листе нет столбца с датой.',
    uk: 'Для CLV потрібна дата кожного продажу: в аркуші немає стовпця з датою.',
  },
  'clv.error.badHorizon': {
    en: 'The CLV horizon {value} is not valid: it is a whole number of time units, 1 or more.',
    ru: 'Горизонт CLV {value} недопустим: это целое число единиц времени, не меньше 1.',
    uk: 'Горизонт CLV {value} неприпустимий: це ціле число одиниць часу, не менше 1.',
  },
  'clv.error.badDiscountRate': {
    en: 'The CLV annual discount rate {value} is not valid: it is a fraction, 0 or more (0.1 = 10 %).',
    ru: 'Годовая ставка дисконтирования CLV {value} недопустима: это доля, не меньше 0 (0.1 = 10 %).',
    uk: 'Річна ставка дисконтування CLV {value} неприпустима: це частка, не менше 0 (0.1 = 10 %).',
  },
  'clv.error.badPenalty': {
    en: 'The CLV penalty {value} is not valid: it is a number, 0 or more (0 = none).',
    ru: 'Штраф CLV {value} недопустим: это число, не меньше 0 (0 — без штрафа).',
    uk: 'Штраф CLV {value} неприпустимий: це число, не менше 0 (0 — без штрафу).',
  },
  'clv.error.nonPositiveSpend': {
    en: 'Client {client} bought again ({frequency} repeat purchases) but their mean repeat spend is {spend}: the spend model (Gamma-Gamma) needs a positive spend for every repeat customer. Check that client\'s rows (zero amounts, returns larger than the purchase) or leave them out.',
    ru: 'Клиент {client} покупал повторно ({frequency} повторных покупок), но его средняя сумма повторной покупки равна {spend}: модели расходов (Gamma-Gamma) нужна положительная сумма у каждого повторного покупателя. Проверьте строки этого клиента (нулевые суммы, возвраты больше покупки) или исключите его.',
    uk: 'Клієнт {client} купував повторно ({frequency} повторних покупок), але його середня сума повторної покупки дорівнює {spend}: моделі витрат (Gamma-Gamma) потрібна додатна сума в кожного повторного покупця. Перевірте рядки цього клієнта (нульові суми, повернення більші за покупку) або виключіть його.',
  },
  'clv.warning.tooFewRepeatCustomers': {
    en: 'Only {repeat} {repeat|client|clients} bought more than once by the calibration end {calibrationEnd} (the models need at least {minimum}): no lifetime value is computed. What to do: choose a later calibration end, use a longer sales history, or a finer time unit.',
    ru: 'Только {repeat} {repeat|клиент купил|клиента купили|клиентов купили} больше одного раза до конца калибровки {calibrationEnd} (моделям нужно не меньше {minimum}): пожизненная ценность не рассчитана. Что делать: выберите более позднюю дату конца калибровки, возьмите более длинную историю продаж или более мелкую единицу времени.',
    uk: 'Лише {repeat} {repeat|клієнт купив|клієнти купили|клієнтів купили} більше одного разу до кінця калібрування {calibrationEnd} (моделям потрібно щонайменше {minimum}): довічну цінність не розраховано. Що робити: оберіть пізнішу дату кінця калібрування, візьміть довшу історію продажів або дрібнішу одиницю часу.',
  },
  'clv.warning.purchaseModelFailed': {
    en: 'The purchase model (BG/NBD) did not converge on this data (the optimiser stopped before settling, or a parameter ran off to zero or infinity): no probability alive, expected purchases or lifetime value is shown. This usually means the sales do not look like repeat buying with occasional defection: clients buy on a fixed schedule (contracts, subscriptions), or nobody has stopped buying yet. What to do: use a longer history or a coarser time unit; try a small penalty (e.g. 0.001), and if the spend model then warns of q ≤ 1, go back to none; check for clients with implausibly many purchases (duplicated rows).',
    ru: 'Модель покупок (BG/NBD) не сошлась на этих данных (оптимизатор остановился, не найдя устойчивого решения, или параметр ушёл в ноль или бесконечность): вероятность активности, ожидаемые покупки и пожизненная ценность не показаны. Обычно это значит, что продажи не похожи на повторные покупки с постепенным уходом клиентов: клиенты покупают по фиксированному графику (договоры, подписки) или никто ещё не перестал покупать. Что делать: возьмите более длинную историю или более крупную единицу времени; попробуйте небольшой штраф (например, 0.001), а если модель расходов затем предупредит о q ≤ 1, откажитесь от него; проверьте клиентов с неправдоподобно большим числом покупок (задвоенные строки).',
    uk: 'Модель покупок (BG/NBD) не зійшлася на цих даних (оптимізатор зупинився, не знайшовши стійкого розв’язку, або параметр пішов у нуль чи нескінченність): ймовірність активності, очікувані покупки та довічну цінність не показано. Зазвичай це означає, що продажі не схожі на повторні покупки з поступовим відходом клієнтів: клієнти купують за фіксованим графіком (договори, підписки) або ще ніхто не перестав купувати. Що робити: візьміть довшу історію або більшу одиницю часу; спробуйте невеликий штраф (наприклад, 0.001), а якщо модель витрат потім попередить про q ≤ 1, відмовтеся від нього; перевірте клієнтів із неправдоподібно великою кількістю покупок (задвоєні рядки).',
  },
  'clv.warning.commonDropout': {
    en: 'Clients in this sheet seem to leave at one common rate, about {dropout} after each purchase, rather than some far likelier than others: the BG/NBD spread of drop-out chances collapsed to a single value. Probability alive, expected purchases and lifetime value come from that limit of the model (BG/NBD with one drop-out chance for everyone). Read them as rougher than usual: with more history the full model may fit. (A penalty pulls the spend model\'s q down, possibly to q ≤ 1.)',
    ru: 'Клиенты в этом листе, похоже, уходят с одной общей вероятностью, около {dropout} после каждой покупки, а не одни гораздо чаще других: разброс вероятностей ухода в BG/NBD сошёлся к одному значению. Вероятность активности, ожидаемые покупки и пожизненная ценность рассчитаны по этому предельному случаю модели (BG/NBD с одной вероятностью ухода для всех). Считайте их более грубыми, чем обычно: с более длинной историей может подойти полная модель. (Штраф уменьшает q модели расходов, возможно до q ≤ 1.)',
    uk: 'Клієнти в цьому аркуші, схоже, йдуть з однією спільною ймовірністю, близько {dropout} після кожної покупки, а не одні значно частіше за інших: розкид ймовірностей відходу в BG/NBD зійшовся до одного значення. Ймовірність активності, очікувані покупки та довічну цінність розраховано за цим граничним випадком моделі (BG/NBD з однією ймовірністю відходу для всіх). Вважайте їх грубішими, ніж зазвичай: з довшою історією може підійти повна модель. (Штраф зменшує q моделі витрат, можливо до q ≤ 1.)',
  },
  'clv.warning.purchaseModelNoDropout': {
    en: 'The purchase model (BG/NBD) cannot be fitted: in this sheet nobody seems to have stopped buying by {calibrationEnd} (every client keeps buying at their own pace), so the model cannot learn how clients drop out (its drop-out parameter ran off to zero). No probability alive, expected purchases or lifetime value is shown: assuming nobody will ever leave would overstate every client\'s future. What to do: use a longer sales history, in which some clients have stopped buying; or, if your clients truly never leave (contracts, subscriptions), plan from their regular purchase rate instead.',
    ru: 'Модель покупок (BG/NBD) не может быть построена: в этом листе к {calibrationEnd}, похоже, никто не перестал покупать (каждый клиент покупает в своём темпе), поэтому модель не может узнать, как клиенты уходят (её параметр ухода ушёл в ноль). Вероятность активности, ожидаемые покупки и пожизненная ценность не показаны: если считать, что никто никогда не уйдёт, будущее каждого клиента окажется завышенным. Что делать: возьмите более длинную историю продаж, в которой часть клиентов перестала покупать; или, если ваши клиенты действительно не уходят (договоры, подписки), планируйте по их регулярному темпу покупок.',
    uk: 'Модель покупок (BG/NBD) не може бути побудована: у цьому аркуші до {calibrationEnd}, схоже, ніхто не перестав купувати (кожен клієнт купує у своєму темпі), тому модель не може дізнатися, як клієнти йдуть (її параметр відходу пішов у нуль). Ймовірність активності, очікувані покупки та довічну цінність не показано: якщо вважати, що ніхто ніколи не піде, майбутнє кожного клієнта буде завищеним. Що робити: візьміть довшу історію продажів, у якій частина клієнтів перестала купувати; або, якщо ваші клієнти справді не йдуть (договори, підписки), плануйте за їхнім регулярним темпом покупок.',
  },
  'clv.warning.spendModelFailed': {
    en: 'The spend model (Gamma-Gamma) did not converge on this data (the optimiser stopped before settling, or a parameter ran off to zero or infinity): expected spend and lifetime value are not shown; probability alive and expected purchases are. What to do: check for clients with extreme or duplicated purchase amounts; more history helps. A penalty (e.g. 0.001) makes the fit settle, but if it then gives q ≤ 1 you will be warned and the values are rough.',
    ru: 'Модель расходов (Gamma-Gamma) не сошлась на этих данных (оптимизатор остановился, не найдя устойчивого решения, или параметр ушёл в ноль или бесконечность): ожидаемая сумма покупки и пожизненная ценность не показаны; вероятность активности и ожидаемые покупки показаны. Что делать: проверьте клиентов с экстремальными или задвоенными суммами покупок; помогает более длинная история. Штраф (например, 0.001) помогает подгонке сойтись, но если она даст q ≤ 1, будет предупреждение, и значения будут грубыми.',
    uk: 'Модель витрат (Gamma-Gamma) не зійшлася на цих даних (оптимізатор зупинився, не знайшовши стійкого розв’язку, або параметр пішов у нуль чи нескінченність): очікувану суму покупки та довічну цінність не показано; ймовірність активності й очікувані покупки показано. Що робити: перевірте клієнтів з екстремальними або задвоєними сумами покупок; допомагає довша історія. Штраф (наприклад, 0.001) допомагає підгонці зійтися, але якщо вона дасть q ≤ 1, буде попередження, і значення будуть грубими.',
  },
  'clv.warning.nonPositiveSpendClients': {
    en: '{count} repeat {count|customer has|customers have} a zero or negative mean repeat spend, shown in brackets (zero amounts, returns larger than the purchases): {clients}. The spend model (Gamma-Gamma) needs a positive spend, so {count|this client is|these clients are} left out of it and {count|gets|get} no expected spend or lifetime value; probability alive and expected purchases are still shown, and the other clients are valued as usual. What to do: check {count|that client\'s|those clients\'} rows.',
    ru: '{count} {count|повторный покупатель имеет|повторных покупателя имеют|повторных покупателей имеют} нулевую или отрицательную среднюю сумму повторной покупки, она указана в скобках (нулевые суммы, возвраты больше покупок): {clients}. Модели расходов (Gamma-Gamma) нужна положительная сумма, поэтому {count|этот клиент исключён|эти клиенты исключены|эти клиенты исключены} из неё: ожидаемая сумма покупки и пожизненная ценность для {count|него|них|них} не рассчитаны; вероятность активности и ожидаемые покупки показаны, остальные клиенты оценены как обычно. Что делать: проверьте строки {count|этого клиента|этих клиентов|этих клиентов}.',
    uk: '{count} {count|повторний покупець має|повторні покупці мають|повторних покупців мають} нульову або від’ємну середню суму повторної покупки, її вказано в дужках (нульові суми, повернення більші за покупки): {clients}. Моделі витрат (Gamma-Gamma) потрібна додатна сума, тому {count|цього клієнта виключено|цих клієнтів виключено|цих клієнтів виключено} з неї: очікувану суму покупки та довічну цінність для {count|нього|них|них} не розраховано; ймовірність активності й очікувані покупки показано, інших клієнтів оцінено як зазвичай. Що робити: перевірте рядки {count|цього клієнта|цих клієнтів|цих клієнтів}.',
  },
  'clv.warning.nonPositiveSpendClientsFirst': {
    en: '{count} repeat {count|customer has|customers have} a zero or negative mean repeat spend (zero amounts, returns larger than the purchases); the first {shown}, lowest first, with the mean in brackets: {clients}. The spend model (Gamma-Gamma) needs a positive spend, so these clients are left out of it and get no expected spend or lifetime value; probability alive and expected purchases are still shown, and the other clients are valued as usual. What to do: check those clients\' rows.',
    ru: '{count} {count|повторный покупатель имеет|повторных покупателя имеют|повторных покупателей имеют} нулевую или отрицательную среднюю сумму повторной покупки (нулевые суммы, возвраты больше покупок); первые {shown}, от наименьшей, со средней суммой в скобках: {clients}. Модели расходов (Gamma-Gamma) нужна положительная сумма, поэтому эти клиенты исключены из неё: ожидаемая сумма покупки и пожизненная ценность для них не рассчитаны; вероятность активности и ожидаемые покупки показаны, остальные клиенты оценены как обычно. Что делать: проверьте строки этих клиентов.',
    uk: '{count} {count|повторний покупець має|повторні покупці мають|повторних покупців мають} нульову або від’ємну середню суму повторної покупки (нульові суми, повернення більші за покупки); перші {shown}, від найменшої, із середньою сумою в дужках: {clients}. Моделі витрат (Gamma-Gamma) потрібна додатна сума, тому цих клієнтів виключено з неї: очікувану суму покупки та довічну цінність для них не розраховано; ймовірність активності й очікувані покупки показано, інших клієнтів оцінено як зазвичай. Що робити: перевірте рядки цих клієнтів.',
  },
  'clv.warning.spendModelRefused': {
    en: 'Expected spend and lifetime value are not shown: without the {count} {count|client|clients} above only {repeat} repeat {repeat|customer is|customers are} left for the spend model (it needs at least {minimum}); probability alive and expected purchases are shown.',
    ru: 'Ожидаемая сумма покупки и пожизненная ценность не показаны: без {count} {count|клиента|клиентов|клиентов} выше для модели расходов {repeat|остался|осталось|осталось} только {repeat} {repeat|повторный покупатель|повторных покупателя|повторных покупателей} (нужно не меньше {minimum}); вероятность активности и ожидаемые покупки показаны.',
    uk: 'Очікувану суму покупки та довічну цінність не показано: без {count} {count|клієнта|клієнтів|клієнтів} вище для моделі витрат {repeat|залишився|залишилося|залишилося} лише {repeat} {repeat|повторний покупець|повторні покупці|повторних покупців} (потрібно щонайменше {minimum}); ймовірність активності й очікувані покупки показано.',
  },
  'clv.warning.unboundedMeanSpend': {
    en: 'The spend model (Gamma-Gamma) fitted q = {q} ≤ 1, so its mean spend per purchase is infinite: {count} {count|client|clients} with no repeat purchase {count|gets|get} no expected spend or lifetime value, and repeat buyers\' values are rough. What to do: a penalty pulls q down, so try without one; check for extreme amounts; use a longer history.',
    ru: 'Модель расходов (Gamma-Gamma) дала q = {q} ≤ 1, то есть бесконечную среднюю сумму покупки: {count} {count|клиент|клиента|клиентов} без повторных покупок не {count|получает|получают|получают} ни ожидаемой суммы, ни пожизненной ценности, а ценность повторных покупателей груба. Что делать: штраф уменьшает q, попробуйте без него; проверьте экстремальные суммы; возьмите более длинную историю.',
    uk: 'Модель витрат (Gamma-Gamma) дала q = {q} ≤ 1, тобто нескінченну середню суму покупки: {count} {count|клієнт|клієнти|клієнтів} без повторних покупок не {count|отримує|отримують|отримують} ні очікуваної суми, ні довічної цінності, а цінність повторних покупців груба. Що робити: штраф зменшує q, спробуйте без нього; перевірте екстремальні суми; візьміть довшу історію.',
  },

  'clv.warning.constantSpend': {
    en: 'All {repeat} repeat customers spend {spend} at every purchase: the spend model (Gamma-Gamma) needs spends that differ, so it is not fitted, and every client\'s expected spend per purchase is {spend}.',
    ru: 'Все {repeat} {repeat|повторный покупатель тратит|повторных покупателя тратят|повторных покупателей тратят} {spend} на каждую покупку: модели расходов (Gamma-Gamma) нужны различающиеся суммы, она не строится, и ожидаемая сумма покупки каждого клиента — {spend}.',
    uk: 'Усі {repeat} {repeat|повторний покупець витрачає|повторні покупці витрачають|повторних покупців витрачають} {spend} на кожну покупку: моделі витрат (Gamma-Gamma) потрібні різні суми, вона не будується, і очікувана сума покупки кожного клієнта — {spend}.',
  },

  'clv.warning.commonSpend': {
    en: 'The clients\' mean spends differ no more than their purchases do: the spend model (Gamma-Gamma) ran to its limit with one mean spend for all, so every client\'s expected spend per purchase is the mean repeat purchase, {spend}. A penalty would only invent a spread.',
    ru: 'Средние суммы клиентов различаются не больше, чем их покупки: модель расходов (Gamma-Gamma) ушла к пределу с одной средней для всех, поэтому ожидаемая сумма покупки каждого клиента — средняя повторная покупка, {spend}. Штраф лишь придумал бы разброс.',
    uk: 'Середні суми клієнтів різняться не більше, ніж їхні покупки: модель витрат (Gamma-Gamma) пішла до границі з однією середньою для всіх, тому очікувана сума покупки кожного клієнта — середня повторна покупка, {spend}. Штраф лише вигадав би розкид.',
  },

  'clv.total': {
    en: 'Total CLV of {valued} of {clients} {clients|client|clients}: {total}',
    ru: 'Суммарная CLV {valued} из {clients} {clients|клиента|клиентов|клиентов}: {total}',
    uk: 'Сумарна CLV {valued} з {clients} {clients|клієнта|клієнтів|клієнтів}: {total}',
  },
  'clv.totalLabel': {
    en: 'Total CLV ({valued} of {clients} {clients|client|clients} valued)',
    ru: 'Суммарная CLV (оценено {valued} из {clients} {clients|клиента|клиентов|клиентов})',
    uk: 'Сумарна CLV (оцінено {valued} з {clients} {clients|клієнта|клієнтів|клієнтів})',
  },
  'clv.note.recency': {
    en: 'Recency in the CLV model is the client\'s age at the last purchase (last − first purchase, in the chosen time unit), not RFM\'s recency (days since the last purchase): a client who bought recently has a LARGE CLV recency.',
    ru: 'Давность (recency) в модели CLV — возраст клиента на момент последней покупки (последняя − первая покупка, в выбранной единице времени), а не давность RFM (дни с последней покупки): у клиента, купившего недавно, давность CLV БОЛЬШАЯ.',
    uk: 'Давність (recency) у моделі CLV — вік клієнта на момент останньої покупки (остання − перша покупка, у вибраній одиниці часу), а не давність RFM (дні від останньої покупки): у клієнта, який купив нещодавно, давність CLV ВЕЛИКА.',
  },
  'clv.note.monthUnit': {
    en: 'A month here is 365.25 / 12 = 30.44 days.',
    ru: 'Месяц здесь — 365.25 / 12 = 30.44 дня.',
    uk: 'Місяць тут — 365.25 / 12 = 30.44 дня.',
  },
  'clv.note.method': {
    en: 'CLV = expected purchases in each of the next {horizon} time units ({timeUnit}) (BG/NBD) × expected spend per purchase (Gamma-Gamma), discounted at {annualRate} a year ({periodRate} per time unit). Amounts as in the sheet; no margin applied.',
    ru: 'CLV = ожидаемые покупки в каждой из следующих {horizon} единиц времени ({timeUnit}) (BG/NBD) × ожидаемая сумма покупки (Gamma-Gamma), дисконтированные по ставке {annualRate} в год ({periodRate} за единицу времени). Суммы как в листе, без учёта маржи.',
    uk: 'CLV = очікувані покупки в кожній з наступних {horizon} одиниць часу ({timeUnit}) (BG/NBD) × очікувана сума покупки (Gamma-Gamma), дисконтовані за ставкою {annualRate} на рік ({periodRate} за одиницю часу). Суми як в аркуші, без урахування маржі.',
  },
  'clv.note.excludedClients': {
    en: '{count} {count|client|clients} first bought after the calibration end {calibrationEnd}: the models know nothing of them yet, so they have no prediction.',
    ru: '{count} {count|клиент впервые купил|клиента впервые купили|клиентов впервые купили} после конца калибровки {calibrationEnd}: модели о них ещё ничего не знают, прогноза для них нет.',
    uk: '{count} {count|клієнт уперше купив|клієнти вперше купили|клієнтів уперше купили} після кінця калібрування {calibrationEnd}: моделі про них ще нічого не знають, прогнозу для них немає.',
  },
  'clv.note.returnsNetted': {
    en: '{count} return {count|row was|rows were} taken off the client\'s latest purchase on or before {count|its|their} date.',
    ru: '{count} {count|строка возврата вычтена|строки возвратов вычтены|строк возвратов вычтены} из последней покупки клиента на {count|её|их|их} дату или раньше.',
    uk: '{count} {count|рядок повернення віднято|рядки повернень віднято|рядків повернень віднято} від останньої покупки клієнта на {count|його|їхню|їхню} дату або раніше.',
  },
  'clv.note.returnsIgnored': {
    en: '{count} return {count|row is|rows are} dated before the client\'s first purchase and {count|was|were} ignored.',
    ru: '{count} {count|строка возврата датирована|строки возвратов датированы|строк возвратов датированы} раньше первой покупки клиента и не {count|учтена|учтены|учтены}.',
    uk: '{count} {count|рядок повернення датовано|рядки повернень датовано|рядків повернень датовано} раніше першої покупки клієнта, {count|його|їх|їх} не враховано.',
  },
  'clv.note.oneTimeBuyerSpend': {
    en: 'Clients with no repeat purchase get the average expected spend of all clients (Gamma-Gamma population mean).',
    ru: 'Клиентам без повторных покупок назначена средняя ожидаемая сумма покупки по всем клиентам (среднее Gamma-Gamma).',
    uk: 'Клієнтам без повторних покупок призначено середню очікувану суму покупки за всіма клієнтами (середнє Gamma-Gamma).',
  },
} satisfies Record<string, Translations>;
