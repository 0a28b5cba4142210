import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { PlaceRecord } from '../../graph/model.js';
import type { Services } from '../../graph/services.js';
import { Place } from './place.type.js';

@Resolver(() => Place)
export class PlaceResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => Place, { nullable: true, description: 'The larger place it lies in (the airport in its city).' })
  within(@Root() place: PlaceRecord): Promise<Place | null> | null {
    return place.withinId === null ? null : this.services.loaders.place.load(place.withinId);
  }
}
