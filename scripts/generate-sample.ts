/**
 * The built-in sample sales sheet, `examples/sales-sample.csv` (`npm run sample`).
 *
 * A wholesale distributor's sales journal for 2024-01-01 .. 2025-12-31, written deterministically
 * from a seed (mulberry32), as a Russian Excel would export it: `;` separator, UTF-8, Russian
 * headers, `dd.mm.yyyy` dates, amounts such as `1 234,56`, `12 500 ₽`, `12 500,00 руб.`.
 * The clients behave as real ones do, so that every method has something to find:
 * - Pareto-shaped turnover (roughly 20 % of the clients make 80 %), order lines of 1-3 products;
 * - steady clients beside the irregular ones, so that XYZ finds all three classes: contract clients
 *   buying a fixed amount every month, and clients placing a fixed number of orders a month, with a
 *   small spread of amounts (X) or a wider one (Y); more of them among the large clients, as with a
 *   real distributor's contract customers; everyone else orders at random (Poisson counts: Z);
 * - key clients that decline, one that is lost, small clients that leave (with a churn reason on
 *   their last sale), new clients arriving through both years;
 * - payment behaviour per client: prepayment, on time under a deferral, late by days, late by weeks;
 * - returns (negative amounts, their own document numbers);
 * - the messy parts of section 0: one client spelled three ways (`ООО «Ромашка»`, `ооо "ромашка"`,
 *   `ООО  "Ромашка"`), another with ё/е, a client named `Total Logistics LLC` (not a totals row),
 *   two hostile names (a formula and an HTML tag) for the writers' and the panel's escaping tests,
 *   and exactly four rows that reading must skip: a blank row, a repeated header, a `#Н/Д` error
 *   value and the `Итого` totals line at the end.
 * `generateSample()` returns the text and the planted rows; the test in tests/examples/ checks the
 * committed file is byte for byte what this script writes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dayFromYmd, ymdFromDay } from '../shared/table/dates';
import type { SkipReason } from '../shared/table/salesTable';

export const SAMPLE_SEED = 20240101;
export const SAMPLE_PATH = 'examples/sales-sample.csv';

export interface PlantedRow {
  /** 1-based sheet row (the header is row 1). */
  readonly row: number;
  readonly reason: SkipReason;
}

export interface Sample {
  readonly csv: string;
  readonly planted: readonly PlantedRow[];
  /** Sheet rows after the header (used and planted). */
  readonly rows: number;
}

const HEADER = [
  'Клиент', 'Дата', 'Сумма', '№ заказа', 'Товар', 'Менеджер', 'Регион', 'Маржа', 'Срок оплаты', 'Дата оплаты',
  'Причина ухода',
];

const FIRST_DAY = dayFromYmd(2024, 1, 1);
const LAST_DAY = dayFromYmd(2025, 12, 31);
const MONTHS = 24;

/** mulberry32: a small, fast, well-mixed 32-bit generator; the same numbers on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Standard normal (Box-Muller). */
  normal(): number;
  poisson(mean: number): number;
}

function random(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    poisson: (mean) => {
      // Knuth's method: fine for the small means of monthly order counts.
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
  };
}

type Payment = 'prepayment' | 'onTime' | 'lateShort' | 'lateLong';

interface Client {
  /** Spellings; the first is the usual one and is used on the client's first row. */
  readonly spellings: readonly string[];
  /** Share of the monthly turnover at full strength. */
  readonly weight: number;
  /** First and last active month (0 = 2024-01, 23 = 2025-12). */
  readonly startMonth: number;
  readonly endMonth: number;
  /** Strength in the first and in the last month of the span (linear in between). */
  readonly trendFrom: number;
  readonly trendTo: number;
  readonly ordersPerMonth: number;
  /** Steady buying: exactly `ordersPerMonth` orders every month instead of a Poisson count. */
  readonly fixedOrders: boolean;
  /** Spread of order amounts (log-normal sigma; small for a monthly contract amount). */
  readonly spread: number;
  readonly payment: Payment;
  readonly deferralDays: number;
  readonly manager: string;
  readonly region: string;
  readonly churnReason: string;
}

const PRODUCTS: readonly { readonly name: string; readonly margin: number }[] = [
  { name: 'Бумага офисная А4', margin: 0.14 },
  { name: 'Картриджи для принтеров', margin: 0.31 },
  { name: 'Канцелярские наборы', margin: 0.27 },
  { name: 'Папки и файлы', margin: 0.24 },
  { name: 'Моющие средства', margin: 0.22 },
  { name: 'Бумажные полотенца', margin: 0.18 },
  { name: 'Кофе в зёрнах', margin: 0.29 },
  { name: 'Чай пакетированный', margin: 0.26 },
  { name: 'Вода питьевая 19 л', margin: 0.12 },
  { name: 'Офисные кресла', margin: 0.21 },
  { name: 'Мониторы 24"', margin: 0.09 },
  { name: 'Клавиатуры и мыши', margin: 0.19 },
];

const MANAGERS = ['Иванова Е.', 'Петров С.', 'Сидоренко А.', 'Ким Д.', 'Захарова М.'];
const REGIONS = ['Москва', 'Санкт-Петербург', 'Екатеринбург', 'Новосибирск', 'Казань', 'Краснодар'];
const CHURN_REASONS = [
  'Ушёл к конкуренту', 'Цена', 'Качество продукции', 'Срывы сроков поставки',
  'Недоволен работой менеджера', 'Без видимой причины',
];

const FORMS = ['ООО', 'ООО', 'ООО', 'ООО', 'АО', 'ООО ТД', 'ЗАО', 'ПАО'];
const STEMS = [
  'Альфа', 'Вектор', 'Гранит', 'Дельта', 'Зенит', 'Импульс', 'Каскад', 'Лидер', 'Магистраль', 'Меридиан',
  'Нева', 'Орбита', 'Парус', 'Ресурс', 'Сигма', 'Спектр', 'Стимул', 'Тайга', 'Урал', 'Фаворит', 'Форвард',
  'Эталон', 'Янтарь', 'Байкал', 'Волга', 'Кедр', 'Сокол', 'Витязь', 'Аврора', 'Бриз', 'Восход', 'Горизонт',
  'Иртыш', 'Квант', 'Лотос', 'Маяк', 'Ника', 'Олимп', 'Полюс', 'Радуга', 'Север', 'Титан', 'Феникс',
  'Эверест', 'Атлант', 'Бастион', 'Вега', 'Гелиос',
];
const ENDINGS = ['', '-Трейд', '-Строй', 'Снаб', '-Логистик', '-Маркет', 'Пром', '-Сервис', ' Плюс', '-Агро'];
const SURNAMES = [
  'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов',
  'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов',
];
const INITIALS = ['А. С.', 'В. П.', 'Е. Н.', 'И. В.', 'М. А.', 'О. Г.', 'С. Д.', 'Т. И.'];

/** Number of ordinary clients (ranked by size); the special ones below come on top. */
const ORDINARY_CLIENTS = 118;
/**
 * Client sizes are log-normal (sigma 1.7), read at evenly spaced quantiles: the top fifth then
 * makes about 80 % of turnover, as in the Pareto rule ABC analysis builds on.
 */
const SIZE_SIGMA = 1.7;
/** Turnover of the whole book per month at full strength, in roubles (about 327 million over the two years). */
const MONTHLY_TURNOVER = 15_000_000;

/** Inverse of the standard normal distribution (Abramowitz and Stegun 26.2.23, error < 4.5e-4). */
function normalQuantile(p: number): number {
  const tail = p < 0.5 ? p : 1 - p;
  const t = Math.sqrt(-2 * Math.log(tail));
  const z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  return p < 0.5 ? -z : z;
}

function companyNames(rnd: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    if (rnd.next() < 0.12) {
      names.add(`ИП ${rnd.pick(SURNAMES)} ${rnd.pick(INITIALS)}`);
    } else {
      names.add(`${rnd.pick(FORMS)} «${rnd.pick(STEMS)}${rnd.pick(ENDINGS)}»`);
    }
  }
  return [...names].filter((name) => !name.includes('Ромашка'));
}

function paymentOf(rnd: Random): Payment {
  const u = rnd.next();
  if (u < 0.15) return 'prepayment';
  if (u < 0.62) return 'onTime';
  if (u < 0.88) return 'lateShort';
  return 'lateLong';
}

function buildClients(rnd: Random): Client[] {
  const names = companyNames(rnd, ORDINARY_CLIENTS + 20).slice(0, ORDINARY_CLIENTS);
  const clients: Client[] = [];
  for (let rank = 1; rank <= ORDINARY_CLIENTS; rank++) {
    const weight = Math.exp(SIZE_SIGMA * normalQuantile(1 - (rank - 0.5) / ORDINARY_CLIENTS));
    const isKey = rank <= 20;
    let startMonth = 0;
    let endMonth = MONTHS - 1;
    let trendFrom = 1;
    let trendTo = 1;
    let churnReason = '';
    // New clients arrive through both years (never among the twelve largest).
    if (rank > 12 && rnd.next() < 0.16) startMonth = rnd.int(2, 21);
    // Key clients that decline (seed 002: find them and find out why).
    const declining = rank === 3 || rank === 7 || rank === 12;
    if (declining) {
      trendTo = 0.3 + 0.1 * rnd.next();
    }
    // Steady buyers (not the decliners, nor the lost key client): more among the large clients.
    const steadyShare = isKey ? 0.6 : rank <= 50 ? 0.3 : 0.08;
    const steady = !declining && rank !== 9 && rnd.next() < steadyShare;
    // A key client lost in the first year, and small clients that leave.
    if (rank === 9) {
      endMonth = 9;
      churnReason = 'Ушёл к конкуренту';
    } else if (!isKey && !steady && startMonth === 0 && rnd.next() < 0.1) {
      endMonth = rnd.int(4, 17);
      churnReason = rnd.pick(CHURN_REASONS);
    }
    // Some clients grow.
    if (!isKey && !steady && rnd.next() < 0.15) trendTo = 1.6 + rnd.next();
    let ordersPerMonth = isKey ? 2 + rnd.next() * 2.5 : rank <= 50 ? 0.8 + rnd.next() * 1.2 : 0.25 + rnd.next() * 0.75;
    let spread = rnd.next() < 0.5 ? 0.15 : 0.45;
    if (steady) {
      // A third: a monthly contract amount in one order (spread 3 %; never the largest client,
      // who orders weekly); the rest: a fixed number of orders a month, with a small spread of
      // amounts (X) or a wider one (Y).
      const kind = rnd.next();
      if (kind < 0.34 && rank > 1) {
        ordersPerMonth = 1;
        spread = 0.03;
      } else {
        ordersPerMonth = isKey ? 4 : rank <= 50 ? 3 : 2;
        spread = kind < 0.7 ? 0.08 : 0.35;
      }
    }
    const payment = paymentOf(rnd);
    clients.push({
      spellings: [names[rank - 1]],
      weight,
      startMonth,
      endMonth,
      trendFrom,
      trendTo,
      ordersPerMonth,
      fixedOrders: steady,
      spread,
      payment,
      deferralDays: payment === 'prepayment' ? 0 : rnd.pick([14, 30, 30, 45]),
      manager: rnd.pick(MANAGERS),
      region: rnd.pick(REGIONS),
      churnReason,
    });
  }
  // The largest client, spelled three ways (METHODS.md section 0, client key).
  clients[0] = { ...clients[0], weight: 0.75 * clients[0].weight, spellings: ['ООО «Ромашка»', 'ооо "ромашка"', 'ООО  "Ромашка"'], payment: 'onTime', deferralDays: 30 };
  // A client spelled with ё and with е.
  const alyona = 30;
  clients[alyona] = { ...clients[alyona], spellings: ['ИП Семёнова Алёна', 'ИП Семенова Алена'] };
  // Names that must not be mistaken for anything: not a totals row, not a formula, not HTML.
  const special = (name: string, weight: number, payment: Payment): Client => ({
    spellings: [name], weight, startMonth: 0, endMonth: MONTHS - 1, trendFrom: 1, trendTo: 1,
    ordersPerMonth: 0.8, fixedOrders: false, spread: 0.3, payment, deferralDays: 14, manager: MANAGERS[1], region: REGIONS[0], churnReason: '',
  });
  const median = clients[ORDINARY_CLIENTS / 2].weight;
  clients.push(special('Total Logistics LLC', 2 * median, 'onTime'));
  clients.push(special('=HYPERLINK("http://x","y")', 0.5 * median, 'lateShort'));
  clients.push(special('<img src=x onerror=alert(1)>', 0.5 * median, 'prepayment'));
  return clients;
}

interface Line {
  readonly client: number;
  readonly spelling: string;
  readonly day: number;
  /** Kopecks; negative for returns. */
  readonly amountCents: number;
  readonly wholeRoubles: boolean;
  readonly order: string;
  readonly product: number;
  readonly marginCents: number;
  readonly dueDay: number;
  readonly paidDay: number;
  readonly churnReason: string;
}

interface Order {
  readonly client: number;
  readonly day: number;
  readonly cents: number;
}

function monthStart(month: number): number {
  return dayFromYmd(2024 + Math.floor(month / 12), (month % 12) + 1, 1);
}

function daysInSampleMonth(month: number): number {
  return monthStart(month + 1) - monthStart(month);
}

function buildOrders(rnd: Random, clients: readonly Client[]): Order[] {
  const totalWeight = clients.reduce((sum, client) => sum + client.weight, 0);
  const orders: Order[] = [];
  for (let month = 0; month < MONTHS; month++) {
    for (let index = 0; index < clients.length; index++) {
      const client = clients[index];
      if (month < client.startMonth || month > client.endMonth) continue;
      const progress = month / (MONTHS - 1);
      const strength = client.trendFrom + (client.trendTo - client.trendFrom) * progress;
      const monthly = (MONTHLY_TURNOVER * client.weight / totalWeight) * strength;
      const count = client.fixedOrders ? client.ordersPerMonth : Math.max(client.ordersPerMonth >= 1 ? 1 : 0, rnd.poisson(client.ordersPerMonth));
      const mean = monthly / client.ordersPerMonth;
      for (let k = 0; k < count; k++) {
        const noise = Math.exp(client.spread * rnd.normal() - (client.spread * client.spread) / 2);
        const cents = Math.max(50_000, Math.round(mean * noise * 100));
        orders.push({ client: index, day: monthStart(month) + rnd.int(0, daysInSampleMonth(month) - 1), cents });
      }
    }
  }
  orders.sort((a, b) => a.day - b.day || a.client - b.client || a.cents - b.cents);
  return orders;
}

function paidDayOf(rnd: Random, client: Client, day: number, dueDay: number): number {
  switch (client.payment) {
    case 'prepayment': return day - rnd.int(1, 5);
    case 'onTime': return Math.max(day, dueDay - rnd.int(0, 7));
    case 'lateShort': return dueDay + rnd.int(1, 14);
    case 'lateLong': return dueDay + rnd.int(16, 60);
  }
}

/**
 * The products a client buys: real clients have a profile (an office buys paper and coffee, not
 * monitors every month), and only a few key accounts buy across the whole range, which is what
 * the KAM stage rules look for. Derived from the client's index, not from the random stream, so
 * the amounts, dates and every other column stay as they are.
 */
function assortmentOf(client: number): number[] {
  const size = client < 20 ? 4 + ((client * 7) % 9) : 1 + ((client * 5) % 6);
  const first = (client * 5) % PRODUCTS.length;
  return Array.from({ length: size }, (_, k) => (first + k) % PRODUCTS.length);
}

function buildLines(rnd: Random, clients: readonly Client[], orders: readonly Order[]): Line[] {
  const lines: Line[] = [];
  const seen = new Set<number>();
  const lastOrderOf = new Map<number, number>();
  orders.forEach((order, index) => lastOrderOf.set(order.client, index));
  let returns = 0;
  orders.forEach((order, orderIndex) => {
    const client = clients[order.client];
    const number = `З-${String(orderIndex + 1).padStart(5, '0')}`;
    const lineCount = rnd.next() < 0.6 ? 1 : rnd.next() < 0.75 ? 2 : 3;
    const dueDay = order.day + client.deferralDays;
    const paid = paidDayOf(rnd, client, order.day, dueDay);
    const paidDay = paid > LAST_DAY ? NaN : paid;
    let remaining = order.cents;
    for (let line = 0; line < lineCount; line++) {
      const cents = line === lineCount - 1 ? remaining : Math.round(remaining * (0.3 + 0.4 * rnd.next()));
      remaining -= cents;
      const range = assortmentOf(order.client);
      const product = range[rnd.int(0, range.length - 1)];
      const wholeRoubles = rnd.next() < 0.1;
      const amountCents = wholeRoubles ? Math.max(100, Math.round(cents / 100) * 100) : cents;
      const spelling = !seen.has(order.client) || client.spellings.length === 1
        ? client.spellings[0]
        : rnd.next() < 0.7 ? client.spellings[0] : rnd.pick(client.spellings.slice(1));
      seen.add(order.client);
      const isLastLine = lastOrderOf.get(order.client) === orderIndex && line === lineCount - 1;
      lines.push({
        client: order.client, spelling, day: order.day, amountCents, wholeRoubles, order: number, product,
        marginCents: Math.round(amountCents * PRODUCTS[product].margin * (0.8 + 0.4 * rnd.next())),
        dueDay, paidDay, churnReason: isLastLine ? client.churnReason : '',
      });
      // A return (credit note) for about 2 % of the lines, 5-40 days later.
      if (rnd.next() < 0.02) {
        const returnDay = order.day + rnd.int(5, 40);
        if (returnDay <= LAST_DAY && returnDay <= monthStart(client.endMonth + 1) - 1) {
          returns++;
          const returned = -Math.round(amountCents * (0.1 + 0.9 * rnd.next()));
          lines.push({
            client: order.client, spelling: client.spellings[0], day: returnDay, amountCents: returned,
            wholeRoubles: false, order: `ВЗ-${String(returns).padStart(4, '0')}`, product,
            marginCents: Math.round(returned * PRODUCTS[product].margin), dueDay: NaN, paidDay: NaN, churnReason: '',
          });
        }
      }
    }
  });
  // Returns dated later than their sale move to their own day; keep the journal in date order.
  const order = lines.map((line, index) => ({ line, index }));
  order.sort((a, b) => a.line.day - b.line.day || a.index - b.index);
  return order.map((entry) => entry.line);
}

function dotted(day: number): string {
  if (Number.isNaN(day)) return '';
  const { year, month, day: dom } = ymdFromDay(day);
  return `${String(dom).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** `1 234,56` with the given group separator; kopecks always two digits. */
function roubles(cents: number, group: string, withKopecks = true): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const whole = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const kopecks = String(absolute % 100).padStart(2, '0');
  return withKopecks ? `${sign}${whole},${kopecks}` : `${sign}${whole}`;
}

function amountText(rnd: Random, line: Line): string {
  if (line.wholeRoubles) {
    return rnd.next() < 0.8 ? `${roubles(line.amountCents, ' ', false)} ₽` : `${roubles(line.amountCents, ' ')} руб.`;
  }
  return roubles(line.amountCents, rnd.next() < 0.06 ? '\u00a0' : ' ');
}

function csvField(text: string): string {
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(';');
}

export function generateSample(seed: number = SAMPLE_SEED): Sample {
  const rnd = random(seed);
  const clients = buildClients(rnd);
  const orders = buildOrders(rnd, clients);
  const lines = buildLines(rnd, clients, orders);

  const body: string[] = [];
  let totalCents = 0;
  for (const line of lines) {
    const client = clients[line.client];
    totalCents += line.amountCents;
    body.push(csvLine([
      line.spelling, dotted(line.day), amountText(rnd, line), line.order, PRODUCTS[line.product].name,
      client.manager, client.region, roubles(line.marginCents, ' '), dotted(line.dueDay), dotted(line.paidDay),
      line.churnReason,
    ]));
  }

  // The rows reading must skip, planted at fixed fractions of the journal.
  const blank = csvLine(HEADER.map(() => ''));
  const errorLine = (() => {
    const source = lines[Math.floor(lines.length * 0.7)];
    const client = clients[source.client];
    return csvLine([
      client.spellings[0], dotted(source.day), '#Н/Д', source.order, PRODUCTS[source.product].name,
      client.manager, client.region, '', '', '', '',
    ]);
  })();
  const inserts: { at: number; text: string; reason: SkipReason }[] = [
    { at: Math.floor(body.length * 0.3), text: blank, reason: 'blankRow' },
    { at: Math.floor(body.length * 0.55), text: csvLine(HEADER), reason: 'headerRow' },
    { at: Math.floor(body.length * 0.7), text: errorLine, reason: 'errorValue' },
  ];
  const rows: string[] = [];
  const planted: PlantedRow[] = [];
  let next = 0;
  for (let i = 0; i <= body.length; i++) {
    while (next < inserts.length && inserts[next].at === i) {
      rows.push(inserts[next].text);
      planted.push({ row: rows.length + 1, reason: inserts[next].reason });
      next++;
    }
    if (i < body.length) rows.push(body[i]);
  }
  rows.push(csvLine(['Итого', '', roubles(totalCents, ' '), '', '', '', '', '', '', '', '']));
  planted.push({ row: rows.length + 1, reason: 'totalsRow' });

  const csv = `${csvLine(HEADER)}\n${rows.join('\n')}\n`;
  return { csv, planted, rows: rows.length };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const sample = generateSample();
  writeFileSync(path.join(root, SAMPLE_PATH), sample.csv, 'utf8');
  console.log(`${SAMPLE_PATH}: ${sample.rows} rows after the header, ${sample.planted.length} planted for skipping`);
}
