import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HangUpDocument } from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { connectRoomCall, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, startGatewayStack } from '../helpers/gateway.ts';

const run = promisify(execFile);
const disposers = useDisposers();
const root = resolve(import.meta.dirname, '../..');
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000034';

/**
 * A consumer of the published package, as a frontend team would write it: documents, `cacheConfig` and
 * `watchCall` from `@switchboard/client`, checked by tsc against the package's own `.d.ts`.
 */
const CONSUMER = `import {
  type CallEventData,
  CallDocument,
  type CallQuery,
  cacheConfig,
  watchCall,
} from '@switchboard/client';
import { type ExecutionResult, print } from 'graphql';

// Typed, not \`any\`: an event type outside the schema's enum does not compile.
// @ts-expect-error
const notAnEventType: CallEventData['type'] = 'NOT_AN_EVENT_TYPE';
void notAnEventType;

const [url = '', callConnectionId = ''] = process.argv.slice(2);
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: print(CallDocument), variables: { callConnectionId } }),
});
const call = (await response.json()) as ExecutionResult<CallQuery>;
const events: CallEventData[] = [];
const watch = watchCall({ url, callConnectionId, onEvent: (event) => events.push(event) });
await watch.done;
console.log(
  JSON.stringify({
    id: call.data?.call?.id,
    state: call.data?.call?.state,
    cursors: events.map((event) => event.cursor),
    callKey: cacheConfig.urql.keys.Call?.({ id: callConnectionId }),
    apolloCallPolicy: typeof cacheConfig.apollo.typePolicies.Call?.keyFields,
  }),
);
`;

describe('the @switchboard/client package', () => {
  it('packs, installs into an empty project outside the workspace, type-checks, and watches a call from its dist/', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'switchboard-client-package-'));
    disposers.add(() => rm(dir, { recursive: true, force: true }));
    // `npm pack` builds dist/ first (prepack).
    await run('npm', ['pack', '--pack-destination', dir], { cwd: join(root, 'client') });
    const tarball = (await readdir(dir)).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBe('switchboard-client-0.1.0.tgz');

    const project = join(dir, 'consumer');
    await mkdir(project);
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    await run(
      'npm',
      [
        'install',
        join(dir, tarball ?? ''),
        'graphql@^16',
        '@types/node@^22',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
      ],
      { cwd: project },
    );
    await writeFile(join(project, 'consumer.ts'), CONSUMER);
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    // With every option spelled out (no tsconfig): the package's declarations must type-check too (no skipLibCheck).
    const compiled = await run(
      process.execPath,
      [
        tsc,
        ...['--strict', '--target', 'es2023', '--module', 'nodenext', '--moduleResolution', 'nodenext'],
        ...['--lib', 'es2023,dom', '--types', 'node', 'consumer.ts'],
      ],
      { cwd: project },
    ).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(compiled).toBe('');

    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectRoomCall(postTo(stack), {
      participants: [{ communicationUserId: USER, role: 'PRESENTER' }],
    });
    const { control } = stack.emulator.emulator;
    await waitFor(() => control.callbacksSettled(callConnectionId), { what: 'the connect callbacks' });
    const hungUp = await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
    expectTypename(hungUp.data?.hangUp, 'HangUpPayload');
    await waitFor(
      () =>
        control.callbacksSettled(callConnectionId) &&
        control.callbacks({ callConnectionId, type: 'CallDisconnected' }).length > 0,
      { what: 'CallDisconnected to be stored' },
    );

    const { stdout } = await run(process.execPath, ['consumer.js', stack.graphqlUrl, callConnectionId], {
      cwd: project,
      timeout: 30_000,
    });
    const stored = await stack.eventLog.readAfter(callConnectionId, null, 100);
    expect(JSON.parse(stdout)).toEqual({
      id: callConnectionId,
      state: 'DISCONNECTED',
      cursors: stored.map((event) => event.cursor),
      callKey: callConnectionId,
      apolloCallPolicy: 'function',
    });
  }, 180_000);
});
