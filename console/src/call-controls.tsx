import { type DtmfTone, RoomDocument } from '@switchboard/client';
import { useState } from 'react';
import { emulatorControl, request } from './gateway.ts';

/** The DTMF keypad: label → the gateway's `DtmfTone` and the emulator's key name. */
const KEYPAD: { key: string; tone: DtmfTone }[] = [
  { key: '1', tone: 'ONE' },
  { key: '2', tone: 'TWO' },
  { key: '3', tone: 'THREE' },
  { key: '4', tone: 'FOUR' },
  { key: '5', tone: 'FIVE' },
  { key: '6', tone: 'SIX' },
  { key: '7', tone: 'SEVEN' },
  { key: '8', tone: 'EIGHT' },
  { key: '9', tone: 'NINE' },
  { key: '*', tone: 'ASTERISK' },
  { key: '0', tone: 'ZERO' },
  { key: '#', tone: 'POUND' },
];
/** A phone number and the caller id it sees (an ACS number of the resource): dial it into a call, or call it. */
export function PhoneForm(props: {
  label: string;
  button: string;
  onSubmit(phone: string, callerId: string): unknown;
}) {
  const [phone, setPhone] = useState('+14255550123');
  const [callerId, setCallerId] = useState('+18005550100');
  return (
    <form
      className="row"
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(phone, callerId);
      }}
    >
      <label>
        Phone <input name="phone" value={phone} onChange={(e) => setPhone(e.target.value)} size={14} />
      </label>
      <label>
        Caller id <input value={callerId} onChange={(e) => setCallerId(e.target.value)} size={14} />
      </label>
      <button type="submit">{props.button}</button>
    </form>
  );
}

export function Keypad({ disabled, onSend }: { disabled: boolean; onSend(tones: DtmfTone[]): unknown }) {
  const [keys, setKeys] = useState<{ key: string; tone: DtmfTone }[]>([]);
  return (
    <fieldset className="keypad" aria-label="DTMF keypad">
      <legend>DTMF to the selected participant</legend>
      {KEYPAD.map((k) => (
        <button
          key={k.key}
          type="button"
          className="key"
          onClick={() => setKeys((previous) => [...previous, k])}
        >
          {k.key}
        </button>
      ))}
      <output data-testid="dtmf-keys">{keys.map((k) => k.key).join('')}</output>
      <button
        type="button"
        disabled={disabled || keys.length === 0}
        onClick={() => {
          onSend(keys.map((k) => k.tone));
          setKeys([]);
        }}
      >
        Send tones
      </button>
    </fieldset>
  );
}

export function TextForm(props: {
  label: string;
  placeholder: string;
  button: string;
  onSubmit(text: string): unknown;
}) {
  const [text, setText] = useState('Hello from Switchboard');
  return (
    <form
      className="row"
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(text);
      }}
    >
      <input
        value={text}
        placeholder={props.placeholder}
        onChange={(e) => setText(e.target.value)}
        size={30}
      />
      <button type="submit">{props.button}</button>
    </form>
  );
}

/** Development only: drive the embedded emulator (a test user joins; a participant presses keys or speaks). */
export function DevTools(props: {
  controlUrl: string;
  gql: string;
  call: { callConnectionId: string; roomId: string | null };
  target: string;
  setStatus(status: string): void;
}) {
  const [keys, setKeys] = useState('1#');
  const [speech, setSpeech] = useState('Hello, I am calling about my order');
  const run = async (label: string, work: () => Promise<void>) => {
    try {
      await work();
      props.setStatus(`${label}: done`);
    } catch (error) {
      props.setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <fieldset aria-label="Emulator">
      <legend>Emulator (development)</legend>
      <button
        type="button"
        disabled={!props.call.roomId}
        onClick={() =>
          run('Test user joins', async () => {
            const roomId = props.call.roomId ?? '';
            const data = await request(props.gql, RoomDocument, {
              id: roomId,
              participantsFirst: 1,
            });
            const rawId = data.room?.participants.edges[0]?.node.rawId;
            if (!rawId) throw new Error('the room has no participant on its roster');
            await emulatorControl(props.controlUrl, `/rooms/${encodeURIComponent(roomId)}/call/join`, {
              rawId,
            });
          })
        }
      >
        Make a test user join
      </button>{' '}
      <label>
        Keys <input value={keys} onChange={(e) => setKeys(e.target.value)} size={6} />
      </label>
      <button
        type="button"
        disabled={!props.target.startsWith('4:')}
        onClick={() =>
          run('Press keys', async () => {
            const tones = [...keys].map(
              (key) => KEYPAD.find((k) => k.key === key)?.tone.toLowerCase() ?? key,
            );
            await emulatorControl(
              props.controlUrl,
              `/calls/${encodeURIComponent(props.call.callConnectionId)}/dtmf`,
              {
                rawId: props.target,
                tones,
              },
            );
          })
        }
      >
        Press keys on the selected phone
      </button>
      <div className="row">
        <input
          aria-label="What the selected participant says"
          value={speech}
          onChange={(e) => setSpeech(e.target.value)}
          size={36}
        />
        <button
          type="button"
          disabled={!props.target}
          onClick={() =>
            run('Say', () =>
              emulatorControl(
                props.controlUrl,
                `/calls/${encodeURIComponent(props.call.callConnectionId)}/say`,
                { rawId: props.target, text: speech },
              ),
            )
          }
        >
          The selected participant says it
        </button>
      </div>
    </fieldset>
  );
}
