import {
  AddParticipantDocument,
  CallDocument,
  type CallEventData,
  type CallParticipantFieldsFragment,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  type DtmfTone,
  HangUpDocument,
  HoldParticipantDocument,
  MuteParticipantDocument,
  PauseRecordingDocument,
  PlayMediaDocument,
  RecognizeDtmfDocument,
  RemoveParticipantDocument,
  ResumeRecordingDocument,
  RoomDocument,
  type RoomParticipantRole,
  RoomsDocument,
  SendDtmfTonesDocument,
  StartRecordingDocument,
  StopRecordingDocument,
  UnholdParticipantDocument,
  watchCall,
} from '@switchboard/client';
import { useCallback, useEffect, useState } from 'react';
import { currentToken, emulatorControl, request, type Settings, setToken } from './gateway.ts';

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
const ROLES: RoomParticipantRole[] = ['PRESENTER', 'ATTENDEE', 'CONSUMER', 'COLLABORATOR'];

/** A mutation's union result: its payload, or an `Error` member (`code`, `message`). */
type UnionResult =
  | { __typename?: string; code?: string; message?: string; operationContext?: string | null }
  | null
  | undefined;

function testUserId(): string {
  const suffix = Math.floor(Math.random() * 1e8)
    .toString()
    .padStart(8, '0');
  return `8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-0000${suffix}`;
}

interface RoomRow {
  id: string;
  pstnDialOutEnabled: boolean;
  validUntil: string;
}

export function App({ settings }: { settings: Settings }) {
  const gql = settings.graphqlUrl;
  const [status, setStatus] = useState('Ready.');
  const [rooms, setRooms] = useState<RoomRow[]>([]);
  const [call, setCall] = useState<{ callConnectionId: string; roomId: string } | null>(null);
  const [ended, setEnded] = useState(false);
  const [events, setEvents] = useState<CallEventData[]>([]);
  const [participants, setParticipants] = useState<CallParticipantFieldsFragment[]>([]);
  const [target, setTarget] = useState('');
  const [recordingId, setRecordingId] = useState<string | null>(null);

  /** Runs a mutation and reports its outcome: the payload's operationContext, or the Error's code and message. */
  const act = useCallback(async (label: string, run: () => Promise<UnionResult>) => {
    setStatus(`${label}…`);
    try {
      const result = await run();
      if (result?.code) setStatus(`${label} failed: ${result.code}: ${result.message}`);
      else if (result?.operationContext)
        setStatus(`${label}: done (operationContext ${result.operationContext})`);
      else setStatus(`${label}: done`);
      return result;
    } catch (error) {
      setStatus(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }, []);

  const refreshRooms = useCallback(async () => {
    const data = await request(gql, RoomsDocument, { first: 50 });
    setRooms(data.rooms.edges.map((edge) => edge.node));
  }, [gql]);

  useEffect(() => {
    refreshRooms().catch((error: unknown) => setStatus(`Listing rooms failed: ${String(error)}`));
  }, [refreshRooms]);

  // The timeline: every event of the call once, in order, resumed by cursor across reconnects.
  useEffect(() => {
    if (!call) return;
    setEvents([]);
    setEnded(false);
    const watch = watchCall({
      url: gql,
      callConnectionId: call.callConnectionId,
      getToken: currentToken,
      onEvent: (event) => {
        setEvents((previous) => [...previous, event]);
        if (event.__typename === 'ParticipantsUpdated') setParticipants(event.participants);
      },
      onError: (error) => setStatus(`Event stream failed: ${error.code ?? ''} ${error.message}`),
      onComplete: () => setEnded(true),
    });
    return () => watch.stop();
  }, [call, gql]);

  const participantInput = () => ({ rawId: target });
  const callId = call?.callConnectionId ?? '';

  return (
    <main>
      <header>
        <h1>Switchboard console</h1>
        <label>
          Access token{' '}
          <input
            type="password"
            placeholder="none (auth off)"
            defaultValue={currentToken() ?? ''}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <p role="status" data-testid="status">
          {status}
        </p>
      </header>
      <div className="columns">
        <RoomsPanel
          rooms={rooms}
          onCreate={async (input) => {
            const data = await act(
              'Create room',
              async () => (await request(gql, CreateRoomDocument, { input })).createRoom,
            );
            await refreshRooms();
            return data?.__typename === 'CreateRoomPayload';
          }}
          onConnect={async (roomId) => {
            const result = await act('Connect', async () => {
              const data = await request(gql, ConnectRoomCallDocument, { input: { roomId } });
              return data.connectRoomCall;
            });
            if (result?.__typename === 'ConnectRoomCallPayload' && 'call' in result) {
              const connected = result.call as { callConnectionId: string };
              setParticipants([]);
              setRecordingId(null);
              setCall({ callConnectionId: connected.callConnectionId, roomId });
            }
          }}
          onRefresh={refreshRooms}
        />
        {call && (
          <section className="panel" aria-label="Call">
            <h2>Call</h2>
            <p>
              <code data-testid="call-id">{call.callConnectionId}</code> in room <code>{call.roomId}</code>{' '}
              <strong data-testid="call-state">{ended ? 'ENDED' : 'LIVE'}</strong>{' '}
              <button
                type="button"
                onClick={async () => {
                  const data = await request(gql, CallDocument, { callConnectionId: callId });
                  if (data.call) setParticipants(data.call.participants);
                  setStatus(`State: ${data.call?.state ?? 'unknown'}, cursor ${data.call?.cursor ?? '—'}`);
                }}
              >
                Refresh
              </button>
            </p>
            <h3>Participants</h3>
            <ul data-testid="participants">
              {participants.map((p) => (
                <li key={p.identifier.rawId}>
                  <label>
                    <input
                      type="radio"
                      name="target"
                      checked={target === p.identifier.rawId}
                      onChange={() => setTarget(p.identifier.rawId)}
                    />{' '}
                    {p.identifier.rawId}
                  </label>
                  {p.isMuted && <span className="tag">muted</span>}
                  {p.isOnHold && <span className="tag">on hold</span>}
                </li>
              ))}
            </ul>
            <div className="row">
              <button
                type="button"
                disabled={!target}
                onClick={() =>
                  act(
                    'Mute',
                    async () =>
                      (
                        await request(gql, MuteParticipantDocument, {
                          input: { callConnectionId: callId, participant: participantInput() },
                        })
                      ).muteParticipant,
                  )
                }
              >
                Mute
              </button>
              <button
                type="button"
                disabled={!target}
                onClick={() =>
                  act(
                    'Hold',
                    async () =>
                      (
                        await request(gql, HoldParticipantDocument, {
                          input: { callConnectionId: callId, target: participantInput() },
                        })
                      ).holdParticipant,
                  )
                }
              >
                Hold
              </button>
              <button
                type="button"
                disabled={!target}
                onClick={() =>
                  act(
                    'Unhold',
                    async () =>
                      (
                        await request(gql, UnholdParticipantDocument, {
                          input: { callConnectionId: callId, target: participantInput() },
                        })
                      ).unholdParticipant,
                  )
                }
              >
                Unhold
              </button>
              <button
                type="button"
                disabled={!target}
                onClick={() =>
                  act(
                    'Remove',
                    async () =>
                      (
                        await request(gql, RemoveParticipantDocument, {
                          input: { callConnectionId: callId, participant: participantInput() },
                        })
                      ).removeParticipant,
                  )
                }
              >
                Remove
              </button>
            </div>
            <DialForm
              onDial={(phoneNumber, sourceCallerIdNumber) =>
                act(
                  'Dial',
                  async () =>
                    (
                      await request(gql, AddParticipantDocument, {
                        input: {
                          callConnectionId: callId,
                          participant: { phoneNumber },
                          sourceCallerIdNumber,
                        },
                      })
                    ).addParticipant,
                )
              }
            />
            <Keypad
              disabled={!target}
              onSend={(tones) =>
                act(
                  'Send DTMF',
                  async () =>
                    (
                      await request(gql, SendDtmfTonesDocument, {
                        input: { callConnectionId: callId, tones, target: participantInput() },
                      })
                    ).sendDtmfTones,
                )
              }
            />
            <TextForm
              label="Play text-to-speech"
              placeholder="Text to speak"
              button="Play"
              onSubmit={(text) =>
                act(
                  'Play',
                  async () =>
                    (
                      await request(gql, PlayMediaDocument, {
                        input: { callConnectionId: callId, sources: [{ text: { text } }] },
                      })
                    ).playMedia,
                )
              }
            />
            <div className="row">
              <button
                type="button"
                disabled={!target}
                onClick={() =>
                  act(
                    'Recognize DTMF',
                    async () =>
                      (
                        await request(gql, RecognizeDtmfDocument, {
                          input: {
                            callConnectionId: callId,
                            target: participantInput(),
                            maxTonesToCollect: 4,
                            stopTones: ['POUND'],
                          },
                        })
                      ).recognizeDtmf,
                  )
                }
              >
                Recognize DTMF (4 keys or #)
              </button>
            </div>
            <fieldset className="row">
              <legend>Recording</legend>
              <button
                type="button"
                disabled={recordingId !== null}
                onClick={async () => {
                  const result = await act(
                    'Start recording',
                    async () =>
                      (await request(gql, StartRecordingDocument, { input: { callConnectionId: callId } }))
                        .startRecording,
                  );
                  if (result?.__typename === 'RecordingPayload' && 'recording' in result)
                    setRecordingId((result.recording as { recordingId: string }).recordingId);
                }}
              >
                Start recording
              </button>
              <button
                type="button"
                disabled={!recordingId}
                onClick={() =>
                  act(
                    'Pause recording',
                    async () =>
                      (
                        await request(gql, PauseRecordingDocument, {
                          input: { recordingId: recordingId ?? '' },
                        })
                      ).pauseRecording,
                  )
                }
              >
                Pause
              </button>
              <button
                type="button"
                disabled={!recordingId}
                onClick={() =>
                  act(
                    'Resume recording',
                    async () =>
                      (
                        await request(gql, ResumeRecordingDocument, {
                          input: { recordingId: recordingId ?? '' },
                        })
                      ).resumeRecording,
                  )
                }
              >
                Resume
              </button>
              <button
                type="button"
                disabled={!recordingId}
                onClick={async () => {
                  await act(
                    'Stop recording',
                    async () =>
                      (
                        await request(gql, StopRecordingDocument, {
                          input: { recordingId: recordingId ?? '' },
                        })
                      ).stopRecording,
                  );
                  setRecordingId(null);
                }}
              >
                Stop
              </button>
            </fieldset>
            <div className="row">
              <button
                type="button"
                className="danger"
                onClick={() =>
                  act(
                    'Hang up',
                    async () =>
                      (
                        await request(gql, HangUpDocument, {
                          input: { callConnectionId: callId, forEveryone: true },
                        })
                      ).hangUp,
                  )
                }
              >
                Hang up for everyone
              </button>
            </div>
            {settings.emulatorControlUrl && (
              <DevTools
                controlUrl={settings.emulatorControlUrl}
                call={call}
                target={target}
                gql={gql}
                setStatus={setStatus}
              />
            )}
          </section>
        )}
      </div>
      {call && <Timeline events={events} ended={ended} />}
    </main>
  );
}

function RoomsPanel(props: {
  rooms: RoomRow[];
  onCreate(input: {
    pstnDialOutEnabled: boolean;
    participants: { communicationUserId: string; role: RoomParticipantRole }[];
  }): Promise<boolean>;
  onConnect(roomId: string): Promise<void>;
  onRefresh(): Promise<void>;
}) {
  const [pstn, setPstn] = useState(true);
  const [user, setUser] = useState(testUserId);
  const [role, setRole] = useState<RoomParticipantRole>('PRESENTER');
  return (
    <section className="panel" aria-label="Rooms">
      <h2>Rooms</h2>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const communicationUserId = user.trim();
          if (
            await props.onCreate({
              pstnDialOutEnabled: pstn,
              participants: user ? [{ communicationUserId, role }] : [],
            })
          )
            setUser(testUserId());
        }}
      >
        <label>
          <input type="checkbox" checked={pstn} onChange={(e) => setPstn(e.target.checked)} /> PSTN dial-out
        </label>
        <label>
          Participant <input value={user} onChange={(e) => setUser(e.target.value)} size={40} />
        </label>
        <label>
          Role{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as RoomParticipantRole)}>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit">Create room</button>{' '}
        <button type="button" onClick={() => void props.onRefresh()}>
          Refresh
        </button>
      </form>
      <ul data-testid="rooms">
        {props.rooms.map((room) => (
          <li key={room.id} data-room-id={room.id}>
            <code>{room.id}</code> {room.pstnDialOutEnabled && <span className="tag">PSTN</span>}{' '}
            <button type="button" onClick={() => void props.onConnect(room.id)}>
              Connect
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DialForm({ onDial }: { onDial(phone: string, callerId: string): unknown }) {
  const [phone, setPhone] = useState('+14255550123');
  const [callerId, setCallerId] = useState('+18005550100');
  return (
    <form
      className="row"
      aria-label="Dial a phone number"
      onSubmit={(event) => {
        event.preventDefault();
        onDial(phone, callerId);
      }}
    >
      <label>
        Phone <input name="phone" value={phone} onChange={(e) => setPhone(e.target.value)} />
      </label>
      <label>
        Caller id <input value={callerId} onChange={(e) => setCallerId(e.target.value)} />
      </label>
      <button type="submit">Dial</button>
    </form>
  );
}

function Keypad({ disabled, onSend }: { disabled: boolean; onSend(tones: DtmfTone[]): unknown }) {
  const [keys, setKeys] = useState<{ key: string; tone: DtmfTone }[]>([]);
  return (
    <fieldset className="keypad" aria-label="DTMF keypad">
      <legend>DTMF to the selected participant</legend>
      {KEYPAD.map((k) => (
        <button key={k.key} type="button" onClick={() => setKeys((previous) => [...previous, k])}>
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

function TextForm(props: {
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

/** Development only: drive the embedded emulator (a test user joins; a phone participant presses keys). */
function DevTools(props: {
  controlUrl: string;
  gql: string;
  call: { callConnectionId: string; roomId: string };
  target: string;
  setStatus(status: string): void;
}) {
  const [keys, setKeys] = useState('1#');
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
        onClick={() =>
          run('Test user joins', async () => {
            const data = await request(props.gql, RoomDocument, {
              id: props.call.roomId,
              participantsFirst: 1,
            });
            const rawId = data.room?.participants.edges[0]?.node.rawId;
            if (!rawId) throw new Error('the room has no participant on its roster');
            await emulatorControl(
              props.controlUrl,
              `/rooms/${encodeURIComponent(props.call.roomId)}/call/join`,
              { rawId },
            );
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
    </fieldset>
  );
}

function Timeline({ events, ended }: { events: CallEventData[]; ended: boolean }) {
  return (
    <section className="panel timeline" aria-label="Timeline">
      <h2>
        Timeline ({events.length} events{ended ? ', call ended' : ''})
      </h2>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>Event</th>
            <th>Cursor</th>
            <th>Operation context</th>
            <th>Time</th>
            <th>Details</th>
          </tr>
        </thead>
        <tbody data-testid="timeline">
          {events.map((event, index) => (
            <tr key={event.cursor} data-type={event.type} data-cursor={event.cursor}>
              <td>{index + 1}</td>
              <td>{event.__typename}</td>
              <td>
                <code>{event.cursor}</code>
              </td>
              <td>
                <code>{event.operationContext ?? '—'}</code>
              </td>
              <td>{event.time}</td>
              <td>{details(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function details(event: CallEventData): string {
  switch (event.__typename) {
    case 'ParticipantsUpdated':
      return event.participants
        .map((p) => `${p.identifier.rawId}${p.isMuted ? ' (muted)' : ''}${p.isOnHold ? ' (on hold)' : ''}`)
        .join(', ');
    case 'AddParticipantSucceeded':
    case 'AddParticipantFailed':
    case 'RemoveParticipantSucceeded':
      return event.participant?.rawId ?? '';
    case 'RecognizeCompleted':
      return (event.tones ?? []).join(' ');
    case 'ContinuousDtmfRecognitionToneReceived':
      return event.tone ?? '';
    case 'RecordingStateChanged':
      return `${event.recordingId ?? ''} ${event.state ?? ''}`;
    default:
      return event.resultInformation?.message ?? '';
  }
}
