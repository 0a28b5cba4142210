// Dates as people read them. The graph keeps dates at the precision its sources give (2023,
// 2023-07 or 2023-07-26), and so does the page: "July 2023" never becomes "1 July 2023".
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-04-10" → "10 April 2024", "2023-07" → "July 2023", "2023" → "2023". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** When a relationship held, in words. */
export function formatSpan(startDate: string | null, endDate: string | null): string {
  if (startDate && endDate) return `${formatDate(startDate)} – ${formatDate(endDate)}`;
  if (startDate) return `since ${formatDate(startDate)}`;
  if (endDate) return `until ${formatDate(endDate)}`;
  return 'date not given';
}

const QUALIFIER_WORDS: Record<string, string> = {
  EXACT: '',
  ABOUT: 'about ',
  MORE_THAN: 'more than ',
  LESS_THAN: 'fewer than ',
  AT_LEAST: 'at least ',
  AT_MOST: 'at most ',
};

/** A figure as the sources give it: "about 1,000 soldiers", "100 instructors". */
export function formatAmount(amount: { value: number; unit: string; qualifier?: string | null }): string {
  const hedge = amount.qualifier ? (QUALIFIER_WORDS[amount.qualifier] ?? '') : '';
  return `${hedge}${amount.value.toLocaleString('en-GB')} ${amount.unit}`;
}
