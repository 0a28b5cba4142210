// What the page shows, kept in the query string so that a view can be shared and a reload
// restores it: /?actor=niger-junta&depth=2&types=ALLIED_WITH,DEPLOYED_TO&asOf=2024-05&expand=russia.
// A hand-edited URL never breaks the page: values that make no sense fall back to the defaults.
import { isPartialDate } from '../../src/graph/dates.js';
import { RELATIONSHIP_TYPES, isRelationshipType, type RelationshipType } from '../../src/graph/vocabulary.js';

/** The API's bounds for relationshipGraph's depth. */
const MIN_DEPTH = 1;
const MAX_DEPTH = 3;
const DEFAULT_DEPTH = 1;

export interface ViewState {
  /** The actor the graph is drawn around, or null before one is chosen. */
  actor: string | null;
  depth: number;
  /** Only these relationship types; empty: all of them. */
  types: RelationshipType[];
  /** The date the graph is shown as of (YYYY, YYYY-MM or YYYY-MM-DD), or null: all dates. */
  asOf: string | null;
  /** Actors whose neighbours were added by a click, in click order. */
  expand: string[];
}

/** More expanded actors than this in a URL is not a view anyone clicked their way to. */
const MAX_EXPANDED = 50;

function list(value: string | null): string[] {
  return (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
}

export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const actor = params.get('actor')?.trim() || null;
  const depth = Number(params.get('depth'));
  const wanted = new Set(list(params.get('types')).filter(isRelationshipType));
  const asOf = params.get('asOf');
  return {
    actor,
    depth: Number.isInteger(depth) && depth >= MIN_DEPTH && depth <= MAX_DEPTH ? depth : DEFAULT_DEPTH,
    types: RELATIONSHIP_TYPES.filter((t) => wanted.has(t)),
    asOf: asOf && isPartialDate(asOf) ? asOf : null,
    expand: [...new Set(list(params.get('expand')))].filter((id) => id !== actor).slice(0, MAX_EXPANDED),
  };
}

/** The query string for a state (types, asOf and expand only when they change the view). */
export function writeState(state: ViewState): string {
  if (!state.actor) return '';
  // Built by hand so that commas stay readable; types and dates need no escaping.
  const parts = [`actor=${encodeURIComponent(state.actor)}`, `depth=${state.depth}`];
  if (state.types.length > 0) parts.push(`types=${state.types.join(',')}`);
  if (state.asOf) parts.push(`asOf=${state.asOf}`);
  if (state.expand.length > 0) parts.push(`expand=${state.expand.map(encodeURIComponent).join(',')}`);
  return `?${parts.join('&')}`;
}
