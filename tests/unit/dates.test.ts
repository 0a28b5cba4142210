import { describe, expect, it } from 'vitest';
import { comparePartialDates, earliestDay, endExclusiveDay, holdsAt, parsePartialDate } from '../../src/graph/dates.js';

describe('partial dates', () => {
  it('parses the three precisions to their earliest day', () => {
    expect(parsePartialDate('2023')).toEqual({ text: '2023', precision: 'year', earliestDay: '2023-01-01' });
    expect(parsePartialDate('2023-07')).toEqual({ text: '2023-07', precision: 'month', earliestDay: '2023-07-01' });
    expect(parsePartialDate('2024-05-04')).toEqual({ text: '2024-05-04', precision: 'day', earliestDay: '2024-05-04' });
  });

  it.each(['2024-13', '2023-02-29', '2024-04-31', '24-05-01', '2024/05/01', '2024-5-1', '', 'May 2024', '2024-00'])(
    'refuses %j with a message that names it',
    (text) => {
      const result = parsePartialDate(text);
      expect(typeof result).toBe('string');
      expect(result).toContain(`"${text}"`);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29')).toMatchObject({ precision: 'day' });
  });

  it('compares by earliest day, not as strings', () => {
    expect(comparePartialDates('2024-02', '2024-02-01')).toBe(0);
    expect(comparePartialDates('2023', '2023-07')).toBeLessThan(0);
    expect(comparePartialDates('2024-04-10', '2024-04')).toBeGreaterThan(0);
  });

  it('gives the first day after a partial date', () => {
    expect(endExclusiveDay('2023')).toBe('2024-01-01');
    expect(endExclusiveDay('2023-12')).toBe('2024-01-01');
    expect(endExclusiveDay('2024-02-29')).toBe('2024-03-01');
    expect(earliestDay(null)).toBeNull();
    expect(() => earliestDay('2024-99')).toThrow(RangeError);
  });

  it('holds when start <= D < end (DESIGN §3)', () => {
    expect(holdsAt('2024-01', null, '2024-01-01')).toBe(true);
    expect(holdsAt('2024-01', null, '2023-12-31')).toBe(false);
    expect(holdsAt(null, '2023-12', '2023-11-30')).toBe(true);
    expect(holdsAt(null, '2023-12', '2023-12')).toBe(false);
    expect(holdsAt(null, null, '1999')).toBe(true);
    expect(holdsAt('2023-07-26', '2024', '2023-07')).toBe(false);
  });
});
