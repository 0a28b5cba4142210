// Type-ahead over the API's `search` (names and aliases, fuzzy): an ARIA combobox, so it works
// from the keyboard (arrows, Enter, Escape) and with screen readers as well as by pointer.
import { searchActors, type ActorHit, type ActorRef } from './api.js';
import { debounce, h } from './dom.js';
import { KIND_LOOK, kindIcon } from './style.js';

export interface TypeaheadOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  /** Called with the actor picked; the field keeps it either way. */
  onPick?(actor: ActorRef): void;
  /** A search failed; `retry` runs it again. */
  onError(error: unknown, retry: () => void): void;
}

export interface Typeahead {
  /** The actor picked, or null once the text was edited after a pick. */
  picked(): ActorRef | null;
  set(actor: ActorRef | null): void;
}

/** An alias that matches the text when the name does not: "Tchiani" for Abdourahamane Tiani. */
function matchedAlias(hit: ActorHit, text: string): string | undefined {
  const wanted = text.toLowerCase();
  if (hit.name.toLowerCase().includes(wanted)) return undefined;
  return hit.aliases.find((a) => a.toLowerCase().includes(wanted));
}

export function attachTypeahead({ input, list, onPick, onError }: TypeaheadOptions): Typeahead {
  let hits: ActorHit[] = [];
  let active = -1;
  let picked: ActorRef | null = null;
  let asked = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  list.setAttribute('role', 'listbox');

  const close = (): void => {
    hits = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (index: number): void => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (hit: ActorHit): void => {
    picked = { id: hit.id, name: hit.name };
    input.value = hit.name;
    close();
    onPick?.(picked);
  };

  const show = (found: ActorHit[], text: string): void => {
    hits = found;
    active = -1;
    list.replaceChildren(
      ...(hits.length === 0
        ? [h('li', { class: 'muted', role: 'presentation' }, `No actor matches “${text}”.`)]
        : hits.map((hit, i) => {
            const alias = matchedAlias(hit, text);
            const option = h(
              'li',
              { id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-actor-id': hit.id },
              kindIcon(hit.kind),
              h('span', { class: 'name' }, hit.name),
              h('span', { class: 'muted' }, alias ? `${KIND_LOOK[hit.kind].label} · “${alias}”` : KIND_LOOK[hit.kind].label),
            );
            // Keep the focus in the input, so that the list does not close before the click lands.
            option.addEventListener('pointerdown', (event) => event.preventDefault());
            option.addEventListener('click', () => pick(hit));
            return option;
          })),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const search = debounce(async (text: string): Promise<void> => {
    const mine = ++asked;
    try {
      const found = await searchActors(text);
      if (mine !== asked || input.value.trim() !== text) return;
      show(found, text);
    } catch (error) {
      if (mine === asked) onError(error, () => search(text));
    }
  }, 120);

  input.addEventListener('input', () => {
    picked = null;
    const text = input.value.trim();
    if (text.length < 2) {
      asked += 1;
      close();
      return;
    }
    search(text);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (hit) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  close();

  return {
    picked: () => picked,
    set(actor) {
      picked = actor;
      input.value = actor?.name ?? '';
      close();
    },
  };
}
