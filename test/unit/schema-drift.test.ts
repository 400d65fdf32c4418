import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.ts';
import { printGatewaySchema } from '../../src/schema/print.ts';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../schema.graphql'), 'utf8');
    expect(committed).toBe(printGatewaySchema());
  });

  it('is built afresh by every buildSchema() call, so apps in one process share nothing', () => {
    expect(buildSchema()).not.toBe(buildSchema());
  });
});
