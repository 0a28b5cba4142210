// The side panel (below the graph on narrow screens): what a click on the graph asks about. An
// actor shows its kind, aliases, description and timeline; a relationship its dates, description
// and every quote that states it, with the article it comes from; a path its steps.
import { PATH_MAX_LENGTH, type ActorDetails, type ActorRef, type Evidence, type Path, type RelationshipDetails, type TimelineEntry } from './api.js';
import { button, h } from './dom.js';
import { formatAmount, formatDate, formatSpan } from './format.js';
import { KIND_LOOK, kindIcon, typeIcon, typeLabel } from './style.js';

export interface PanelActions {
  showActor(id: string): void;
  showRelationship(id: string): void;
  centreOn(actor: ActorRef): void;
  pathFrom(actor: ActorRef): void;
  pathTo(actor: ActorRef): void;
}

export class Panel {
  constructor(
    private readonly container: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  intro(): void {
    this.fill(
      'intro',
      h('h2', {}, 'How to explore'),
      h(
        'ul',
        {},
        h('li', {}, 'Search an actor by name or alias (Tchiani, CNSP, Africa Corps…) to draw its relationships.'),
        h('li', {}, 'Click a node for its details and timeline; its neighbours join the graph.'),
        h('li', {}, 'Click an arrow for what happened, when, and the quotes that say so.'),
        h('li', {}, 'Drag the time slider to see the graph as it stood on a date.'),
        h('li', {}, 'Find the shortest path between two actors with the path fields.'),
      ),
    );
  }

  loading(): void {
    this.fill('loading', h('p', { class: 'muted' }, 'Loading…'));
  }

  missing(what: string): void {
    this.fill('missing', h('p', {}, `${what} is no longer in the graph.`));
  }

  actor(actor: ActorDetails): void {
    const ref = { id: actor.id, name: actor.name };
    this.fill(
      'actor',
      h('h2', {}, kindIcon(actor.kind), ' ', actor.name),
      h('p', { class: 'kind' }, KIND_LOOK[actor.kind].label),
      actor.aliases.length > 0 && h('p', { class: 'aliases' }, h('strong', {}, 'Also known as: '), actor.aliases.join(', ')),
      actor.description && h('p', { class: 'description' }, actor.description),
      h(
        'div',
        { class: 'actions' },
        button('Centre the graph here', () => this.actions.centreOn(ref)),
        button('Path from here', () => this.actions.pathFrom(ref)),
        button('Path to here', () => this.actions.pathTo(ref)),
      ),
      h('h3', {}, `Timeline (${actor.timeline.length})`),
      h('ol', { class: 'timeline' }, ...actor.timeline.map((entry) => h('li', {}, this.timelineEntry(entry)))),
    );
  }

  relationship(relationship: RelationshipDetails): void {
    const { source, target } = relationship;
    this.fill(
      'relationship',
      h('h2', {}, typeIcon(relationship.type), ' ', typeLabel(relationship.type)),
      h('p', { class: 'ends' }, this.actorLink(source), ' → ', this.actorLink(target)),
      h('p', { class: 'dates' }, formatSpan(relationship.startDate, relationship.endDate)),
      relationship.description && h('p', { class: 'description' }, relationship.description),
      relationship.amount && h('p', { class: 'amount' }, h('strong', {}, 'Amount: '), formatAmount(relationship.amount)),
      relationship.dateBasis && h('p', { class: 'basis' }, h('strong', {}, 'How the date was resolved: '), relationship.dateBasis),
      h('h3', {}, `Evidence (${relationship.evidence.length})`),
      ...relationship.evidence.map((evidence) => quote(evidence)),
    );
  }

  path(path: Path | null, from: ActorRef, to: ActorRef, asOf: string | null): void {
    const when = asOf ? ` as of ${formatDate(asOf)}` : '';
    if (!path) {
      this.fill(
        'path',
        h('h2', {}, 'Shortest path'),
        h('p', {}, `No path links ${from.name} and ${to.name} within ${PATH_MAX_LENGTH} steps${when}, with the types chosen.`),
      );
      return;
    }
    const steps = path.relationships.map((r, i) => {
      const here = path.nodes[i + 1];
      const forward = r.source.id === path.nodes[i]?.id;
      return h(
        'li',
        {},
        button([forward ? '→ ' : '← ', typeLabel(r.type), forward ? ' →' : ' ←'].join(''), () => this.actions.showRelationship(r.id), { class: 'link' }),
        ' ',
        here ? this.actorLink(here) : '',
      );
    });
    this.fill(
      'path',
      h('h2', {}, 'Shortest path'),
      h('p', {}, `${from.name} to ${to.name}: ${path.length} step${path.length === 1 ? '' : 's'}${when}.`),
      h('ol', { class: 'path-steps' }, path.nodes[0] ? h('li', {}, this.actorLink(path.nodes[0])) : null, ...steps),
    );
  }

  private timelineEntry(entry: TimelineEntry): HTMLElement {
    return h(
      'span',
      {},
      h('time', {}, entry.startDate ? formatDate(entry.startDate) : 'undated'),
      ' ',
      button(`${entry.source.name} ${typeLabel(entry.type)} ${entry.target.name}`, () => this.actions.showRelationship(entry.id), { class: 'link' }),
      entry.endDate && h('span', { class: 'muted' }, ` (until ${formatDate(entry.endDate)})`),
    );
  }

  private actorLink(actor: ActorRef): HTMLButtonElement {
    return button(actor.name, () => this.actions.showActor(actor.id), { class: 'link' });
  }

  private fill(kind: string, ...children: (Node | string | null | false | undefined)[]): void {
    this.container.dataset.showing = kind;
    this.container.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
    this.container.scrollTop = 0;
  }
}

function quote({ quote: text, article }: Evidence): HTMLElement {
  const title = h('cite', {}, article.title);
  const source = [article.publisher, article.publishedAt && formatDate(article.publishedAt)].filter(Boolean).join(', ');
  return h(
    'figure',
    { class: 'quote' },
    h('blockquote', {}, text),
    h('figcaption', {}, article.url ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, title) : title, source && ` · ${source}`),
  );
}
