// The drawing: a Cytoscape instance that shows the graphs the API returns. Nodes keep their place
// when the same actor is drawn again (a new date, an expanded node), so moving the time slider
// shows what changed instead of a new picture; a new root actor, or a picture mostly new, gets a
// fresh layout.
import cytoscape, { type Core, type ElementDefinition, type NodeCollection, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Graph, GraphEdge, GraphNode, Path } from './api.js';
import { KIND_LOOK, TYPE_LOOK, typeLabel } from './style.js';

cytoscape.use(fcose);

/** Larger than this, a small graph looks like a poster and its labels like headlines. */
const MAX_FIT_ZOOM = 1.4;

export interface GraphHandlers {
  onNode(id: string): void;
  onEdge(id: string): void;
  /**
   * The drawn elements changed; about to lay them out. Whatever this changes on the page around
   * the graph (the legend's height) is measured before the layout fits the view.
   */
  onElements(cy: Core): void;
}

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
      'font-size': 11,
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // Below this on-screen size labels are unreadable clutter: hide them until zoomed in.
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'node.root', style: { width: 40, height: 40, 'border-width': 4, 'border-color': '#111827', 'font-size': 13, 'font-weight': 'bold' } },
  ...Object.entries(KIND_LOOK).map(([kind, { color, shape }]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': color, shape },
  })),
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      label: 'data(label)',
      'font-size': 9,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  ...Object.entries(TYPE_LOOK).map(([type, { color, line }]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': color, 'target-arrow-color': color, 'line-style': line },
  })),
  { selector: ':selected', style: { 'underlay-color': '#2563eb', 'underlay-opacity': 0.3, 'underlay-padding': 6 } },
  { selector: '.dimmed', style: { opacity: 0.2 } },
  { selector: 'node.on-path', style: { 'border-color': '#f59e0b', 'border-width': 5 } },
  { selector: 'edge.on-path', style: { width: 4, 'underlay-color': '#f59e0b', 'underlay-opacity': 0.45, 'underlay-padding': 4 } },
];

function nodeElement(node: Pick<GraphNode, 'id' | 'name' | 'kind'>): ElementDefinition {
  return { group: 'nodes', data: { id: node.id, name: node.name, kind: node.kind } };
}

function edgeElement(edge: GraphEdge): ElementDefinition {
  return { group: 'edges', data: { ...edge, label: typeLabel(edge.type) } };
}

export class GraphView {
  readonly cy: Core;
  private rootId: string | null = null;
  private layout: cytoscape.Layouts | null = null;

  constructor(
    container: HTMLElement,
    private readonly handlers: GraphHandlers,
  ) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false, selectionType: 'single' });
    this.cy.on('tap', 'node', (event) => handlers.onNode(event.target.id() as string));
    this.cy.on('tap', 'edge', (event) => handlers.onEdge(event.target.id() as string));
  }

  /**
   * Draws these graphs (the root actor's neighbourhood first, then any expanded node's) in
   * place of what is drawn; actors already drawn stay where they are.
   */
  async show(graphs: [Graph, ...Graph[]]): Promise<void> {
    const rootId = graphs[0].rootId;
    const wanted = new Map<string, ElementDefinition>();
    for (const graph of graphs) {
      for (const node of graph.nodes) wanted.set(node.id, nodeElement(node));
      for (const edge of graph.edges) wanted.set(edge.id, edgeElement(edge));
    }
    const newRoot = rootId !== this.rootId;
    this.rootId = rootId;
    let added: NodeCollection = this.cy.collection();
    this.cy.batch(() => {
      this.cy.elements().removeClass('on-path dimmed');
      // Elements drawn again are kept even under a new root: Cytoscape loses the style of an
      // element removed and added again in one batch.
      this.cy.elements().filter((e) => !wanted.has(e.id())).remove();
      added = this.cy.add([...wanted.values()].filter((e) => this.cy.getElementById(e.data.id as string).empty())).nodes();
      this.cy.nodes().removeClass('root');
      this.cy.getElementById(rootId).addClass('root');
    });
    // When most of the picture is new (a new root, a jump in depth or date), keeping the few old
    // positions buys nothing and cramps the layout: start afresh.
    await this.arrange(added, newRoot || added.length > this.cy.nodes().length / 2);
  }

  /** Adds a graph (a node's neighbours) to the drawing; says whether anything was new. */
  async add(graph: Graph): Promise<boolean> {
    const fresh = [...graph.nodes.map(nodeElement), ...graph.edges.map(edgeElement)].filter((e) =>
      this.cy.getElementById(e.data.id as string).empty(),
    );
    if (fresh.length === 0) return false;
    await this.arrange(this.cy.add(fresh).nodes(), false);
    return true;
  }

  /** Highlights a path, drawing whatever part of it is not drawn yet, and dims the rest. */
  async showPath(path: Path): Promise<void> {
    const missing = [
      ...path.nodes.map(nodeElement),
      ...path.relationships.map((r) => edgeElement({ ...r, source: r.source.id, target: r.target.id })),
    ].filter((e) => this.cy.getElementById(e.data.id as string).empty());
    const added = this.cy.add(missing).nodes();
    const ids = new Set([...path.nodes.map((n) => n.id), ...path.relationships.map((r) => r.id)]);
    this.cy.batch(() => {
      this.cy.elements().unselect();
      this.cy.elements().forEach((e) => {
        const on = ids.has(e.id());
        e.toggleClass('on-path', on).toggleClass('dimmed', !on);
      });
    });
    if (added.nonempty()) await this.arrange(added, false);
  }

  clearPath(): void {
    this.cy.elements().removeClass('on-path dimmed');
  }

  clear(): void {
    this.layout?.stop();
    this.rootId = null;
    this.cy.elements().remove();
    this.handlers.onElements(this.cy);
  }

  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }

  /**
   * Lays the graph out. A fresh graph gets a whole new layout; otherwise new nodes start next to
   * a neighbour already in place and the layout only refines positions, so the picture stays
   * recognisable.
   */
  private async arrange(added: NodeCollection, fresh: boolean): Promise<void> {
    this.layout?.stop();
    this.handlers.onElements(this.cy);
    this.cy.resize();
    // Even a fresh layout needs distinct starting points: Cytoscape cannot draw an edge between
    // two nodes on the same spot, and says so.
    this.placeNear(added);
    const layout = this.cy.layout({
      name: 'fcose',
      // "proof" refines given positions (incremental layouts need it) and keeps labels apart; on
      // the seed graph (34 actors) it takes under 100 ms, like "default".
      quality: 'proof',
      randomize: fresh,
      animate: !fresh && this.cy.nodes().length > added.length,
      animationDuration: 300,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      packComponents: false,
      nodeSeparation: 110,
      nodeRepulsion: () => 12000,
      idealEdgeLength: () => 110,
    } as cytoscape.LayoutOptions);
    this.layout = layout;
    const stopped = layout.promiseOn('layoutstop');
    layout.run();
    await stopped;
    this.frame();
  }

  /**
   * Fits the drawing in view with its labels (the layout fits the nodes alone and may cut a long
   * label off), without blowing a graph of three nodes up to poster size.
   */
  private frame(): void {
    this.cy.fit(undefined, 24);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
  }

  private placeNear(added: NodeCollection): void {
    const placed = this.cy.nodes().difference(added);
    const centre = placed.nonempty() ? placed.boundingBox() : { x1: 0, x2: 0, y1: 0, y2: 0 };
    added.forEach((node, i) => {
      const anchors = node.neighborhood().intersection(placed).nodes();
      const at = anchors.nonempty() ? anchors.first().position() : { x: (centre.x1 + centre.x2) / 2, y: (centre.y1 + centre.y2) / 2 };
      // Spread the new nodes around their anchor rather than stacking them on one point.
      const angle = (2 * Math.PI * i) / Math.max(added.length, 1);
      node.position({ x: at.x + 80 * Math.cos(angle), y: at.y + 80 * Math.sin(angle) });
    });
  }
}
