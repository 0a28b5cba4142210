// Partial ISO 8601 dates: `2023`, `2023-07`, `2023-07-26`. The articles give dates at these
// three precisions, and the graph keeps each as given. To compare them (time travel, timelines)
// a partial date stands for its earliest day: `2023-07` is 2023-07-01. Neo4j stores that day
// as a native DATE beside the string (`startDay`, `endDay`), so comparisons run in Cypher and can
// use indexes.

export type DatePrecision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDate {
  /** The date as given, e.g. "2024-05". */
  text: string;
  precision: DatePrecision;
  /** The earliest day it stands for, "YYYY-MM-DD". */
  earliestDay: string;
}

/** Parses a partial date, or returns an error message saying what is wrong. */
export function parsePartialDate(text: string): PartialDate | string {
  const m = PATTERN.exec(text);
  if (!m) return `"${text}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, y, mo, d] = m as unknown as [string, string, string | undefined, string | undefined];
  const year = Number(y);
  if (year < 1000) return `"${text}" has an implausible year`;
  if (mo === undefined) return { text, precision: 'year', earliestDay: `${y}-01-01` };
  const month = Number(mo);
  if (month < 1 || month > 12) return `"${text}" has no month ${mo}`;
  if (d === undefined) return { text, precision: 'month', earliestDay: `${y}-${mo}-01` };
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `"${text}" has no day ${d} (${y}-${mo} has ${daysInMonth} days)`;
  return { text, precision: 'day', earliestDay: text };
}

export function isPartialDate(text: string): boolean {
  return typeof parsePartialDate(text) !== 'string';
}

/** The earliest day of a partial date, or null for null. Throws on an invalid date. */
export function earliestDay(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const parsed = parsePartialDate(text);
  if (typeof parsed === 'string') throw new RangeError(parsed);
  return parsed.earliestDay;
}

/** Compares partial dates by their earliest day; negative when a is earlier. */
export function comparePartialDates(a: string, b: string): number {
  const da = earliestDay(a) as string;
  const db = earliestDay(b) as string;
  return da < db ? -1 : da > db ? 1 : 0;
}

/** DESIGN §3: a relationship holds at D when start <= D and (no end or D < end). */
export function holdsAt(startDate: string | null, endDate: string | null, asOf: string): boolean {
  if (startDate !== null && comparePartialDates(startDate, asOf) > 0) return false;
  if (endDate !== null && comparePartialDates(asOf, endDate) >= 0) return false;
  return true;
}

/** The day after the last day a partial date stands for: "2024-04" → "2024-05-01". */
export function endExclusiveDay(text: string): string {
  const parsed = parsePartialDate(text);
  if (typeof parsed === 'string') throw new RangeError(parsed);
  const [y, m, d] = parsed.earliestDay.split('-').map(Number) as [number, number, number];
  const next =
    parsed.precision === 'year'
      ? new Date(Date.UTC(y + 1, 0, 1))
      : parsed.precision === 'month'
        ? new Date(Date.UTC(y, m, 1))
        : new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * The first day by which a partial date has certainly come: the day itself for a day, the day
 * after the month or year for coarser ones ("2023-07" → "2023-08-01"). A start known only to
 * the month is certain from the month after; within the month it is only possible.
 */
export function settledDay(text: string): string {
  const parsed = parsePartialDate(text);
  if (typeof parsed === 'string') throw new RangeError(parsed);
  return parsed.precision === 'day' ? parsed.earliestDay : endExclusiveDay(text);
}

/**
 * Where a relationship stands in time (README "Time travel"): from `possibleFrom` it may hold,
 * from `assertedFrom` the sources say it does, until `assertedUntil`, and it may still hold until
 * `possibleUntil` (all "YYYY-MM-DD", ends exclusive, null = unbounded). Between the possible and
 * the asserted bounds it is uncertain. An event has no end: it is history after its date.
 * `assertedFrom` null with a null start and lower bound means "from the earliest article's
 * publication", which the write statement reads from the graph.
 */
export interface TimeWindow {
  possibleFrom: string | null;
  assertedFrom: string | null;
  assertedUntil: string | null;
  possibleUntil: string | null;
}

export function timeWindow(r: {
  kind: 'EVENT' | 'STATE';
  startDate: string | null;
  endDate: string | null;
  notBefore: string | null;
}): TimeWindow {
  const lower = r.startDate ?? r.notBefore;
  const ends = r.kind === 'STATE' && r.endDate !== null;
  return {
    // An unknown start may lie any time before the sources' lower bound.
    possibleFrom: r.startDate === null ? null : earliestDay(r.startDate),
    assertedFrom: lower === null ? null : settledDay(lower),
    assertedUntil: ends ? earliestDay(r.endDate) : null,
    possibleUntil: ends ? endExclusiveDay(r.endDate as string) : null,
  };
}
