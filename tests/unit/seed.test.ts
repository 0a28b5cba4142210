import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds, SeedError, validateSeeds } from '../../src/graph/seed.js';
import { RELATIONSHIP_FAMILIES, RELATIONSHIP_KINDS, RELATIONSHIP_TYPE_INFO, RELATIONSHIP_TYPES } from '../../src/graph/vocabulary.js';
import { SEEDS_DIR } from '../../src/paths.js';

const raw = () => ({
  articles: JSON.parse(readFileSync(join(SEEDS_DIR, 'articles.json'), 'utf8')),
  actors: JSON.parse(readFileSync(join(SEEDS_DIR, 'actors.json'), 'utf8')),
  places: JSON.parse(readFileSync(join(SEEDS_DIR, 'places.json'), 'utf8')),
  relationships: JSON.parse(readFileSync(join(SEEDS_DIR, 'relationships.json'), 'utf8')),
});
type Raw = ReturnType<typeof raw>;
/** The first relationship matching `test`, so that a case spoils a record of the right shape. */
const rel = (d: Raw, test: (r: Record<string, unknown>) => boolean) => {
  const found = d.relationships.find(test);
  if (!found) throw new Error('no seed relationship fits this case');
  return found;
};

describe('the seed files', () => {
  const seeds = readSeeds();

  it('hold the five articles, at least 25 actors and 40 relationships', () => {
    expect(seeds.articles).toHaveLength(5);
    expect(seeds.actors.length).toBeGreaterThanOrEqual(25);
    expect(seeds.relationships.length).toBeGreaterThanOrEqual(40);
  });

  it('cover every actor of the story', () => {
    const ids = new Set(seeds.actors.map((a) => a.id));
    for (const id of [
      'russia', 'niger', 'niger-junta', 'united-states', 'france', 'ecowas', 'africa-corps', 'russian-ministry-of-defence',
      'mali', 'burkina-faso', 'nato', 'iran', 'vladimir-putin', 'abdourahamane-tiani', 'mohamed-bazoum', 'lloyd-austin',
      'bola-tinubu',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(seeds.actors.filter((a) => a.kind === 'MEDIA').length).toBeGreaterThanOrEqual(2);
  });

  it('give every relationship verbatim evidence from its article', () => {
    const files = new Map(seeds.articles.map((a) => [a.id, readFileSync(join(SEEDS_DIR, 'articles', a.file), 'utf8')]));
    for (const r of seeds.relationships) {
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      for (const e of r.evidence) expect(files.get(e.articleId), r.id).toContain(e.quote);
    }
  });

  it('give each relationship a place, reporters and bounds that exist, and an amount with a unit', () => {
    const places = new Set(seeds.places.map((p) => p.id));
    const actors = new Set(seeds.actors.map((a) => a.id));
    for (const r of seeds.relationships) {
      if (r.place !== null) expect(places, r.id).toContain(r.place);
      for (const id of r.reportedBy) expect(actors, r.id).toContain(id);
      if (r.notBefore !== null) expect(r.startDate, r.id).toBeNull();
      if (r.amount !== null) expect(r.amount.unit.length, r.id).toBeGreaterThan(0);
    }
  });

  it('keep the two US troop counts apart: about 1,000 in Niger, about 1,100 in Agadez', () => {
    const byId = new Map(seeds.relationships.map((r) => [r.id, r]));
    expect(byId.get('united-states-deployed-to-niger')).toMatchObject({ place: null, amount: { value: 1000, unit: 'soldiers', qualifier: 'ABOUT' } });
    expect(byId.get('united-states-deployed-to-niger-agadez')).toMatchObject({ place: 'agadez', amount: { value: 1100, qualifier: 'ABOUT' } });
    expect(byId.get('united-states-withdrew-from-niger-2024-04')).toMatchObject({ modality: 'AGREED' });
  });

  it('hold valid places: known parents, plausible coordinates in Niger, a source for each', () => {
    const ids = new Set(seeds.places.map((p) => p.id));
    expect(ids).toEqual(new Set(['niamey', 'niamey-airport', 'niamey-air-base', 'agadez', 'national-assembly-niamey', 'seyni-kountche-stadium']));
    for (const p of seeds.places) {
      if (p.within !== null) expect(ids, p.id).toContain(p.within);
      expect(p.country, p.id).toBe('NE');
      // Niger's bounding box, roughly: 11.7–23.5 °N, 0.2–16 °E.
      expect(p.latitude, p.id).toBeGreaterThan(11.5);
      expect(p.latitude, p.id).toBeLessThan(23.6);
      expect(p.longitude, p.id).toBeGreaterThan(0);
      expect(p.longitude, p.id).toBeLessThan(16.1);
      expect(Math.round(p.latitude * 1000) / 1000, p.id).toBe(p.latitude);
      expect(p.coordinatesSource.length, p.id).toBeGreaterThan(10);
    }
  });

  it('cite no page furniture: the ALSO READ link and the Related Articles sidebar are left out', () => {
    const quotes = seeds.relationships.flatMap((r) => r.evidence.map((e) => e.quote));
    for (const furniture of ['ALSO READ', 'Tinubu', 'Related Articles', 'Traoré', 'JAMB', 'Remo Stars', 'Lomé']) {
      expect(quotes.filter((q) => q.includes(furniture)), furniture).toEqual([]);
    }
  });

  it('keep spellings of one actor as aliases', () => {
    const tiani = seeds.actors.find((a) => a.id === 'abdourahamane-tiani');
    expect(tiani?.aliases).toEqual(expect.arrayContaining(['Tchiani', 'Abdulrahmane Chiani']));
  });
});

describe('seed validation names the record at fault', () => {
  const cases: [string, (d: ReturnType<typeof raw>) => void, RegExp][] = [
    ['an unknown actor', (d) => (d.relationships[0].target = 'atlantis'), /relationships\.json: record "[^"]+": unknown target actor "atlantis"/],
    ['an unknown type', (d) => (d.relationships[1].type = 'INVADED'), /relationships\.json: record "[^"]+": type must be one of EXPELLED/],
    ['a malformed date', (d) => (d.relationships[2].startDate = '2024-02-30'), /relationships\.json: record "[^"]+": startDate "2024-02-30" has no day 30/],
    ['missing evidence', (d) => (d.relationships[3].evidence = []), /relationships\.json: record "[^"]+": evidence needs at least one piece of evidence/],
    ['evidence from an unknown article', (d) => (d.relationships[4].evidence[0].articleId = 'nowhere'), /cites unknown article "nowhere"/],
    ['an unknown kind', (d) => (d.actors[0].kind = 'EMPIRE'), /actors\.json: record "[^"]+": kind must be one of STATE/],
    ['a duplicate id', (d) => d.actors.push({ ...d.actors[0] }), /actors\.json: id "[^"]+" appears more than once/],
    ['an end before the start', (d) => Object.assign(d.relationships[5], { startDate: '2024-05', endDate: '2024-04', notBefore: null }), /endDate 2024-04 is before startDate 2024-05/],
    ['an end before the lower bound', (d) => Object.assign(d.relationships[5], { startDate: null, notBefore: '2024-05', endDate: '2024-04' }), /endDate 2024-04 is before notBefore 2024-05/],
    ['a lower bound beside a known start', (d) => Object.assign(d.relationships[5], { startDate: '2024-05', notBefore: '2024-01' }), /notBefore is only for an unknown start, but startDate is 2024-05/],
    ['a malformed lower bound', (d) => Object.assign(d.relationships[5], { startDate: null, notBefore: '2024-13' }), /notBefore "2024-13" has no month 13/],
    ['an unknown place', (d) => (d.relationships[0].place = 'atlantis'), /relationships\.json: record "[^"]+": unknown place "atlantis"/],
    ['an unknown reporter', (d) => (d.relationships[0].reportedBy = ['rtn', 'the-daily-planet']), /reportedBy names unknown actor "the-daily-planet"/],
    ['a reporter named twice', (d) => (d.relationships[0].reportedBy = ['rtn', 'rtn']), /reportedBy names an actor twice/],
    ['an amount without a unit', (d) => (rel(d, (r) => r.amount !== null).amount = { value: 100, qualifier: 'EXACT' }), /amount\.unit Invalid input: expected string/],
    ['an amount with an empty unit', (d) => (rel(d, (r) => r.amount !== null).amount = { value: 100, unit: ' ', qualifier: 'EXACT' }), /amount\.unit must not be empty/],
    ['a zero amount', (d) => (rel(d, (r) => r.amount !== null).amount = { value: 0, unit: 'soldiers', qualifier: 'ABOUT' }), /amount\.value must be positive/],
    ['a negative amount', (d) => (d.relationships[0].amount = { value: -5, unit: 'soldiers', qualifier: 'ABOUT' }), /amount\.value must be positive/],
    ['an unknown qualifier', (d) => (d.relationships[0].amount = { value: 5, unit: 'soldiers', qualifier: 'ROUGHLY' }), /amount\.qualifier must be one of EXACT, ABOUT/],
    ['a bare quantity (the old field)', (d) => (d.relationships[0].quantity = 100), /relationships\.json: record "[^"]+": record Unrecognized key: "quantity"/],
    ['an unknown kind', (d) => (d.relationships[0].kind = 'HABIT'), /kind must be one of EVENT, STATE/],
    ['a kind equal to the default', (d) => (rel(d, (r) => r.type === 'DEPLOYED_TO').kind = 'STATE'), /kind STATE is the default for DEPLOYED_TO: omit it/],
    ['an unknown modality', (d) => (d.relationships[0].modality = 'RUMOURED'), /modality must be one of ACTUAL, AGREED, INTENDED, DEMANDED, REFUSED/],
    ['a missing modality', (d) => delete d.relationships[0].modality, /modality must be one of ACTUAL/],
    ['an unknown certainty', (d) => (d.relationships[0].certainty = 'LIKELY'), /certainty must be one of CONFIRMED, REPORTED, CLAIMED, HINTED, UNCONFIRMED/],
    ['a place of unknown kind', (d) => (d.places[0].kind = 'PLANET'), /places\.json: record "[^"]+": kind must be one of COUNTRY/],
    ['a latitude off the globe', (d) => (d.places[0].latitude = 113.5), /places\.json: record "[^"]+": latitude must be between -90 and 90/],
    ['a place inside an unknown place', (d) => (d.places[1].within = 'atlantis'), /places\.json: record "[^"]+": within names unknown place "atlantis"/],
    ['places inside each other', (d) => (d.places[0].within = d.places[1].id), /places\.json: record "[^"]+": within loops back to/],
    ['a place without a coordinates source', (d) => delete d.places[0].coordinatesSource, /places\.json: record "[^"]+": coordinatesSource Invalid input/],
    ['a duplicate place', (d) => d.places.push({ ...d.places[0] }), /places\.json: id "[^"]+" appears more than once/],
  ];

  it.each(cases)('%s', (_name, spoil, message) => {
    const data = raw();
    spoil(data);
    expect(() => validateSeeds(data)).toThrow(SeedError);
    expect(() => validateSeeds(data)).toThrow(message);
  });

  it('the unspoilt seeds pass, so each case above fails for its own reason', () => {
    expect(() => validateSeeds(raw())).not.toThrow();
  });

  it('a quote that is not verbatim', () => {
    const data = raw();
    data.relationships[0].evidence[0].quote = 'Words no article contains.';
    const texts = new Map<string, string>(data.articles.map((a: { file: string }) => [a.file, readFileSync(join(SEEDS_DIR, 'articles', a.file), 'utf8')]));
    expect(() => validateSeeds(data, texts)).toThrow(/quote is not verbatim in \d{3}_\w+\.txt/);
  });
});

describe('the relationship vocabulary', () => {
  it('describes every type: label, kind, family, CAMEO code or null, description', () => {
    expect(Object.keys(RELATIONSHIP_TYPE_INFO).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    for (const type of RELATIONSHIP_TYPES) {
      const info = RELATIONSHIP_TYPE_INFO[type];
      expect(info.label.length, type).toBeGreaterThan(2);
      expect(RELATIONSHIP_KINDS, type).toContain(info.kind);
      expect(RELATIONSHIP_FAMILIES, type).toContain(info.family);
      expect(info.description.length, type).toBeGreaterThan(10);
      if (info.cameo !== null) expect(info.cameo, type).toMatch(/^(0[1-9]|1\d|20)\d{1,2}$/);
    }
  });

  it('codes events only: CAMEO codes event types, and states get none', () => {
    for (const type of RELATIONSHIP_TYPES) {
      const info = RELATIONSHIP_TYPE_INFO[type];
      if (info.kind === 'STATE') expect(info.cameo, type).toBeNull();
    }
    expect(RELATIONSHIP_TYPE_INFO.SPOKE_WITH.cameo).toBe('040');
    expect(RELATIONSHIP_TYPE_INFO.SUPPLIED.cameo).toBe('072');
    expect(RELATIONSHIP_TYPE_INFO.PROTESTED_AGAINST.cameo).toBe('141');
  });

  it('keeps every type the seeds use, and each seed type appears in the vocabulary', () => {
    const used = new Set(readSeeds().relationships.map((r) => r.type));
    for (const type of used) expect(RELATIONSHIP_TYPES).toContain(type);
  });
});
