import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/async.ts';
import { CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const root = resolve(import.meta.dirname, '../..');
const consoleDist = resolve(root, 'console/dist');
const artifacts = resolve(root, 'test-artifacts');
/** Debian's chromium (`.ci/run` installs it); playwright-core never downloads a browser of its own. */
const CHROMIUM = '/usr/bin/chromium';
const PHONE = '+14255550123';

// The console under test is built from its current sources (about 5 s), so no stale build is ever tested.
beforeAll(async () => {
  await promisify(execFile)(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: resolve(root, 'console'),
  });
}, 120_000);

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

describe('the live call console in headless Chromium', () => {
  it('creates a room, connects, dials a phone, sends DTMF and hangs up, the timeline showing every event once and in order', async () => {
    const stack = await startGatewayStack(disposers, { console: { dir: consoleDist } });
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${stack.url}/console/`);
    await page.getByRole('button', { name: 'Create room' }).click();
    const room = page.locator('[data-room-id]').first();
    await room.waitFor();
    await room.getByRole('button', { name: 'Connect' }).click();
    const timeline = page.getByTestId('timeline');
    await timeline.locator('tr[data-type="CALL_CONNECTED"]').waitFor();

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
    await page.getByRole('button', { name: 'Hang up for everyone' }).click();
    await page.getByTestId('call-state').getByText('ENDED').waitFor();

    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, 'console-call.png'), fullPage: true });
    const callConnectionId = (await page.getByTestId('call-id').textContent()) ?? '';
    const shown = await timeline
      .locator('tr')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.cursor ?? ''));
    const stored = await stack.eventLog.readAfter(callConnectionId, null, 100);
    const end = stored.findIndex((e) => e.kind === 'CallDisconnected');
    expect(shown).toEqual(stored.slice(0, end + 1).map((e) => e.cursor));
    const types = stored.slice(0, end + 1).map((e) => e.kind);
    for (const kind of [
      'CallConnected',
      'AddParticipantSucceeded',
      'SendDtmfTonesCompleted',
      'CallDisconnected',
    ])
      expect(types).toContain(kind);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('presses keys on a phone participant through the emulator tools, recognized by recognizeDtmf', async () => {
    const stack = await startGatewayStack(disposers, { console: { dir: consoleDist } });
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

    await page.goto(`${stack.url}/console/`);
    await page.getByRole('button', { name: 'Create room' }).click();
    await page.locator('[data-room-id]').first().getByRole('button', { name: 'Connect' }).click();
    const timeline = page.getByTestId('timeline');
    await timeline.locator('tr[data-type="CALL_CONNECTED"]').waitFor();
    await page.getByRole('button', { name: 'Dial' }).click();
    await page.getByRole('radio', { name: `4:${PHONE}` }).check();
    await page.getByRole('button', { name: /Recognize DTMF/ }).click();
    await waitFor(
      async () => (await page.getByTestId('status').textContent())?.includes('Recognize DTMF: done'),
      {
        what: 'recognizeDtmf to be accepted',
      },
    );
    await page.getByRole('button', { name: 'Press keys on the selected phone' }).click();

    const recognized = timeline.locator('tr[data-type="RECOGNIZE_COMPLETED"]');
    await recognized.waitFor();
    expect(await recognized.textContent()).toContain('ONE');
  }, 60_000);

  it('says how to build the console when console/dist is missing', async () => {
    const stack = await startGatewayStack(disposers, {
      console: { dir: resolve(root, 'console/no-such-dist') },
    });

    const response = await fetch(`${stack.url}/console/`);

    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:console');
  });
});

describe('the console against a gateway with auth on', () => {
  it('creates a room, connects and streams the call with a token pasted into its access-token field', async () => {
    const stack = await startGatewayStack(disposers, { console: { dir: consoleDist }, env: CLIENT_AUTH_ENV });
    const token = await clientToken({
      scopes: ['rooms:read', 'rooms:write', 'calls:listen', 'calls:control'],
    });
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${stack.url}/console/`);
    await page.getByLabel('Access token').fill(token);
    await page.getByRole('button', { name: 'Create room' }).click();
    const room = page.locator('[data-room-id]').first();
    await room.waitFor();
    await room.getByRole('button', { name: 'Connect' }).click();
    const timeline = page.getByTestId('timeline');
    await timeline.locator('tr[data-type="CALL_CONNECTED"]').waitFor();
    await page.getByRole('button', { name: 'Hang up for everyone' }).click();
    await page.getByTestId('call-state').getByText('ENDED').waitFor();

    const callConnectionId = (await page.getByTestId('call-id').textContent()) ?? '';
    const shown = await timeline
      .locator('tr')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.cursor ?? ''));
    const stored = await stack.eventLog.readAfter(callConnectionId, null, 100);
    const end = stored.findIndex((e) => e.kind === 'CallDisconnected');
    expect(shown).toEqual(stored.slice(0, end + 1).map((e) => e.cursor));
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('shows the UNAUTHENTICATED error when no token was given', async () => {
    const stack = await startGatewayStack(disposers, { console: { dir: consoleDist }, env: CLIENT_AUTH_ENV });
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

    await page.goto(`${stack.url}/console/`);
    await page.getByRole('button', { name: 'Create room' }).click();

    await page
      .getByTestId('status')
      .getByText('Create room failed: UNAUTHENTICATED: Unauthenticated: a bearer token is required')
      .waitFor();
    expect(await page.locator('[data-room-id]').count()).toBe(0);
  }, 60_000);
});
