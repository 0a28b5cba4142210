// The legend: what the shapes, colours and line styles mean, for what is drawn right now (all
// seventeen relationship types at once would bury the few that matter).
import type { Core } from 'cytoscape';
import { ACTOR_KINDS, RELATIONSHIP_TYPES, type ActorKind, type RelationshipType } from '../../src/graph/vocabulary.js';
import { h } from './dom.js';
import { KIND_LOOK, kindIcon, typeIcon, typeLabel } from './style.js';

/** Fills the legend with what `cy` draws (or hides it when nothing is drawn). */
export function renderLegend(cy: Core, container: HTMLElement): void {
  const kinds = new Set(cy.nodes().map((n) => n.data('kind') as ActorKind));
  const types = new Set(cy.edges().map((e) => e.data('type') as RelationshipType));
  container.hidden = kinds.size === 0;
  container.replaceChildren(
    h('ul', { class: 'legend-kinds' }, ...ACTOR_KINDS.filter((k) => kinds.has(k)).map((k) => h('li', {}, kindIcon(k), KIND_LOOK[k].label))),
    h('ul', { class: 'legend-types' }, ...RELATIONSHIP_TYPES.filter((t) => types.has(t)).map((t) => h('li', {}, typeIcon(t), typeLabel(t)))),
  );
}
