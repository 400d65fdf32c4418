import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallEvent } from '../../src/domain/call-event.ts';
import { waitFor } from '../helpers/async.ts';
import { CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const root = resolve(import.meta.dirname, '../..');
const artifacts = resolve(root, 'test-artifacts');
/** Debian's chromium (`.ci/run` installs it); playwright-core never downloads a browser of its own. */
const CHROMIUM = '/usr/bin/chromium';
const PHONE = '+14255550123';
const EVENTGRID_SECRET = 'console-event-grid-secret';
/** Text-to-speech needs a Cognitive Services endpoint on connect (ACS fails the play with 8565 without one). */
const COGNITIVE = {
  ACS_COGNITIVE_SERVICES_ENDPOINT: 'https://switchboard-test.cognitiveservices.azure.com/',
};

/**
 * Where the gateways of this file build the console, as `npm start` does in console/dist: empty at first (no
 * prebuilt console), so the first page load builds it from the sources and later stacks find it up to date.
 */
let consoleDir = '';
beforeAll(async () => {
  consoleDir = join(await mkdtemp(join(tmpdir(), 'switchboard-console-')), 'dist');
});
afterAll(async () => {
  if (consoleDir) await rm(resolve(consoleDir, '..'), { recursive: true, force: true });
});

/** A gateway serving the console the way `npm start` does, with recording files announced over Event Grid. */
async function startConsoleStack(env: Record<string, string> = {}): Promise<GatewayStack> {
  const stack = await startGatewayStack(disposers, {
    console: { dir: consoleDir, build: true },
    env: { EVENTGRID_SECRET, ...env },
  });
  await stack.emulator.emulator.control.subscribeEventGrid(
    `${stack.url}/api/eventgrid?secret=${encodeURIComponent(EVENTGRID_SECRET)}`,
  );
  return stack;
}

async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  disposers.add(() => browser.close());
  return browser;
}

/** The rows of the timeline, in order, by cursor. */
async function timelineCursors(page: Page): Promise<string[]> {
  return page
    .getByTestId('timeline')
    .locator('tr')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.cursor ?? ''));
}

/** The call's stored log up to and including CallDisconnected (what the console's watch delivers). */
async function storedThroughDisconnect(stack: GatewayStack, callConnectionId: string): Promise<CallEvent[]> {
  const stored = await stack.eventLog.readAfter(callConnectionId, null, 500);
  const end = stored.findIndex((e) => e.kind === 'CallDisconnected');
  return end === -1 ? stored : stored.slice(0, end + 1);
}

/** The action log's rows for one action label (newest first). */
function actionRows(page: Page, label: string) {
  return page
    .getByTestId('actions')
    .locator('li')
    .filter({ has: page.locator('.label', { hasText: new RegExp(`^${label}$`) }) });
}

async function createRoomAndConnect(page: Page, options: { transcript?: boolean } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Create room' }).click();
  const room = page.locator('[data-room-id]').first();
  await room.waitFor();
  if (options.transcript === false) await page.getByLabel('Connect with a live transcript').uncheck();
  await room.getByRole('button', { name: 'Connect' }).click();
  // connectRoomCall answers with its outcome (CallConnected); the console then follows the call.
  await actionRows(page, 'Connect').and(page.locator('[data-state="accepted"]')).first().waitFor();
  await page.getByTestId('timeline').locator('tr[data-type="CALL_CONNECTED"]').waitFor();
}

describe('the console served the way npm start serves it (built from its sources, no build run by hand)', () => {
  it('builds the console on the first page load when no build exists, and finds it up to date afterwards', async () => {
    const stack = await startConsoleStack();

    const page = await fetch(`${stack.url}/console/`);
    const again = await startConsoleStack();
    const pageAgain = await fetch(`${again.url}/console/`);

    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<script type="module" crossorigin src="\/console\/assets\/index-[\w-]+\.js">/);
    expect(await readdir(consoleDir)).toContain('index.html');
    expect(pageAgain.status).toBe(200);
    expect(await pageAgain.text()).toBe(html);
    expect(stack.logs.filter((line) => line.includes('console: built in'))).toHaveLength(1);
    expect(again.logs.filter((line) => line.includes('console: built in'))).toEqual([]);
  }, 180_000);

  it('drives a call (create, connect, dial, DTMF, transcript, recording, hang up) and every pane matches the stored log', async () => {
    const stack = await startConsoleStack();
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await mkdir(artifacts, { recursive: true });

    await page.goto(`${stack.url}/console/`);
    await createRoomAndConnect(page);
    const timeline = page.getByTestId('timeline');
    const callConnectionId = (await page.getByTestId('call-id').textContent()) ?? '';

    // Dial a phone; it joins as a PSTN participant and becomes the target of DTMF, speech and hold.
    await page.getByRole('button', { name: 'Dial' }).click();
    await page.getByRole('radio', { name: `4:${PHONE}` }).check();
    for (const key of ['1', '2', '#']) {
      await page
        .getByRole('group', { name: 'DTMF keypad' })
        .getByRole('button', { name: key, exact: true })
        .click();
    }
    await page.getByRole('button', { name: 'Send tones' }).click();
    await timeline.locator('tr[data-type="SEND_DTMF_TONES_COMPLETED"]').waitFor();

    // The phone speaks: an intermediate line, then its final one in its place.
    await timeline.locator('tr[data-type="TRANSCRIPTION_STARTED"]').waitFor();
    await page.getByLabel('What the selected participant says').fill('I would like to check my order please');
    await page.getByRole('button', { name: 'The selected participant says it' }).click();
    const transcript = page.getByTestId('transcript');
    await transcript.locator('li[data-final="true"]').waitFor();

    await page.getByRole('button', { name: 'Hold', exact: true }).click();
    const phone = page.getByTestId('participants').locator(`li[data-raw-id="4:${PHONE}"]`);
    await phone.getByText('on hold').waitFor();

    // Record, stop: ACS announces the file (Event Grid), the pane lists it to play, download and delete.
    await page.getByRole('button', { name: 'Start recording' }).click();
    await timeline.locator('tr[data-type="RECORDING_STATE_CHANGED"]').first().waitFor();
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    const files = page.getByTestId('recording-files');
    await files.locator('li').first().waitFor();
    await page.screenshot({ path: resolve(artifacts, 'console-call.png'), fullPage: true });

    const download = (await files.getByRole('link', { name: 'Download' }).getAttribute('href')) ?? '';
    const audio = (await files.locator('audio').getAttribute('src')) ?? '';
    expect(audio).toBe(download);
    const wav = Buffer.from(await (await fetch(download)).arrayBuffer());
    expect(wav.subarray(0, 4).toString('ascii')).toBe('RIFF');
    await files.getByRole('button', { name: 'Delete' }).click();
    await files.locator('li[data-deleted="true"]').waitFor();
    expect((await fetch(download)).status).toBe(404);

    // The inspector shows the whole event of the row clicked.
    const finalLine = (await stack.eventLog.readAfter(callConnectionId, null, 500)).find(
      (e) => e.kind === 'TranscriptionData' && e.resultStatus === 'final',
    );
    await timeline.locator(`tr[data-cursor="${finalLine?.cursor}"]`).getByRole('button').click();
    const inspected = JSON.parse((await page.getByTestId('event-json').textContent()) ?? '{}');
    await page.screenshot({ path: resolve(artifacts, 'console-inspector.png'), fullPage: true });

    await page.getByRole('button', { name: 'Hang up for everyone' }).click();
    await page.getByTestId('call-state').getByText('ENDED').waitFor();
    await page.screenshot({ path: resolve(artifacts, 'console-ended.png'), fullPage: true });

    const stored = await storedThroughDisconnect(stack, callConnectionId);
    expect(await timelineCursors(page)).toEqual(stored.map((e) => e.cursor));
    for (const kind of [
      'CallConnected',
      'AddParticipantSucceeded',
      'SendDtmfTonesCompleted',
      'CallDisconnected',
    ])
      expect(stored.map((e) => e.kind)).toContain(kind);

    // Transcript: one line per utterance, the final text, by speaker.
    const lines = stored.filter((e) => e.kind === 'TranscriptionData');
    expect(lines.map((e) => e.resultStatus)).toEqual(['intermediate', 'final']);
    expect(
      await transcript
        .locator('li')
        .evaluateAll((items) =>
          items.map((li) => [
            li.querySelector('.speaker')?.textContent,
            li.querySelector('.text')?.textContent,
          ]),
        ),
    ).toEqual(
      lines
        .filter((e) => e.resultStatus === 'final')
        .map((e) => [e.participant?.kind === 'phoneNumber' ? e.participant.phoneNumber : '', e.text]),
    );

    // Recording files: the chunks ACS announced, each downloadable from the gateway.
    const announced = stored.flatMap((e) => (e.kind === 'RecordingFileReady' ? e.chunks : []));
    expect(announced).toHaveLength(1);
    expect(new URL(download).pathname).toBe('/api/recordings/content');
    expect(new URL(download).searchParams.get('contentLocation')).toBe(announced[0]?.contentLocation);

    // Participant state: the phone is PSTN and on hold, as the last ParticipantsUpdated says.
    const last = stored.filter((e) => e.kind === 'ParticipantsUpdated').at(-1);
    const storedPhone = last?.kind === 'ParticipantsUpdated' ? last.participants : [];
    expect(storedPhone.find((p) => p.identifier.rawId === `4:${PHONE}`)).toMatchObject({ isOnHold: true });
    expect(await phone.getByTestId('participant-kind').textContent()).toBe('PSTN');

    // Inspector: the whole event as the gateway delivered it.
    expect(inspected).toMatchObject({
      __typename: 'TranscriptionData',
      cursor: finalLine?.cursor,
      id: finalLine?.id,
      text: finalLine?.kind === 'TranscriptionData' ? finalLine.text : null,
      resultStatus: 'FINAL',
      participant: { rawId: `4:${PHONE}` },
    });

    // Event names are coloured by success or failure; each action shows the event that ended it.
    expect(
      await timeline.locator('tr[data-type="ADD_PARTICIPANT_SUCCEEDED"] .event-name').getAttribute('class'),
    ).toContain('success');
    expect(await actionRows(page, 'Dial').getAttribute('data-outcome')).toBe('AddParticipantSucceeded');
    expect(await actionRows(page, 'Send DTMF').getAttribute('data-outcome')).toBe('SendDtmfTonesCompleted');
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("shows an action pending while its outcome is awaited, then the event its payload's outcome names", async () => {
    const stack = await startConsoleStack();
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

    await page.goto(`${stack.url}/console/`);
    await createRoomAndConnect(page);
    const callConnectionId = (await page.getByTestId('call-id').textContent()) ?? '';
    const timeline = page.getByTestId('timeline');
    await page.getByRole('button', { name: 'Dial' }).click();
    await page.getByRole('radio', { name: `4:${PHONE}` }).check();
    await page.getByRole('button', { name: /Recognize DTMF/ }).click();

    // recognizeDtmf answers once a key ends the recognition: until the phone presses one, the action is pending.
    const recognize = actionRows(page, 'Recognize DTMF');
    await recognize.getByText('awaiting outcome…').waitFor();
    await waitFor(
      () =>
        stack.emulator.emulator.control
          .call(callConnectionId)
          .connections.some((c) => c.mediaOperations.some((o) => o.kind === 'recognize' && o.running)),
      { what: 'the recognition to run in the emulator' },
    );
    expect(await recognize.getAttribute('data-state')).toBe('running');
    await page.screenshot({ path: resolve(artifacts, 'console-outcome-pending.png'), fullPage: true });
    await page.getByRole('button', { name: 'Press keys on the selected phone' }).click();

    const badge = recognize.getByTestId('outcome');
    await badge.getByText('RecognizeCompleted').waitFor();
    expect(await badge.getAttribute('class')).toContain('success');
    expect(await timeline.locator('tr[data-type="RECOGNIZE_COMPLETED"]').textContent()).toContain('ONE');
  }, 180_000);

  it("badges Play with the PlayCompleted its playMedia payload's outcome returned", async () => {
    const stack = await startConsoleStack(COGNITIVE);
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const outcomes: unknown[] = [];
    page.on('response', async (response) => {
      if (!response.request().postData()?.includes('PlayMediaAndWait')) return;
      const body: { data?: { playMedia?: { outcome?: unknown } } } = await response.json();
      outcomes.push(body.data?.playMedia?.outcome);
    });
    await mkdir(artifacts, { recursive: true });

    await page.goto(`${stack.url}/console/`);
    await createRoomAndConnect(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();

    const play = actionRows(page, 'Play');
    await play.and(page.locator('[data-state="accepted"]')).waitFor();
    await waitFor(() => outcomes.length > 0, { what: 'the playMedia response to be read' });
    expect(outcomes).toEqual([expect.objectContaining({ __typename: 'PlayCompleted' })]);
    expect(await play.getByTestId('outcome').textContent()).toBe('PlayCompleted');
    expect(await play.getByTestId('outcome').getAttribute('class')).toContain('success');
    await page.screenshot({ path: resolve(artifacts, 'console-outcome.png'), fullPage: true });
  }, 180_000);

  it('badges Play with PlayFailed, coloured as a failure, when ACS failed the play', async () => {
    const stack = await startConsoleStack();
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

    await page.goto(`${stack.url}/console/`);
    await createRoomAndConnect(page, { transcript: false });
    await page.getByRole('button', { name: 'Play', exact: true }).click();

    const badge = actionRows(page, 'Play').getByTestId('outcome');
    await badge.getByText('PlayFailed').waitFor();
    expect(await badge.getAttribute('class')).toContain('failure');
  }, 180_000);

  it('says how to build the console when its directory holds no build and nothing builds it', async () => {
    const stack = await startGatewayStack(disposers, {
      console: { dir: resolve(root, 'console/no-such-dist') },
    });

    const response = await fetch(`${stack.url}/console/`);

    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:console');
  });
});

describe('calls beyond the room in the console', () => {
  it('lists a call ringing the resource, answers it from the panel and follows it to CallConnected', async () => {
    const stack = await startConsoleStack();
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await mkdir(artifacts, { recursive: true });

    await page.goto(`${stack.url}/console/`);
    await page.getByRole('button', { name: 'Make a call ring' }).click();
    const ringing = page.getByTestId('incoming-calls').locator(`li[data-from="4:${PHONE}"]`);
    await ringing.and(page.locator('[data-state="ringing"]')).waitFor();
    expect(await ringing.textContent()).toMatch(/Ada Lovelace.*\+14255550123 → \+18005550100.*\d+ s left/);
    await page.screenshot({ path: resolve(artifacts, 'console-incoming-ringing.png'), fullPage: true });

    await ringing.getByRole('button', { name: 'Answer' }).click();
    await page.getByTestId('timeline').locator('tr[data-type="CALL_CONNECTED"]').waitFor();
    await ringing.and(page.locator('[data-state="answered"]')).getByText('answered here').waitFor();

    const callConnectionId = (await page.getByTestId('call-id').textContent()) ?? '';
    const [answered] = stack.emulator.emulator.control.incomingCalls();
    expect(answered?.state).toBe('answered');
    expect(stack.emulator.emulator.control.call(callConnectionId).serverCallId).toBe(answered?.serverCallId);
    const answer = actionRows(page, 'Answer');
    expect(await answer.getAttribute('data-outcome')).toBe('CallConnected');
    await page.getByTestId('participants').locator(`li[data-raw-id="4:${PHONE}"]`).waitFor();
    await page.screenshot({ path: resolve(artifacts, 'console-incoming-answered.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('marks a ringing call taken in every other console once one console answered it', async () => {
    const stack = await startConsoleStack();
    const browser = await launchChromium();
    const desk = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const other = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await desk.goto(`${stack.url}/console/`);
    await other.goto(`${stack.url}/console/`);

    await desk.getByRole('button', { name: 'Make a call ring' }).click();
    const ringingElsewhere = other.getByTestId('incoming-calls').locator('li[data-state="ringing"]');
    await ringingElsewhere.waitFor();
    await desk.getByTestId('incoming-calls').getByRole('button', { name: 'Answer' }).click();

    const taken = other.getByTestId('incoming-calls').locator('li[data-state="answered"]');
    await taken.getByText('taken elsewhere').waitFor();
    expect(await taken.getByRole('button').count()).toBe(0);
  }, 180_000);

  it('rejects a ringing call from the panel, which then shows it rejected', async () => {
    const stack = await startConsoleStack();
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

    await page.goto(`${stack.url}/console/`);
    await page.getByRole('button', { name: 'Make a call ring' }).click();
    const incoming = page.getByTestId('incoming-calls');
    await incoming.getByRole('button', { name: 'Reject' }).click();

    await incoming.locator('li[data-state="ended"]').getByText('rejected').waitFor();
    await waitFor(() => stack.emulator.emulator.control.incomingCalls()[0]?.state === 'rejected', {
      what: 'the emulator to see the call rejected',
    });
  }, 180_000);

  it('calls a phone, follows the call to CallConnected and transfers it to another phone', async () => {
    const stack = await startConsoleStack();
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    await mkdir(artifacts, { recursive: true });

    await page.goto(`${stack.url}/console/`);
    await page.getByRole('button', { name: 'Call a phone' }).click();
    const timeline = page.getByTestId('timeline');
    await timeline.locator('tr[data-type="CALL_CONNECTED"]').waitFor();
    expect(await actionRows(page, 'Call a phone').getAttribute('data-outcome')).toBe('CallConnected');
    await page.getByTestId('participants').locator(`li[data-raw-id="4:${PHONE}"]`).waitFor();
    await page.screenshot({ path: resolve(artifacts, 'console-call-a-phone.png'), fullPage: true });

    await page.getByRole('button', { name: 'Transfer', exact: true }).click();
    await timeline.locator('tr[data-type="CALL_TRANSFER_ACCEPTED"]').waitFor();
    await page.getByTestId('call-state').getByText('ENDED').waitFor();
    expect(await actionRows(page, 'Transfer').getAttribute('data-outcome')).toBe('CallTransferAccepted');
  }, 180_000);

  it('moves the phone of a call it placed into the room call it follows', async () => {
    const stack = await startConsoleStack();
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    await mkdir(artifacts, { recursive: true });

    await page.goto(`${stack.url}/console/`);
    await page.getByRole('button', { name: 'Call a phone' }).click();
    await page.getByTestId('timeline').locator('tr[data-type="CALL_CONNECTED"]').waitFor();
    await createRoomAndConnect(page, { transcript: false });
    const roomCall = (await page.getByTestId('call-id').textContent()) ?? '';

    const move = page.getByRole('form', { name: 'Move participants here' });
    await move
      .getByLabel('Participant to move')
      .locator(`option[value="4:${PHONE}"]`)
      .waitFor({ state: 'attached' });
    await move.getByRole('button', { name: 'Move participants here' }).click();

    await page.getByTestId('timeline').locator('tr[data-type="MOVE_PARTICIPANT_SUCCEEDED"]').waitFor();
    await page.getByTestId('participants').locator(`li[data-raw-id="4:${PHONE}"]`).waitFor();
    expect(await page.getByTestId('call-id').textContent()).toBe(roomCall);
    expect(await actionRows(page, 'Move participants').getAttribute('data-outcome')).toBe(
      'MoveParticipantSucceeded',
    );
    await page.screenshot({ path: resolve(artifacts, 'console-move.png'), fullPage: true });
  }, 180_000);
});

describe('the console against a gateway with auth on', () => {
  it('creates a room, connects and streams the call with a token pasted into its access-token field', async () => {
    const stack = await startConsoleStack(CLIENT_AUTH_ENV);
    const token = await clientToken({
      scopes: ['rooms:read', 'rooms:write', 'calls:listen', 'calls:control'],
    });
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${stack.url}/console/`);
    await page.getByLabel('Access token').fill(token);
    // A live transcript needs calls:record, which this token does not grant.
    await createRoomAndConnect(page, { transcript: false });
    await page.getByRole('button', { name: 'Hang up for everyone' }).click();
    await page.getByTestId('call-state').getByText('ENDED').waitFor();

    const callConnectionId = (await page.getByTestId('call-id').textContent()) ?? '';
    const stored = await storedThroughDisconnect(stack, callConnectionId);
    expect(await timelineCursors(page)).toEqual(stored.map((e) => e.cursor));
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('says in the Calls pane that it does not hear incoming calls when the token lacks calls:answer', async () => {
    const stack = await startConsoleStack(CLIENT_AUTH_ENV);
    const token = await clientToken({ scopes: ['rooms:read', 'calls:listen'] });
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

    await page.goto(`${stack.url}/console/`);
    await page.getByLabel('Access token').fill(token);
    await page.getByRole('button', { name: 'Listen again' }).click();

    await page
      .getByRole('region', { name: 'Incoming calls' })
      .getByText(/Not listening: FORBIDDEN/)
      .waitFor();
  }, 180_000);

  it('shows the UNAUTHENTICATED error when no token was given', async () => {
    const stack = await startConsoleStack(CLIENT_AUTH_ENV);
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

    await page.goto(`${stack.url}/console/`);
    await page.getByRole('button', { name: 'Create room' }).click();

    await page
      .getByTestId('status')
      .getByText('Create room failed: UNAUTHENTICATED: Unauthenticated: a bearer token is required')
      .waitFor();
    expect(await page.locator('[data-room-id]').count()).toBe(0);
  }, 180_000);
});
