import {
  AddParticipantDocument,
  CallDocument,
  type CallEventData,
  type CallParticipantFieldsFragment,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  HangUpDocument,
  HoldParticipantDocument,
  MuteParticipantDocument,
  PauseRecordingDocument,
  PlayMediaDocument,
  RecognizeDtmfDocument,
  RemoveParticipantDocument,
  ResumeRecordingDocument,
  RoomsDocument,
  SendDtmfTonesDocument,
  StartRecordingDocument,
  StopRecordingDocument,
  UnholdParticipantDocument,
  watchCall,
} from '@switchboard/client';
import { useCallback, useEffect, useState } from 'react';
import { DevTools, DialForm, Keypad, TextForm } from './call-controls.tsx';
import { currentToken, request, type Settings, setToken } from './gateway.ts';
import { type RoomRow, RoomsPanel } from './rooms-panel.tsx';
import { Timeline } from './timeline.tsx';

/** A mutation's union result: its payload, or an `Error` member (`code`, `message`). */
type UnionResult =
  | { __typename?: string; code?: string; message?: string; operationContext?: string | null }
  | null
  | undefined;

/** The console: rooms on the left, the connected call's controls on the right, its event timeline below. */
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
                  if (result?.__typename === 'StartRecordingPayload' && 'recording' in result)
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
