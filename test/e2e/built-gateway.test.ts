import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AddParticipantDocument,
  CallEventsDocument,
  CreateRoomDocument,
  HangUpDocument,
  RemoveParticipantDocument,
  SendDtmfTonesDocument,
} from '../gql/graphql.ts';
import { waitFor, within } from '../helpers/async.ts';
import { CORE_FLOW, CORE_FLOW_ROOM, connectRoomCall, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, gatewayClient } from '../helpers/gateway.ts';
import {
  ROOT,
  runNpmScript,
  spawnProcess,
  startEmulatorProcess,
  startGatewayProcess,
} from '../helpers/processes.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';

const disposers = useDisposers();
const { phone: PHONE, callerId: CALLER_ID } = CORE_FLOW;

/** The Dockerfile's commands and build-stage sources, read from it so the test runs exactly what the image runs. */
function dockerfileCommands() {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const runs = [...dockerfile.matchAll(/^RUN (.+)$/gm)].map((match) => match[1]);
  const cmd = JSON.parse(/^CMD (\[.+\])$/m.exec(dockerfile)?.[1] ?? '[]') as string[];
  const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((match) =>
    (match[1] ?? '').split(' '),
  );
  return { runs, cmd, copied };
}

/**
 * A build context like the image's: only what the Dockerfile copies, in a fresh directory (so concurrent
 * test runs never share a dist/), with the installed node_modules linked in place of `npm ci`.
 */
function buildContext(): string {
  const context = mkdtempSync(join(tmpdir(), 'switchboard-build-'));
  disposers.add(() => rmSync(context, { recursive: true, force: true }));
  for (const path of dockerfileCommands().copied)
    cpSync(join(ROOT, path), join(context, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(context, 'node_modules'), 'dir');
  return context;
}

describe('the built gateway (npm run build, node dist/src/main.js)', () => {
  it('runs the commands of the Dockerfile: build with npm, start the same command as start:prod', () => {
    const { runs, cmd } = dockerfileCommands();
    expect(runs).toEqual(['npm ci', 'npm run build', 'npm ci --omit=dev && npm cache clean --force']);
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<
      string,
      string
    >;
    expect(cmd.join(' ')).toBe(scripts['start:prod']);
  });

  it('passes the core flow in production mode against a separate emulator process, exits 0 on SIGTERM, is production without NODE_ENV, and loads the built emulator in development', {
    timeout: 300_000,
  }, async () => {
    const context = buildContext();
    await runNpmScript('build', 240_000, context);
    const emulator = await startEmulatorProcess(disposers);
    const production = {
      NODE_ENV: 'production',
      // Client auth in production is the security tests' subject; this one is about the build and the core flow.
      AUTH_MODE: 'none',
      // The test's documents are not the client's; `allow` still loads the manifest the build ships.
      TRUSTED_DOCUMENTS: 'allow',
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: 'http://127.0.0.1:0',
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: uniqueKeyPrefix('built'),
      ...emulator.env,
    };
    const gateway = await startGatewayProcess(disposers, dockerfileCommands().cmd, production, context);
    expect(gateway.output()).toContain('"environment":"production"');
    expect(gateway.output()).not.toContain('embedded emulator');
    const client = gatewayClient(disposers, gateway.url);
    const emulatorCall = async (callConnectionId: string) =>
      (await (await fetch(`${emulator.url}/emulator/calls/${callConnectionId}`)).json()) as {
        state: string;
        participants: { identifier: { rawId: string } }[];
      };

    const { callConnectionId } = await connectRoomCall(postTo(client), CORE_FLOW_ROOM);

    const events = client.subscribe(CallEventsDocument, { callConnectionId });
    const sawEvent = (type: string, operationContext?: string | null) =>
      waitFor(
        () =>
          events.results.some(
            (r) =>
              r.data?.callEvents.type === type &&
              (operationContext == null || r.data.callEvents.operationContext === operationContext),
          ),
        { timeoutMs: 15_000, what: type },
      );
    await sawEvent('CALL_CONNECTED');

    const added = await client.graphql(AddParticipantDocument, {
      input: { callConnectionId, participant: { phoneNumber: PHONE }, sourceCallerIdNumber: CALLER_ID },
    });
    await sawEvent(
      'ADD_PARTICIPANT_SUCCEEDED',
      expectTypename(added.data?.addParticipant, 'AddParticipantPayload').operationContext,
    );

    const dtmf = await client.graphql(SendDtmfTonesDocument, {
      input: { callConnectionId, tones: ['ONE', 'TWO', 'POUND'], target: { phoneNumber: PHONE } },
    });
    await sawEvent(
      'SEND_DTMF_TONES_COMPLETED',
      expectTypename(dtmf.data?.sendDtmfTones, 'SendDtmfTonesPayload').operationContext,
    );

    const removed = await client.graphql(RemoveParticipantDocument, {
      input: { callConnectionId, participant: { phoneNumber: PHONE } },
    });
    expectTypename(removed.data?.removeParticipant, 'RemoveParticipantPayload');
    await waitFor(
      async () =>
        !(await emulatorCall(callConnectionId)).participants.some((p) => p.identifier.rawId === `4:${PHONE}`),
      { timeoutMs: 15_000, what: 'the phone participant to leave the emulated call' },
    );

    const hungUp = await client.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
    expectTypename(hungUp.data?.hangUp, 'HangUpPayload');
    await sawEvent('CALL_DISCONNECTED');
    expect((await emulatorCall(callConnectionId)).state).toBe('ended');

    gateway.child.kill('SIGTERM');
    expect(await within(gateway.exited, 20_000, 'the gateway to exit')).toBe(0);

    // Without NODE_ENV the built artifact is production: it refuses to start without ACS settings.
    const unset = spawnProcess(
      disposers,
      dockerfileCommands().cmd,
      { PORT: '0', EMULATOR_PORT: '0' },
      context,
    );
    expect(await within(unset.exited, 20_000, 'the gateway without NODE_ENV to exit')).toBe(1);
    expect(unset.output()).toContain('required in production');
    expect(unset.output()).not.toContain('embedded emulator');

    // Development, said explicitly, without settings: the built gateway loads the built emulator (dist/emulator).
    const development = await startGatewayProcess(
      disposers,
      dockerfileCommands().cmd,
      { NODE_ENV: 'development', PORT: '0', EMULATOR_PORT: '0' },
      context,
    );
    expect(development.output()).toContain('DEVELOPMENT ONLY: no ACS_CONNECTION_STRING or ACS_ENDPOINT');
    const local = await gatewayClient(disposers, development.url).graphql(CreateRoomDocument, { input: {} });
    expectTypename(local.data?.createRoom, 'CreateRoomPayload');
    development.child.kill('SIGTERM');
    expect(await within(development.exited, 20_000, 'the development gateway to exit')).toBe(0);
  });
});
