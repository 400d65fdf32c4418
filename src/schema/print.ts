import { printSchema } from 'graphql';
import { buildSchema } from './index.ts';

/** The SDL committed as `schema.graphql`: the sorted schema, printed, with a trailing newline. */
export function printGatewaySchema(): string {
  return `${printSchema(buildSchema())}\n`;
}
