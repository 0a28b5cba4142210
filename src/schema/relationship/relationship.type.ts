import { createHash } from 'node:crypto';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { AmountRecord, EvidenceRecord, Standing } from '../../graph/model.js';
import type { Certainty, Modality, QuantityQualifier, RelationshipKind, RelationshipType } from '../../graph/vocabulary.js';
import { DateScalar } from '../common/date.scalar.js';
import { ListSize } from '../common/list-size.js';
import {
  CertaintyEnum,
  ModalityEnum,
  QuantityQualifierEnum,
  RelationshipKindEnum,
  RelationshipTypeEnum,
  StandingEnum,
} from '../common/enums.js';
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

@ObjectType({ simpleResolvers: true, description: 'A figure as the sources give it: about 1,000 soldiers, 100 instructors.' })
export class Quantity {
  @Field(() => Float)
  value!: number;

  @Field(() => String, { description: 'What was counted: "soldiers", "cargo flights".' })
  unit!: string;

  @Field(() => QuantityQualifierEnum, { nullable: true, description: 'The hedge; null when the writer did not say.' })
  qualifier!: QuantityQualifier | null;
}

@ObjectType({ simpleResolvers: true, description: 'Something the source actor did to, or is to, the target actor, with its dates and evidence.' })
export class Relationship {
  @Field(() => ID)
  id!: string;

  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => RelationshipKindEnum, { description: "EVENT or STATE: the type's default unless the sources say otherwise." })
  kind!: RelationshipKind;

  @Field(() => ModalityEnum, { description: 'ACTUAL, or only AGREED, INTENDED, ...: an agreement to withdraw is not a withdrawal.' })
  modality!: Modality;

  @Field(() => CertaintyEnum, { description: 'The strongest support any of the articles gives it.' })
  certainty!: Certainty;

  sourceId!: string;
  targetId!: string;
  reportedByIds!: string[];
  placeId!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it began, at the precision the sources give.' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it ended; null while it holds (or when unknown).' })
  endDate!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'With an unknown start: the earliest date the sources place it at (the curator\'s lower bound), if any.',
  })
  notBefore!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Quantity, { nullable: true, description: 'A figure the sources give, with its unit and hedge.' })
  amount!: AmountRecord | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The figure alone, rounded.',
    deprecationReason: 'Use amount: a bare number says neither what was counted nor how exactly.',
  })
  quantity!: number | null;

  @Field(() => String, { nullable: true, description: 'How a relative date ("on Wednesday") was resolved.' })
  dateBasis!: string | null;

  @Field(() => StandingEnum, {
    nullable: true,
    description: 'How it stands on the asOf date the query gave (HOLDS, HAPPENED or UNCERTAIN); null without one.',
  })
  standing!: Standing | null;

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
