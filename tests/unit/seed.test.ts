import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds, SeedError, validateSeeds } from '../../src/graph/seed.js';
import { SEEDS_DIR } from '../../src/paths.js';

const raw = () => ({
  articles: JSON.parse(readFileSync(join(SEEDS_DIR, 'articles.json'), 'utf8')),
  actors: JSON.parse(readFileSync(join(SEEDS_DIR, 'actors.json'), 'utf8')),
  relationships: JSON.parse(readFileSync(join(SEEDS_DIR, 'relationships.json'), 'utf8')),
});

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
    ['an end before the start', (d) => Object.assign(d.relationships[5], { startDate: '2024-05', endDate: '2024-04' }), /endDate 2024-04 is before startDate 2024-05/],
  ];

  it.each(cases)('%s', (_name, spoil, message) => {
    const data = raw();
    spoil(data);
    expect(() => validateSeeds(data)).toThrow(SeedError);
    expect(() => validateSeeds(data)).toThrow(message);
  });

  it('a quote that is not verbatim', () => {
    const data = raw();
    data.relationships[0].evidence[0].quote = 'Words no article contains.';
    const texts = new Map<string, string>(data.articles.map((a: { file: string }) => [a.file, readFileSync(join(SEEDS_DIR, 'articles', a.file), 'utf8')]));
    expect(() => validateSeeds(data, texts)).toThrow(/quote is not verbatim in \d{3}_\w+\.txt/);
  });
});
