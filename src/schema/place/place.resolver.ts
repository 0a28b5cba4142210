import { Arg, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { PlaceRecord } from '../../graph/model.js';
import type { Services } from '../../graph/services.js';
import { ListSize } from '../common/list-size.js';
import { Place } from './place.type.js';

@Resolver(() => Place)
export class PlaceResolver {
  constructor(private readonly services: Services) {}

  @Query(() => [Place], { description: 'Every place the articles name, by name.' })
  @ListSize((_args, sizes) => sizes.places)
  places(): Promise<Place[]> {
    return this.services.places.all();
  }

  @Query(() => Place, { nullable: true, description: 'One place by id, or null.' })
  place(@Arg('id', () => ID) id: string): Promise<Place | null> {
    return this.services.loaders.place.load(id);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'The larger place it lies in (the airport in its city).' })
  within(@Root() place: PlaceRecord): Promise<Place | null> | null {
    return place.withinId === null ? null : this.services.loaders.place.load(place.withinId);
  }
}
