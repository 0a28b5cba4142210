// The graph explorer served at /: search an actor, draw its relationships, travel in time, read
// the evidence. It is a client of the public GraphQL API like any other (api.ts holds every
// query it sends). The view lives in the URL (url-state.ts), so it can be shared and a reload
// restores it.
//
// Answers can arrive out of order (a slider dragged quickly, a click during a reload): every
// drawing has a generation number, and an answer for an older generation is dropped.
import type { Core } from 'cytoscape';
import { fetchActor, fetchGraph, fetchPath, fetchRelationship, type ActorRef, type Graph, type Scope } from './api.js';
import { Controls } from './controls.js';
import { byId } from './dom.js';
import { formatDate } from './format.js';
import { GraphView } from './graph.js';
import { renderLegend } from './legend.js';
import { Panel } from './panel.js';
import { Status } from './status.js';
import { attachTypeahead, type Typeahead } from './typeahead.js';
import { readState, writeState, type ViewState } from './url-state.js';

declare global {
  interface Window {
    /** The Cytoscape instance that draws the graph, for tests and for the curious in devtools. */
    sahelGraph: { cy: Core };
  }
}

/** Marked when the first graph is drawn, to measure the load time. */
const DRAWN_MARK = 'explorer:graph-drawn';

const summary = byId('summary', HTMLElement);

let state: ViewState = readState(location.search);
let path: { from: ActorRef; to: ActorRef } | null = null;
let generation = 0;
let panelGeneration = 0;
let drawnRoot: string | null = null;
/** The root's neighbourhood was cut at the API's node limit. */
let truncated = false;

const legend = byId('legend', HTMLElement);
const view = new GraphView(byId('cy', HTMLElement), {
  onNode: (id) => void openNode(id),
  onEdge: (id) => void showRelationship(id),
  onElements: (cy) => renderLegend(cy, legend),
});
window.sahelGraph = { cy: view.cy };
const status = new Status(() => state.actor !== null);

const panel = new Panel(byId('panel', HTMLElement), {
  showActor: (id) => void showActor(id),
  showRelationship: (id) => void showRelationship(id),
  centreOn,
  pathFrom(actor) {
    pathFrom.set(actor);
    byId('path-to', HTMLInputElement).focus();
  },
  pathTo(actor) {
    pathTo.set(actor);
    void findPath();
  },
});

const controls = new Controls(
  (filters) => {
    status.settle(false);
    state = { ...state, ...filters };
    navigate('replace');
    void draw();
  },
  () => status.settle(true),
);

// The search field only finds: once an actor is picked it empties, ready for the next search
// (the graph and the panel show who was picked).
const search = attachTypeahead({
  input: byId('search', HTMLInputElement),
  list: byId('search-results', HTMLUListElement),
  onPick(actor) {
    search.set(null);
    centreOn(actor);
  },
  onError: (error, retry) => status.fail(error, retry),
});
const pathField = (id: string): Typeahead =>
  attachTypeahead({ input: byId(id, HTMLInputElement), list: byId(`${id}-results`, HTMLUListElement), onError: (error, retry) => status.fail(error, retry) });
const pathFrom = pathField('path-from');
const pathTo = pathField('path-to');

byId('path-form', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  void findPath();
});
byId('path-clear', HTMLButtonElement).addEventListener('click', () => {
  path = null;
  pathTo.set(null);
  panel.intro();
  // Redrawn rather than just un-highlighted: the path may have brought actors of its own.
  void draw();
});
window.addEventListener('popstate', () => {
  state = readState(location.search);
  path = null;
  void draw();
});

function scope(): Scope {
  return { types: state.types.length > 0 ? state.types : null, asOf: state.asOf };
}

function navigate(how: 'push' | 'replace'): void {
  const url = writeState(state) || location.pathname;
  if (how === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

async function draw(): Promise<void> {
  const mine = ++generation;
  controls.set(state);
  if (!state.actor) {
    view.clear();
    summary.textContent = '';
    status.show();
    return;
  }
  try {
    await status.track(drawGraph(state.actor, mine));
    if (mine === generation && performance.getEntriesByName(DRAWN_MARK).length === 0) performance.mark(DRAWN_MARK);
  } catch (error) {
    if (mine === generation) status.fail(error, () => void draw());
  }
}

async function drawGraph(actorId: string, mine: number): Promise<void> {
  const [root, ...expanded] = await Promise.all([
    fetchGraph(actorId, state.depth, scope()),
    ...state.expand.map((id) => fetchGraph(id, 1, scope())),
  ]);
  if (mine !== generation) return;
  // An expanded actor brings its neighbours only while it is itself in the picture (at this
  // date, with these types), so the drawing stays one connected story.
  const graphs: [Graph, ...Graph[]] = [root];
  const drawn = new Set(root.nodes.map((n) => n.id));
  for (const graph of expanded) {
    if (!drawn.has(graph.rootId)) continue;
    graphs.push(graph);
    for (const node of graph.nodes) drawn.add(node.id);
  }
  await view.show(graphs);
  if (mine !== generation) return;
  const rootNode = root.nodes.find((n) => n.id === root.rootId);
  if (rootNode && rootNode.id !== drawnRoot) {
    // A new root (picked, from the URL, or back in history): paths start from it by default.
    drawnRoot = rootNode.id;
    pathFrom.set(rootNode);
  }
  if (path) await drawPath(path.from, path.to, mine);
  if (mine !== generation) return;
  status.clear();
  truncated = root.truncated;
  summarise();
}

/** The status line under the graph: what is drawn, as of when. */
function summarise(): void {
  const when = state.asOf ? `as of ${formatDate(state.asOf)}` : 'all dates';
  summary.textContent = [
    `${view.cy.nodes().length} actors, ${view.cy.edges().length} relationships, ${when}`,
    truncated && 'only the nearest actors are shown',
  ]
    .filter(Boolean)
    .join(' · ');
}

function centreOn(actor: ActorRef): void {
  state = { ...state, actor: actor.id, expand: [] };
  path = null;
  navigate('push');
  void draw();
  void showActor(actor.id);
}

/** A click on a node: its details in the panel, and its neighbours in the graph. */
async function openNode(id: string): Promise<void> {
  void showActor(id);
  if (id === state.actor || state.expand.includes(id)) return;
  const mine = generation;
  try {
    const graph = await status.track(fetchGraph(id, 1, scope()));
    if (mine !== generation) return;
    if (await status.track(view.add(graph))) {
      state = { ...state, expand: [...state.expand, id] };
      navigate('replace');
      summarise();
    }
  } catch (error) {
    status.fail(error, () => void openNode(id));
  }
}

async function showActor(id: string): Promise<void> {
  const mine = ++panelGeneration;
  view.select(id);
  panel.loading();
  try {
    const actor = await status.track(fetchActor(id));
    if (mine !== panelGeneration) return;
    if (actor) panel.actor(actor);
    else panel.missing('This actor');
  } catch (error) {
    if (mine === panelGeneration) status.fail(error, () => void showActor(id));
  }
}

async function showRelationship(id: string): Promise<void> {
  const mine = ++panelGeneration;
  view.select(id);
  panel.loading();
  try {
    const relationship = await status.track(fetchRelationship(id));
    if (mine !== panelGeneration) return;
    if (relationship) panel.relationship(relationship);
    else panel.missing('This relationship');
  } catch (error) {
    if (mine === panelGeneration) status.fail(error, () => void showRelationship(id));
  }
}

async function findPath(): Promise<void> {
  const from = pathFrom.picked();
  const to = pathTo.picked();
  if (!from || !to) {
    byId(from ? 'path-to' : 'path-from', HTMLInputElement).focus();
    return;
  }
  path = { from, to };
  try {
    await status.track(drawPath(from, to, generation));
  } catch (error) {
    status.fail(error, () => void findPath());
  }
}

async function drawPath(from: ActorRef, to: ActorRef, mine: number): Promise<void> {
  const found = await fetchPath(from.id, to.id, scope());
  if (mine !== generation) return;
  if (found) await view.showPath(found);
  else view.clearPath();
  summarise();
  panelGeneration += 1;
  panel.path(found, from, to, state.asOf);
}

panel.intro();
void draw();
