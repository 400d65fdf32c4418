import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerCallDocument, IncomingCallsDocument } from '../gql/graphql.ts';
import { createDeferred, waitFor, within } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { gatewayClient } from '../helpers/gateway.ts';

const disposers = useDisposers();
const root = resolve(import.meta.dirname, '../..');

/** Runs `src/main.ts` as `npm start` does (tsx), collecting its output. */
function start(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = createDeferred<number | null>();
  child.once('exit', (code) => exited.resolve(code));
  disposers.add(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  let output = '';
  const graphiql = createDeferred<string>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    const match = /"graphiql":"([^"]+)"/.exec(output);
    if (match?.[1]) graphiql.resolve(match[1]);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return { child, exited: exited.promise, graphiql: graphiql.promise, output: () => output };
}

describe('npm start (src/main.ts)', () => {
  it('starts the embedded emulator without ACS settings, serves GraphiQL and stops cleanly on SIGTERM', async () => {
    const run = start({ PORT: '0', EMULATOR_PORT: '0', LOG_LEVEL: 'info' });
    const graphiqlUrl = await within(run.graphiql, 20_000, 'the GraphiQL URL in the logs');
    expect(run.output()).toMatch(
      /"level":"warn",.*DEVELOPMENT ONLY: no ACS_CONNECTION_STRING or ACS_ENDPOINT, so ACS is the embedded emulator at http:\/\/127\.0\.0\.1:/,
    );
    const page = await fetch(graphiqlUrl, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    // Read to the end: a response still being written is a request in flight, which the drain waits for.
    expect(await page.text()).toContain('Switchboard');
    const created = await fetch(graphiqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { createRoom(input: {}) { __typename } }' }),
    });
    expect(await created.json()).toEqual({ data: { createRoom: { __typename: 'CreateRoomPayload' } } });
    run.child.kill('SIGTERM');
    expect(await within(run.exited, 10_000, 'the process to exit')).toBe(0);
  });

  it('delivers a call ringing the embedded emulator on incomingCalls, and answers it', async () => {
    const run = start({ PORT: '0', EMULATOR_PORT: '0', LOG_LEVEL: 'info' });
    const graphqlUrl = await within(run.graphiql, 20_000, 'the GraphiQL URL in the logs');
    const ringUrlOf = () => /Incoming calls: POST (\S+)/.exec(run.output())?.[1];
    const ringUrl = await waitFor(ringUrlOf, {
      timeoutMs: 20_000,
      what: 'the incoming-calls URL in the logs',
    });
    const gateway = gatewayClient(disposers, graphqlUrl.replace(/\/graphql$/, ''));
    const desk = gateway.subscribe(IncomingCallsDocument, {});
    // Subscribed once the subscription's first (empty) replay is done: ring until the desk hears it.
    await waitFor(
      async () => {
        if (desk.results.length > 0) return true;
        await fetch(ringUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ from: '+14255550123', to: '+18005550100' }),
        });
        return false;
      },
      { timeoutMs: 10_000, intervalMs: 200, what: 'an IncomingCall on the subscription' },
    );
    const context = desk.results[0]?.data?.incomingCalls.incomingCallContext ?? '';
    const answered = await gateway.graphql(AnswerCallDocument, { input: { incomingCallContext: context } });
    expect(answered.data?.answerCall.__typename).toBe('AnswerCallPayload');
    desk.unsubscribe();
    run.child.kill('SIGTERM');
    expect(await within(run.exited, 10_000, 'the process to exit')).toBe(0);
  });

  it('exits 1 in production without ACS settings, naming them', async () => {
    const run = start({ NODE_ENV: 'production', PORT: '0', REDIS_URL: 'redis://127.0.0.1:1' });
    expect(await within(run.exited, 20_000, 'the process to exit')).toBe(1);
    expect(run.output()).toContain(
      'ACS_CONNECTION_STRING or ACS_ENDPOINT (with ACS_RESOURCE_ID): required in production',
    );
    expect(run.output()).not.toContain('emulator at');
  });

  it('exits 1 in production on a misspelt setting, naming the real one', async () => {
    const run = start({
      NODE_ENV: 'production',
      PORT: '0',
      EVENT_LOG: 'memory',
      ACS_CONECTION_STRING: 'endpoint=https://contoso.communication.azure.com/;accesskey=c2VjcmV0',
    });
    expect(await within(run.exited, 20_000, 'the process to exit')).toBe(1);
    expect(run.output()).toContain(
      'ACS_CONECTION_STRING: not a setting; did you mean ACS_CONNECTION_STRING?',
    );
  });

  it('prints every configuration problem and exits with 1', async () => {
    const run = start({ PORT: 'x', REDIS_URL: 'http://nope' });
    expect(await within(run.exited, 20_000, 'the process to exit')).toBe(1);
    expect(run.output()).toContain('Invalid configuration');
    expect(run.output()).toContain('PORT');
  });

  it('refuses to start in production without client auth settings, naming them, with exit code 1', async () => {
    const run = start({ NODE_ENV: 'production', PORT: '0', EMULATOR_PORT: '0' });
    expect(await within(run.exited, 20_000, 'the process to exit')).toBe(1);
    for (const name of ['AUTH_JWKS_URL or AUTH_JWT_SECRET', 'AUTH_ISSUER', 'AUTH_AUDIENCE']) {
      expect(run.output()).toContain(name);
    }
  });
});
