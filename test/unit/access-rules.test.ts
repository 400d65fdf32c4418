import { describe, expect, it } from 'vitest';
import { ACCESS_RULES } from '../../src/auth/rules.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { ruledFieldNames } from '../../src/server/authorization.ts';

describe('the access rules', () => {
  it('cover every root field and every payload outcome of the schema (a new field needs a rule)', () => {
    const uncovered = ruledFieldNames(buildSchema()).filter((field) => !(field in ACCESS_RULES));
    expect(uncovered).toEqual([]);
  });

  it('name only fields the schema has', () => {
    const fields = new Set(ruledFieldNames(buildSchema()));
    expect(Object.keys(ACCESS_RULES).filter((field) => !fields.has(field))).toEqual([]);
  });
});
