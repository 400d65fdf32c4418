/**
 * Summarizes a V8 CPU profile (`node --cpu-prof`): self time by category (GC, GraphQL execution, WebSocket,
 * Redis, JWT, logging, …) and the top functions by self time. `npm run bench -- --profile` prints it for the
 * profiles it took; run alone: `npx tsx bench/harness/profile-summary.ts <file.cpuprofile>`.
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Categories by where the code lives; first match wins. */
const CATEGORIES: [name: string, test: (url: string, fn: string) => boolean][] = [
  ['GC', (_url, fn) => fn === '(garbage collector)'],
  // The inspector's own dispatch (stopping the profiler and serializing the profile) is not the server's work.
  // So is `Session.post` (node:inspector): the probe's own call that stops the profiler at the window's end.
  [
    'idle',
    (url, fn) => fn === '(idle)' || fn === '(program)' || fn === 'dispatch' || url === 'node:inspector',
  ],
  [
    'socket writes',
    (_url, fn) =>
      /^(writev|writeBuffer|writeUtf8String|writeLatin1String|writeString|writeAsciiString)$/.test(fn),
  ],
  [
    'AsyncLocalStorage / promise hooks',
    (url, fn) => url.includes('async_hooks') || /^promise(Init|Before|After|Resolve)Hook$/.test(fn),
  ],
  ['microtask queue', (_url, fn) => fn === 'runMicrotasks'],
  ['crypto (JWT signature)', (url) => url.includes('internal/crypto')],
  ['node:http', (url) => url.includes('_http_')],
  ['web streams', (url) => url.includes('webstreams')],
  [
    'graphql execution',
    (url) => /node_modules\/(graphql|@graphql-tools|@envelop|graphql-yoga|@graphql-yoga|@pothos)\//.test(url),
  ],
  ['graphql-ws', (url) => url.includes('node_modules/graphql-ws/')],
  ['ws (WebSocket frames)', (url) => url.includes('node_modules/ws/')],
  ['Redis client', (url) => /node_modules\/(@redis|redis|ioredis)\//.test(url)],
  ['JWT (jose, fast-jwt)', (url) => /node_modules\/(jose|fast-jwt)\//.test(url)],
  ['logging (pino)', (url) => /node_modules\/(pino|sonic-boom|fast-redact|pino-std-serializers)\//.test(url)],
  ['Switchboard src/', (url) => url.includes('/src/')],
  ['other node_modules', (url) => url.includes('node_modules/')],
  ['Node.js internals', (url) => url.startsWith('node:') || url === ''],
];

export async function summarizeProfile(file: string, top = 15): Promise<string> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = (byId.get(id) as ProfileNode).callFrame;
    const category = CATEGORIES.find(([, test]) => test(url, functionName))?.[0] ?? 'other';
    if (category === 'idle') continue;
    busy += micros;
    categories.set(category, (categories.get(category) ?? 0) + micros);
    const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/');
    const name = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const percent = (micros: number) => `${((micros / busy) * 100).toFixed(1).padStart(5)} %`;
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return [
    `busy ${(busy / 1000).toFixed(0)} ms; by category:`,
    ...sorted(categories).map(([name, micros]) => `  ${percent(micros)}  ${name}`),
    `top ${top} functions by self time:`,
    ...sorted(functions)
      .slice(0, top)
      .map(([name, micros]) => `  ${percent(micros)}  ${name}`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/harness/profile-summary.ts <file.cpuprofile>');
  console.log(await summarizeProfile(file));
}
