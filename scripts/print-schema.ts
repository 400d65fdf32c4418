/**
 * Writes the schema built by `buildSchema()` as SDL to `schema.graphql` (`npm run schema`), or to the path
 * given as the first argument, or to stdout with `-`.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { printGatewaySchema } from '../src/schema/print.ts';

const target = process.argv[2] ?? 'schema.graphql';
const sdl = printGatewaySchema();
if (target === '-') process.stdout.write(sdl);
else await writeFile(resolve(target), sdl);
