// Places where relationships happened: look-up by id (batched for the loaders) and the list.
import type { GraphExecutor } from './executor.js';
import { placeProjection, type PlaceRecord } from './model.js';

const ALL = `
MATCH (p:Place)
RETURN ${placeProjection('p')} AS place
ORDER BY p.name, p.id`;

const BY_IDS = `
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN ${placeProjection('p')} AS place`;

export class PlaceService {
  constructor(private readonly db: GraphExecutor) {}

  async all(): Promise<PlaceRecord[]> {
    return (await this.db.read<{ place: PlaceRecord }>(ALL, {})).map((r) => r.place);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, PlaceRecord>> {
    const rows = await this.db.read<{ place: PlaceRecord }>(BY_IDS, { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => [r.place.id, r.place]));
  }
}
