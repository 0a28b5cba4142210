// The filters of the view: depth, relationship types, and the time slider (a month from January
// 2022 to this month, or all dates). They only report changes; main.ts decides what to fetch.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../src/graph/vocabulary.js';
import { byId, debounce, h } from './dom.js';
import { formatDate } from './format.js';
import { typeIcon, typeLabel } from './style.js';

export interface Filters {
  depth: number;
  /** Empty: all types. */
  types: RelationshipType[];
  asOf: string | null;
}

/** The slider starts before the coup of July 2023, when Niger still hosted French and US troops. */
const FIRST_YEAR = 2022;

function monthIndex(date: string): number {
  const [year, month = '01'] = date.split('-');
  return (Number(year) - FIRST_YEAR) * 12 + Number(month) - 1;
}

function monthAt(index: number): string {
  return `${FIRST_YEAR + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export class Controls {
  private readonly depth = byId('depth', HTMLSelectElement);
  private readonly typesSummary = byId('types-summary', HTMLElement);
  private readonly slider = byId('as-of', HTMLInputElement);
  private readonly dateLabel = byId('as-of-label', HTMLOutputElement);
  private readonly allDates = byId('all-dates', HTMLButtonElement);
  private readonly typeBoxes = RELATIONSHIP_TYPES.map((type) => h('input', { type: 'checkbox', value: type, name: 'types' }));
  private filters: Filters = { depth: 1, types: [], asOf: null };

  /**
   * `onChange` gets the new filters; `onPending` fires as soon as the slider moves, before the
   * pause that ends a drag, so the page can say it is about to reload.
   */
  constructor(
    private readonly onChange: (filters: Filters) => void,
    onPending: () => void,
  ) {
    const today = new Date();
    this.slider.min = '0';
    this.slider.max = String(monthIndex(`${today.getUTCFullYear()}-${today.getUTCMonth() + 1}`));

    this.depth.addEventListener('change', () => this.change({ depth: Number(this.depth.value) }));

    byId('types-list', HTMLElement).replaceChildren(
      ...this.typeBoxes.map((box) => h('li', {}, h('label', {}, box, typeIcon(box.value as RelationshipType), typeLabel(box.value as RelationshipType)))),
    );
    for (const box of this.typeBoxes) {
      box.addEventListener('change', () => this.change({ types: this.typeBoxes.filter((b) => b.checked).map((b) => b.value as RelationshipType) }));
    }
    byId('types-all', HTMLButtonElement).addEventListener('click', () => this.change({ types: [] }));
    // A dropdown: a click elsewhere closes it, as it would a <select>.
    const types = byId('types', HTMLDetailsElement);
    document.addEventListener('click', (event) => {
      if (types.open && event.target instanceof Node && !types.contains(event.target)) types.open = false;
    });

    // Dragging asks for a new graph once the thumb rests, not for every month it passes.
    const settle = debounce(() => this.change({ asOf: monthAt(Number(this.slider.value)) }), 200);
    this.slider.addEventListener('input', () => {
      this.dateLabel.value = formatDate(monthAt(Number(this.slider.value)));
      onPending();
      settle();
    });
    this.allDates.addEventListener('click', () => this.change({ asOf: null }));
  }

  /** Shows these filters (from the URL, or after a change). */
  set(filters: Filters): void {
    this.filters = filters;
    this.depth.value = String(filters.depth);
    const chosen = new Set(filters.types);
    for (const box of this.typeBoxes) box.checked = chosen.has(box.value as RelationshipType);
    this.typesSummary.textContent =
      filters.types.length === 0
        ? 'All types'
        : filters.types.length <= 2
          ? filters.types.map(typeLabel).join(', ')
          : `${filters.types.length} of ${RELATIONSHIP_TYPES.length} types`;
    const max = Number(this.slider.max);
    this.slider.value = String(filters.asOf ? Math.min(Math.max(monthIndex(filters.asOf), 0), max) : max);
    this.dateLabel.value = filters.asOf ? formatDate(filters.asOf) : 'All dates';
    this.allDates.disabled = filters.asOf === null;
  }

  private change(patch: Partial<Filters>): void {
    this.set({ ...this.filters, ...patch });
    this.onChange(this.filters);
  }
}
