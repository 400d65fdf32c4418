/**
 * Fails (exit 1) when a committed generated file differs from what the sources generate now:
 * `schema.graphql` (from `buildSchema()`) and what `codegen.ts` generates (`test/gql/`, `client/src/gql/`,
 * `client/src/possible-types.ts`, `client/src/introspection.ts`).
 * Generates in memory: nothing in the working tree is written, so it is safe in CI on a clean clone.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import codegenConfig from '../codegen.ts';
import { printGatewaySchema } from '../src/schema/print.ts';

const root = resolve(import.meta.dirname, '..');
const problems: string[] = [];

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

if ((await readOrNull(join(root, 'schema.graphql'))) !== printGatewaySchema()) {
  problems.push('schema.graphql is out of date: run `npm run schema`');
}

const outputs = (await generate({ ...codegenConfig, cwd: root, silent: true }, false)) as {
  filename: string;
  content: string;
}[];
const expected = new Map(outputs.map((o) => [relative(root, resolve(root, o.filename)), o.content]));
for (const [file, content] of expected) {
  if ((await readOrNull(join(root, file))) !== content)
    problems.push(`${file} is out of date: run \`npm run codegen\``);
}
for (const dir of ['test/gql', 'client/src/gql']) {
  for (const file of await readdir(join(root, dir))) {
    const path = join(dir, file);
    if (!expected.has(path)) problems.push(`${path} is not generated any more: delete it`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('schema.graphql, test/gql and the generated client files are up to date');
