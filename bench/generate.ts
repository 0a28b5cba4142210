// A deterministic synthetic graph with the seed graph's schema, at benchmark scale: actors of
// every kind with names and aliases, a few hundred articles, and typed, dated relationships,
// each with one to three pieces of evidence citing a real Article.
//
// Degree skew comes from preferential attachment (Barabási–Albert style): actors arrive in
// order, each bringing a few new relationships (one or more, exponentially spread), whose other
// end is an earlier actor picked in proportion to its degree (mostly) or uniformly (the rest).
// That yields a power-law degree distribution: a few hubs with thousands of relationships,
// most actors with a handful, as in news graphs (Russia, Niger, ECOWAS vs. a minor official).
//
// Everything comes from seeded generators (bench/prng.ts). Relationships are produced on demand,
// a batch at a time, from their index alone, so a million of them never sit in memory at once.
import type { SeedActor, SeedArticle, SeedRelationship } from '../src/graph/seed.js';
import { ACTOR_KINDS, RELATIONSHIP_TYPES, type ActorKind, type RelationshipType } from '../src/graph/vocabulary.js';
import { createRng, type Rng } from './prng.js';

export interface SyntheticSize {
  actors: number;
  relationships: number;
  articles: number;
}

export interface SyntheticGraph {
  seed: number;
  size: SyntheticSize;
  articles: SeedArticle[];
  actors: SeedActor[];
  /** Relationships from index `from` (inclusive) to `to` (exclusive), ready for the loader. */
  relationships(from: number, to: number): SeedRelationship[];
  /** Degree (in + out) of each actor, by index into `actors`. */
  degree: Int32Array;
}

// Streams of the one seed: each part of the graph draws from its own, so that changing how one
// part is generated leaves the others as they were.
const STREAM = { endpoints: 1, actors: 2, articles: 3, relationship: 1000 } as const;
/** Share of relationships whose target is picked by degree (the rest: uniformly). */
const PREFERENTIAL = 0.85;

const KIND_WEIGHTS: Record<ActorKind, number> = {
  STATE: 8,
  MILITARY_GOVERNMENT: 3,
  ARMED_FORCE: 10,
  PARAMILITARY: 5,
  INTERNATIONAL_ORGANISATION: 5,
  ALLIANCE: 2,
  PERSON: 40,
  MEDIA: 10,
  GOVERNMENT_BODY: 12,
  GROUP: 5,
};

const TYPE_WEIGHTS: Record<RelationshipType, number> = {
  EXPELLED: 2,
  DEPLOYED_TO: 6,
  ALLIED_WITH: 8,
  WITHDREW_FROM: 2,
  TERMINATED_AGREEMENT_WITH: 2,
  DEPOSED: 1,
  LEADS: 5,
  PART_OF: 6,
  SPOKE_WITH: 12,
  PROTESTED_AGAINST: 5,
  DISTANCED_FROM: 3,
  COOPERATES_WITH: 12,
  MEMBER_OF: 8,
  GOVERNS: 4,
  SUPPLIED: 5,
  REPORTED_ON: 10,
  OPPOSED: 7,
  TRAINS: 3,
  PRESSED: 2,
  REJECTED: 2,
  DENOUNCED: 3,
  REDUCED_AID_TO: 1,
  DREW_CLOSER_TO: 3,
  RALLIED_FOR: 2,
  TOOK_PART_IN: 2,
};

const SYLLABLES = 'ka ma ta na sa ba da ra la ga ko mo to no so bo do ro lo go ki mi ti ni si bi di ri li gi ku mu tu nu su bu du ru lu gu ou ia ey an el or um is'.split(' ');
const GIVEN = 'Amadou Ibrahim Moussa Aissata Fatouma Salif Mariam Oumar Hamidou Zeinab Issa Adama Boubacar Mahamadou Hadiza Souleymane Rakia Abdou Ousmane Kadidiatou Yacouba Aminata Seydou Halima Idrissa'.split(' ');
const PUBLISHERS = ['Sahel Dispatch', 'Niamey Wire', 'West Africa Monitor', 'Continental Press', 'Radio Horizon', 'The Desert Ledger'];
const COUNTRIES = 'NE ML BF TD NG DZ LY RU US FR SN CI GH BJ TG MR CM SD'.split(' ');
const VERBS: Record<RelationshipType, string> = {
  EXPELLED: 'expelled',
  DEPLOYED_TO: 'deployed forces to',
  ALLIED_WITH: 'allied with',
  WITHDREW_FROM: 'withdrew from',
  TERMINATED_AGREEMENT_WITH: 'ended its agreement with',
  DEPOSED: 'deposed',
  LEADS: 'leads',
  PART_OF: 'is part of',
  SPOKE_WITH: 'spoke with',
  PROTESTED_AGAINST: 'protested against',
  DISTANCED_FROM: 'distanced itself from',
  COOPERATES_WITH: 'cooperates with',
  MEMBER_OF: 'is a member of',
  GOVERNS: 'governs',
  SUPPLIED: 'supplied',
  REPORTED_ON: 'reported on',
  OPPOSED: 'opposed',
  TRAINS: 'trains',
  PRESSED: 'pressed',
  REJECTED: 'rejected the demands of',
  DENOUNCED: 'denounced',
  REDUCED_AID_TO: 'reduced aid to',
  DREW_CLOSER_TO: 'drew closer to',
  RALLIED_FOR: 'rallied for',
  TOOK_PART_IN: 'took part in',
};

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const word = (rng: Rng, min = 2, max = 3) =>
  capitalise(Array.from({ length: rng.between(min, max) }, () => rng.pick(SYLLABLES)).join(''));
const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function actorName(rng: Rng, kind: ActorKind): string {
  const w = word(rng);
  switch (kind) {
    case 'PERSON':
      return `${rng.pick(GIVEN)} ${word(rng, 2, 4)}`;
    case 'STATE':
      return rng.chance(0.5) ? w : `Republic of ${w}`;
    case 'MILITARY_GOVERNMENT':
      return rng.pick([`National Council of ${w}`, `${w} Transitional Committee`, `Military Junta of ${w}`]);
    case 'ARMED_FORCE':
      return rng.pick([`Armed Forces of ${w}`, `${w} Army`, `${w} Air Force`]);
    case 'PARAMILITARY':
      return rng.pick([`${w} Brigade`, `${w} Legion`, `${w} Corps`]);
    case 'INTERNATIONAL_ORGANISATION':
      return rng.pick([`${w} Community of States`, `Union of ${w}`, `${w} Development Bank`]);
    case 'ALLIANCE':
      return rng.pick([`${w} Alliance`, `Pact of ${w}`, `Confederation of ${w}`]);
    case 'MEDIA':
      return rng.pick([`${w} TV`, `Radio ${w}`, `${w} Times`]);
    case 'GOVERNMENT_BODY':
      return rng.pick([`Ministry of Defence of ${w}`, `${w} Parliament`, `Foreign Ministry of ${w}`]);
    case 'GROUP':
      return rng.pick([`Supporters of ${w}`, `${w} Movement`, `${w} Collective`]);
    default:
      return assertNever(kind);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled value ${String(value)}`);
}

function aliasesOf(rng: Rng, kind: ActorKind, name: string): string[] {
  const aliases: string[] = [];
  if (kind === 'PERSON') {
    const [given = '', family = ''] = name.split(' ');
    // Spelling variants, as the press writes Tiani, Tchiani and Chiani.
    if (rng.chance(0.5)) aliases.push(`${given} ${family.replace(/ou/g, 'u').replace(/i/g, 'y')}`);
    if (rng.chance(0.3)) aliases.push(`${given.charAt(0)}. ${family}`);
  } else if (rng.chance(0.6)) {
    const acronym = name
      .split(' ')
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w.charAt(0))
      .join('');
    if (acronym.length >= 2) aliases.push(acronym);
  }
  return [...new Set(aliases.filter((a) => a !== name))];
}

function partialDate(rng: Rng, fromYear: number, toYear: number): string {
  const year = rng.between(fromYear, toYear);
  const precision = rng.weighted(['day', 'month', 'year'] as const, [5, 3, 2]);
  if (precision === 'year') return String(year);
  const month = rng.between(1, 12);
  if (precision === 'month') return `${year}-${pad(month, 2)}`;
  return `${year}-${pad(month, 2)}-${pad(rng.between(1, 28), 2)}`;
}

function generateActors(seed: number, count: number): SeedActor[] {
  const rng = createRng(seed, STREAM.actors);
  return Array.from({ length: count }, (_, i) => {
    const kind = rng.weighted(ACTOR_KINDS, ACTOR_KINDS.map((k) => KIND_WEIGHTS[k]));
    const name = actorName(rng, kind);
    return {
      // The index keeps ids unique when two actors draw the same name.
      id: `${slugify(name)}-${i.toString(36)}`,
      name,
      kind,
      aliases: aliasesOf(rng, kind, name),
      description: rng.chance(0.7) ? `Synthetic ${kind.toLowerCase().replace(/_/g, ' ')} number ${i}.` : null,
      wikidataId: rng.chance(0.3) ? `Q${1_000_000 + i}` : null,
      country: rng.chance(0.8) ? rng.pick(COUNTRIES) : null,
    };
  });
}

function generateArticles(seed: number, count: number): SeedArticle[] {
  const rng = createRng(seed, STREAM.articles);
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, 4);
    return {
      id: `synthetic-article-${n}`,
      title: `${word(rng)} and ${word(rng)}: dispatch ${i + 1} on the Sahel`,
      publisher: rng.pick(PUBLISHERS),
      publishedAt: partialDate(rng, 2000, 2025),
      url: `https://example.org/synthetic/${n}`,
      file: `synthetic-${n}.txt`,
    };
  });
}

/**
 * How many relationships each arriving actor brings: at least one, the rest spread with
 * exponential weights, so some actors stay at degree 1 and others bring dozens.
 */
function arrivals(rng: Rng, actors: number, relationships: number): Int32Array {
  const counts = new Int32Array(actors);
  const newcomers = actors - 1; // actor 0 is there from the start
  if (relationships < newcomers) throw new RangeError('need at least one relationship per actor');
  const weights = Array.from({ length: newcomers }, () => -Math.log(1 - rng.next()));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const extra = relationships - newcomers;
  let given = 0;
  weights.forEach((w, i) => {
    const k = 1 + Math.floor((w / total) * extra);
    counts[i + 1] = k;
    given += k;
  });
  for (let i = 1; given < relationships; i = (i % newcomers) + 1, given += 1) counts[i] = (counts[i] as number) + 1;
  return counts;
}

/**
 * The endpoints of every relationship by preferential attachment. `pool` holds both ends of every
 * relationship so far, so picking a uniform entry of it picks an actor in proportion to its degree.
 */
function generateEndpoints(seed: number, actors: number, relationships: number) {
  const rng = createRng(seed, STREAM.endpoints);
  const counts = arrivals(rng, actors, relationships);
  const source = new Int32Array(relationships);
  const target = new Int32Array(relationships);
  const degree = new Int32Array(actors);
  const pool = new Int32Array(relationships * 2);
  let poolSize = 0;
  let e = 0;
  for (let arriving = 1; arriving < actors; arriving += 1) {
    for (let k = 0; k < (counts[arriving] as number); k += 1, e += 1) {
      let other = poolSize > 0 && rng.chance(PREFERENTIAL) ? (pool[rng.int(poolSize)] as number) : rng.int(arriving);
      if (other === arriving) other = rng.int(arriving);
      // Half the time the newcomer is the target, so both in- and out-degrees are skewed.
      const [s, t] = rng.chance(0.5) ? [arriving, other] : [other, arriving];
      source[e] = s;
      target[e] = t;
      degree[s] = (degree[s] as number) + 1;
      degree[t] = (degree[t] as number) + 1;
      pool[poolSize++] = s;
      pool[poolSize++] = t;
    }
  }
  return { source, target, degree };
}

export function generateGraph(size: SyntheticSize, seed = 20240410): SyntheticGraph {
  if (size.actors < 2) throw new RangeError('a synthetic graph needs at least two actors');
  const actors = generateActors(seed, size.actors);
  const articles = generateArticles(seed, size.articles);
  const { source, target, degree } = generateEndpoints(seed, size.actors, size.relationships);

  const relationship = (e: number): SeedRelationship => {
    const rng = createRng(seed, STREAM.relationship + e);
    const s = actors[source[e] as number] as SeedActor;
    const t = actors[target[e] as number] as SeedActor;
    const type = rng.weighted(RELATIONSHIP_TYPES, RELATIONSHIP_TYPES.map((k) => TYPE_WEIGHTS[k]));
    const startDate = rng.chance(0.85) ? partialDate(rng, 1995, 2024) : null;
    const startYear = startDate ? Number(startDate.slice(0, 4)) : 1995;
    const endDate = startDate && rng.chance(0.25) ? partialDate(rng, startYear + 1, startYear + 6) : null;
    const evidence = Array.from({ length: rng.weighted([1, 2, 3], [6, 3, 1]) }, () => {
      const article = articles[rng.int(articles.length)] as SeedArticle;
      return {
        articleId: article.id,
        quote: `${s.name} ${VERBS[type]} ${t.name}${startDate ? ` ${startDate.length === 10 ? 'on' : 'in'} ${startDate}` : ''}, according to ${article.publisher ?? 'officials'}.`,
      };
    });
    return {
      id: `rel-${e.toString(36)}`,
      type,
      source: s.id,
      target: t.id,
      startDate,
      endDate,
      description: rng.chance(0.7) ? `${s.name} ${VERBS[type]} ${t.name}.` : null,
      modality: 'ACTUAL',
      certainty: 'CONFIRMED',
      reportedBy: [],
      notBefore: null,
      place: null,
      amount: rng.chance(0.1) ? { value: rng.between(1, 5000), unit: 'soldiers', qualifier: 'EXACT' } : null,
      dateBasis: startDate && rng.chance(0.05) ? 'Resolved from the dispatch date.' : null,
      evidence,
    };
  };

  return {
    seed,
    size,
    articles,
    actors,
    degree,
    relationships: (from, to) => {
      const rows: SeedRelationship[] = [];
      for (let e = from; e < Math.min(to, size.relationships); e += 1) rows.push(relationship(e));
      return rows;
    },
  };
}
