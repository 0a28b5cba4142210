// How each actor kind and relationship type looks, in the graph and in its legend. Kinds differ by
// shape as well as colour, and relationship families by line style as well as colour, so the
// graph still reads for colour-blind people and in greyscale. Keyed by the server's own
// vocabulary: a kind or type added there fails the typecheck here until it has a look.
import type { ActorKind, RelationshipType } from '../../src/graph/vocabulary.js';

/** The Cytoscape node shapes we use besides the ellipse, as SVG polygons for the legend. */
const POLYGONS = {
  'round-rectangle': '2,3 14,3 14,13 2,13',
  diamond: '8,1 15,8 8,15 1,8',
  triangle: '8,1 15,15 1,15',
  vee: '1,2 8,6 15,2 8,15',
  hexagon: '4,1 12,1 15,8 12,15 4,15 1,8',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  rhomboid: '5,3 15,3 11,13 1,13',
  'cut-rectangle': '4,3 12,3 14,5 14,11 12,13 4,13 2,11 2,5',
  'round-pentagon': '8,1 15,6 12,15 4,15 1,6',
} as const;
type Shape = keyof typeof POLYGONS | 'ellipse';

interface KindLook {
  label: string;
  color: string;
  shape: Shape;
}

export const KIND_LOOK: Record<ActorKind, KindLook> = {
  STATE: { label: 'State', color: '#2563eb', shape: 'round-rectangle' },
  MILITARY_GOVERNMENT: { label: 'Military government', color: '#b91c1c', shape: 'diamond' },
  ARMED_FORCE: { label: 'Armed force', color: '#4d7c0f', shape: 'triangle' },
  PARAMILITARY: { label: 'Paramilitary', color: '#78350f', shape: 'vee' },
  INTERNATIONAL_ORGANISATION: { label: 'International organisation', color: '#0891b2', shape: 'hexagon' },
  ALLIANCE: { label: 'Alliance', color: '#155e75', shape: 'octagon' },
  PERSON: { label: 'Person', color: '#7c3aed', shape: 'ellipse' },
  MEDIA: { label: 'Media', color: '#db2777', shape: 'rhomboid' },
  GOVERNMENT_BODY: { label: 'Government body', color: '#475569', shape: 'cut-rectangle' },
  GROUP: { label: 'Group', color: '#a16207', shape: 'round-pentagon' },
};

type LineStyle = 'solid' | 'dashed' | 'dotted';

interface TypeLook {
  color: string;
  line: LineStyle;
}

// Families: hostile or breaking off (reds and oranges), military presence (purples), cooperation
// (greens), structure (slate, dotted), reporting (grey, dashed).
export const TYPE_LOOK: Record<RelationshipType, TypeLook> = {
  EXPELLED: { color: '#dc2626', line: 'solid' },
  DEPOSED: { color: '#991b1b', line: 'solid' },
  OPPOSED: { color: '#ea580c', line: 'solid' },
  PROTESTED_AGAINST: { color: '#f97316', line: 'dashed' },
  DISTANCED_FROM: { color: '#d97706', line: 'dashed' },
  TERMINATED_AGREEMENT_WITH: { color: '#b45309', line: 'solid' },
  WITHDREW_FROM: { color: '#92400e', line: 'dashed' },
  DEPLOYED_TO: { color: '#7e22ce', line: 'solid' },
  SUPPLIED: { color: '#c026d3', line: 'solid' },
  ALLIED_WITH: { color: '#16a34a', line: 'solid' },
  COOPERATES_WITH: { color: '#65a30d', line: 'solid' },
  SPOKE_WITH: { color: '#0d9488', line: 'dashed' },
  LEADS: { color: '#1e3a8a', line: 'solid' },
  GOVERNS: { color: '#334155', line: 'solid' },
  PART_OF: { color: '#64748b', line: 'dotted' },
  MEMBER_OF: { color: '#94a3b8', line: 'dotted' },
  REPORTED_ON: { color: '#a8a29e', line: 'dashed' },
  PRESSED: { color: '#f59e0b', line: 'dashed' },
  REJECTED: { color: '#c2410c', line: 'dashed' },
  DENOUNCED: { color: '#e11d48', line: 'dashed' },
  REDUCED_AID_TO: { color: '#a16207', line: 'solid' },
  TRAINS: { color: '#9333ea', line: 'dashed' },
  DREW_CLOSER_TO: { color: '#22c55e', line: 'dashed' },
  RALLIED_FOR: { color: '#10b981', line: 'dashed' },
  TOOK_PART_IN: { color: '#cbd5e1', line: 'dotted' },
};

/** "TERMINATED_AGREEMENT_WITH" → "terminated agreement with". */
export function typeLabel(type: RelationshipType): string {
  return type.toLowerCase().replaceAll('_', ' ');
}

const SVG = 'http://www.w3.org/2000/svg';

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function icon(width: number, height: number, ...parts: SVGElement[]): SVGSVGElement {
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, width: String(width), height: String(height), 'aria-hidden': 'true' });
  svg.append(...parts);
  return svg;
}

/** A 16×16 icon of a kind's node. */
export function kindIcon(kind: ActorKind): SVGSVGElement {
  const { color, shape } = KIND_LOOK[kind];
  const outline =
    shape === 'ellipse'
      ? svgElement('circle', { cx: '8', cy: '8', r: '6.5', fill: color })
      : svgElement('polygon', { points: POLYGONS[shape], fill: color });
  return icon(16, 16, outline);
}

/** A short arrow drawn like a type's edges. */
export function typeIcon(type: RelationshipType): SVGSVGElement {
  const { color, line } = TYPE_LOOK[type];
  const dashes = line === 'dashed' ? '4 2' : line === 'dotted' ? '1.5 2' : 'none';
  return icon(
    28,
    10,
    svgElement('line', { x1: '1', y1: '5', x2: '21', y2: '5', stroke: color, 'stroke-width': '2', 'stroke-dasharray': dashes }),
    svgElement('polygon', { points: '20,1 27,5 20,9', fill: color }),
  );
}
