import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dateFromDay, dayFromDate, dayFromExcelSerial, dayFromIso, dayFromYmd, daysInMonth, excelSerialFromDay,
  isoFromDay, monthIndex, parseDateCell, quarterIndex, yearOf, ymdFromDay,
} from '../../../shared/table/dates';

const DMY = { dateSystem: 1900, slashDateOrder: 'dmy' } as const;
const MDY = { dateSystem: 1900, slashDateOrder: 'mdy' } as const;
const MAC = { dateSystem: 1904, slashDateOrder: 'dmy' } as const;

/** 2024-01-15 is 19737 days after 1970-01-01 (54 years incl. 13 leap days = 19723, + 14). */
const JAN_15_2024 = 19737;

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromYmd(1970, 1, 2)).toBe(1);
    expect(dayFromYmd(1969, 12, 31)).toBe(-1);
    expect(dayFromYmd(2024, 1, 15)).toBe(JAN_15_2024);
    expect(dayFromYmd(2000, 3, 1) - dayFromYmd(2000, 2, 28)).toBe(2); // 2000 is a leap year
    expect(dayFromYmd(1900, 3, 1) - dayFromYmd(1900, 2, 28)).toBe(1); // 1900 is not
  });

  it('rejects dates that do not exist', () => {
    expect(dayFromYmd(2024, 2, 30)).toBeNaN();
    expect(dayFromYmd(2023, 2, 29)).toBeNaN();
    expect(dayFromYmd(2024, 13, 1)).toBeNaN();
    expect(dayFromYmd(2024, 0, 1)).toBeNaN();
    expect(dayFromYmd(2024, 4, 31)).toBeNaN();
    expect(dayFromYmd(2024, 1, 1.5)).toBeNaN();
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('round-trips through the calendar for any day from year 1 to 9999', () => {
    fc.assert(fc.property(fc.integer({ min: -719162, max: 2932896 }), (day) => {
      const { year, month, day: dom } = ymdFromDay(day);
      expect(dayFromYmd(year, month, dom)).toBe(day);
      expect(dayFromIso(isoFromDay(day))).toBe(day);
    }));
  });

  it('agrees with the JavaScript calendar', () => {
    fc.assert(fc.property(fc.integer({ min: -50000, max: 100000 }), (day) => {
      const date = new Date(day * 86_400_000);
      expect(ymdFromDay(day)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      expect(monthIndex(day)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
      expect(quarterIndex(day)).toBe(date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3));
      expect(yearOf(day)).toBe(date.getUTCFullYear());
    }));
  });

  it('gives month, quarter and year counters', () => {
    expect(monthIndex(JAN_15_2024)).toBe(2024 * 12);
    expect(monthIndex(dayFromYmd(2023, 12, 31))).toBe(2024 * 12 - 1);
    expect(quarterIndex(dayFromYmd(2024, 6, 30))).toBe(2024 * 4 + 1);
    expect(quarterIndex(dayFromYmd(2024, 7, 1))).toBe(2024 * 4 + 2);
    expect(yearOf(dayFromYmd(2025, 12, 31))).toBe(2025);
    expect(monthIndex(NaN)).toBeNaN();
    expect(yearOf(NaN)).toBeNaN();
  });

  it('writes and reads ISO text', () => {
    expect(isoFromDay(0)).toBe('1970-01-01');
    expect(isoFromDay(JAN_15_2024)).toBe('2024-01-15');
    expect(isoFromDay(NaN)).toBe('');
    expect(dayFromIso('2024-01-15')).toBe(JAN_15_2024);
    expect(dayFromIso('2024-01-15T23:59:59Z')).toBe(JAN_15_2024);
    expect(dayFromIso('2024-01-15 10:00')).toBe(JAN_15_2024);
    expect(dayFromIso('2024-02-30')).toBeNaN();
    expect(dayFromIso('2024-1-15')).toBeNaN();
    expect(dayFromIso('15.01.2024')).toBeNaN();
    expect(dayFromIso('2024-01-15 and more')).toBeNaN();
  });

  it('converts Dates by their calendar fields and back to UTC midnight', () => {
    expect(dayFromDate(new Date(2024, 0, 15, 23, 30))).toBe(JAN_15_2024);
    expect(dayFromDate(new Date(2024, 0, 15, 0, 0))).toBe(JAN_15_2024);
    expect(dayFromDate(new Date(NaN))).toBeNaN();
    expect(dateFromDay(JAN_15_2024).toISOString()).toBe('2024-01-15T00:00:00.000Z');
  });
});

describe('Excel serials', () => {
  it('1900 system: 25569 is 1970-01-01, 45306 is 2024-01-15, time of day dropped', () => {
    expect(dayFromExcelSerial(25569, 1900)).toBe(0);
    expect(dayFromExcelSerial(45306, 1900)).toBe(JAN_15_2024);
    expect(dayFromExcelSerial(45306.99, 1900)).toBe(JAN_15_2024);
  });

  it('1900 system: serial 60 is the fictitious 1900-02-29 and serials below it shift by one', () => {
    expect(isoFromDay(dayFromExcelSerial(1, 1900))).toBe('1900-01-01');
    expect(isoFromDay(dayFromExcelSerial(59, 1900))).toBe('1900-02-28');
    expect(dayFromExcelSerial(60, 1900)).toBeNaN();
    expect(isoFromDay(dayFromExcelSerial(61, 1900))).toBe('1900-03-01');
    expect(dayFromExcelSerial(0, 1900)).toBeNaN();
    expect(excelSerialFromDay(dayFromYmd(1900, 2, 28), 1900)).toBe(59);
    expect(excelSerialFromDay(dayFromYmd(1900, 3, 1), 1900)).toBe(61);
    expect(excelSerialFromDay(dayFromYmd(1899, 12, 31), 1900)).toBeNaN();
  });

  it('1904 system: serial 0 is 1904-01-01, 1462 days after the 1900 system', () => {
    expect(isoFromDay(dayFromExcelSerial(0, 1904))).toBe('1904-01-01');
    expect(dayFromExcelSerial(45306 - 1462, 1904)).toBe(JAN_15_2024);
    expect(dayFromExcelSerial(-1, 1904)).toBeNaN();
    expect(excelSerialFromDay(JAN_15_2024, 1904)).toBe(43844);
  });

  it('round-trips serials in both systems', () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
      expect(excelSerialFromDay(dayFromExcelSerial(serial, 1900), 1900)).toBe(serial);
      // 9999-12-31 is serial 2958465 in the 1900 system and 1462 less in the 1904 system.
      if (serial <= 2958465 - 1462) expect(excelSerialFromDay(dayFromExcelSerial(serial, 1904), 1904)).toBe(serial);
      else expect(dayFromExcelSerial(serial, 1904)).toBeNaN();
    }));
  });
});

describe('parseDateCell', () => {
  it('reads serial numbers in a plausible range (years 1920..2199) in the workbook system', () => {
    expect(parseDateCell(45306, DMY)).toBe(JAN_15_2024);
    expect(parseDateCell(45306.5, DMY)).toBe(JAN_15_2024);
    expect(parseDateCell(43844, MAC)).toBe(JAN_15_2024);
    expect(parseDateCell(2024, DMY)).toBeNaN(); // a year, not a date
    expect(parseDateCell(20240115, DMY)).toBeNaN();
    expect(parseDateCell(-5, DMY)).toBeNaN();
    expect(parseDateCell(Number.NaN, DMY)).toBeNaN();
  });

  it('reads Date objects', () => {
    expect(parseDateCell(new Date(2024, 0, 15), DMY)).toBe(JAN_15_2024);
  });

  it('reads ISO text, with or without a time', () => {
    expect(parseDateCell('2024-01-15', DMY)).toBe(JAN_15_2024);
    expect(parseDateCell(' 2024-01-15T10:30:00+03:00 ', DMY)).toBe(JAN_15_2024);
    expect(parseDateCell('2024/01/15', DMY)).toBe(JAN_15_2024);
    expect(parseDateCell('2024.01.15', DMY)).toBe(JAN_15_2024);
  });

  it('reads dd.mm.yyyy and dd.mm.yy (Excel\'s pivot: 00-29 → 20xx, 30-99 → 19xx), with an optional time', () => {
    expect(parseDateCell('15.01.2024', DMY)).toBe(JAN_15_2024);
    expect(parseDateCell('5.1.2024', DMY)).toBe(dayFromYmd(2024, 1, 5));
    expect(parseDateCell('15.01.24', DMY)).toBe(JAN_15_2024);
    expect(parseDateCell('15.03.69', DMY)).toBe(dayFromYmd(1969, 3, 15));
    expect(parseDateCell('15.03.24', DMY)).toBe(dayFromYmd(2024, 3, 15));
    expect(parseDateCell('15.03.29', DMY)).toBe(dayFromYmd(2029, 3, 15));
    expect(parseDateCell('15.03.30', DMY)).toBe(dayFromYmd(1930, 3, 15));
    expect(parseDateCell('15.03.00', DMY)).toBe(dayFromYmd(2000, 3, 15));
    expect(parseDateCell('15.01.70', DMY)).toBe(dayFromYmd(1970, 1, 15));
    expect(parseDateCell('15.01.99', DMY)).toBe(dayFromYmd(1999, 1, 15));
    expect(parseDateCell('15.01.2024 0:00:00', DMY)).toBe(JAN_15_2024);
    expect(parseDateCell('15.01.2024 14:30', DMY)).toBe(JAN_15_2024);
    expect(parseDateCell('15.01.2024 г.', DMY)).toBe(JAN_15_2024);
    expect(parseDateCell('15.01.2024р.', DMY)).toBe(JAN_15_2024);
  });

  it('reads dd-mm-yyyy', () => {
    expect(parseDateCell('15-01-2024', DMY)).toBe(JAN_15_2024);
  });

  it('reads a/b/yyyy in the workbook order', () => {
    expect(parseDateCell('01/02/2024', DMY)).toBe(dayFromYmd(2024, 2, 1));
    expect(parseDateCell('01/02/2024', MDY)).toBe(dayFromYmd(2024, 1, 2));
    expect(parseDateCell('1/15/2024', MDY)).toBe(JAN_15_2024);
    expect(parseDateCell('1/15/2024', DMY)).toBeNaN(); // month 15
    expect(parseDateCell('1/15/2024 2:15 PM', MDY)).toBe(JAN_15_2024);
  });

  it('rejects impossible calendar dates and text that is not a date', () => {
    expect(parseDateCell('31.02.2024', DMY)).toBeNaN();
    expect(parseDateCell('29.02.2023', DMY)).toBeNaN();
    expect(parseDateCell('29.02.2024', DMY)).toBe(dayFromYmd(2024, 2, 29));
    expect(parseDateCell('15.01', DMY)).toBeNaN();
    expect(parseDateCell('15.01.2024 года', DMY)).toBeNaN();
    expect(parseDateCell('15/01-2024', DMY)).toBeNaN();
    expect(parseDateCell('январь', DMY)).toBeNaN();
    expect(parseDateCell('', DMY)).toBeNaN();
    expect(parseDateCell('15.01.202', DMY)).toBeNaN();
    expect(parseDateCell(true, DMY)).toBeNaN();
    expect(parseDateCell(null, DMY)).toBeNaN();
    expect(parseDateCell('#N/A', DMY)).toBeNaN();
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const day = parseDateCell(text, DMY);
      expect(Number.isNaN(day) || Number.isInteger(day)).toBe(true);
    }));
  });
});
