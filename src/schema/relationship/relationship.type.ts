import { createHash } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EvidenceRecord } from '../../graph/model.js';
import type { RelationshipType } from '../../graph/vocabulary.js';
import { DateScalar } from '../common/date.scalar.js';
import { ListSize } from '../common/list-size.js';
import { RelationshipTypeEnum } from '../common/enums.js';
import { PageInfo } from '../common/page-info.type.js';

@ObjectType({ simpleResolvers: true, description: 'A short verbatim quote from an article that states the relationship.' })
export class Evidence {
  @Field(() => ID, { description: 'Stable, from the article and the quote: the same quote of the same article is one Evidence wherever it is cited.' })
  id!: string;

  @Field(() => String)
  quote!: string;

  @Field(() => ID)
  articleId!: string;
}

/** Evidence.id: its fields are the article's and the quote's, so they name it (normalized caches key it). */
export function evidenceId(evidence: EvidenceRecord): string {
  return createHash('sha256').update(evidence.articleId).update('\n').update(evidence.quote).digest('base64url').slice(0, 22);
}

@ObjectType({ simpleResolvers: true, description: 'Something the source actor did to, or is to, the target actor, with its dates and evidence.' })
export class Relationship {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  sourceId!: string;
  targetId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it began, at the precision the sources give.' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it ended; null while it holds (or when unknown).' })
  endDate!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { nullable: true, description: 'A count the sources give: 100 instructors, about 1,000 soldiers.' })
  quantity!: number | null;

  @Field(() => String, { nullable: true, description: 'How a relative date ("on Wednesday") was resolved.' })
  dateBasis!: string | null;

  @Field(() => [Evidence])
  @ListSize((_args, sizes) => sizes.evidence)
  evidence!: EvidenceRecord[];
}

@ObjectType({ simpleResolvers: true })
export class RelationshipEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Relationship)
  node!: Relationship;
}

@ObjectType({ simpleResolvers: true, description: 'A page of relationships (Relay connection), in date order, undated last.' })
export class RelationshipConnection {
  @Field(() => [RelationshipEdge])
  edges!: RelationshipEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
