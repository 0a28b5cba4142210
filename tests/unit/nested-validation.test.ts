// class-validator checks a nested object only when the property that holds it says
// @ValidateNested(); without it, an input object inside an argument (actors(filter: {...})) is
// never checked and its bounds are decoration. This walks every input and args class of the
// schema and fails on any field holding an input object that is not validated.
import { getMetadataStorage as validatorMetadata, ValidationTypes } from 'class-validator';
import { getMetadataStorage as schemaMetadata } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../src/schema/build-schema.js';

describe('nested inputs', () => {
  it('every field that holds an input object is validated with @ValidateNested', async () => {
    await buildGraphQLSchema();
    const storage = schemaMetadata();
    const inputClasses = new Set<unknown>(storage.inputTypes.map((t) => t.target));
    const holders = new Set<unknown>([...inputClasses, ...storage.argumentTypes.map((t) => t.target)]);

    const nested = storage.fields.filter((f) => holders.has(f.target) && inputClasses.has(f.getType()));
    const unvalidated = nested
      .filter((f) => {
        const rules = validatorMetadata().getTargetValidationMetadatas(f.target, '', true, false);
        return !rules.some((r) => r.propertyName === f.name && r.type === ValidationTypes.NESTED_VALIDATION);
      })
      .map((f) => `${f.target.name}.${f.name}`);

    // The walk found the nested inputs there are (so it can fail), and all of them are covered.
    expect(nested.map((f) => `${f.target.name}.${f.name}`)).toEqual(
      expect.arrayContaining(['ActorsArgs.filter', 'RelationshipsArgs.filter', 'RelationshipInput.evidence', 'GraphImportInput.actors']),
    );
    expect(unvalidated).toEqual([]);
  });
});
