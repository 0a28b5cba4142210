// How long a list field's answer can be, for the cost limit (src/server/cost.ts): from the
// field's own bound (`first`, `limit`) where it takes one, else from the graph's measured list
// sizes. Declared on the field, beside its type, so that a new list field says how long it is.
import { Extensions } from 'type-graphql';
import type { ListSizes } from '../../graph/stats.service.js';

export type ListSizeEstimate = (args: Record<string, unknown>, sizes: ListSizes) => number;

export const LIST_SIZE = 'listSize';

export const ListSize = (estimate: ListSizeEstimate) => Extensions({ [LIST_SIZE]: estimate });

/** The value of a paging or limit argument (its default is applied before costing). */
export const arg = (args: Record<string, unknown>, name: string): number => {
  const value = args[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : 1;
};
