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
} satisfies Record<string, Translations>;
