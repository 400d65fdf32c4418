import { RoomsDocument } from '@switchboard/client';
import { useCallback, useEffect, useState } from 'react';
import { ActionLog } from './action-log.tsx';
import { ACTIONS, useActionRunner } from './actions.ts';
import { CallPanel } from './call-panel.tsx';
import { CallsPanel } from './calls-panel.tsx';
import { currentToken, request, type Settings, setToken } from './gateway.ts';
import type { KnownCall } from './known-calls.ts';
import { displayName } from './participants.tsx';
import { Recordings } from './recordings.tsx';
import { type RoomRow, RoomsPanel } from './rooms-panel.tsx';
import { EventInspector, Timeline } from './timeline.tsx';
import { Transcript } from './transcript.tsx';
import { useCallView } from './use-call-view.ts';
import { useIncomingCalls } from './use-incoming-calls.ts';

/**
 * The console: rooms, calls beyond the room (call a phone, incoming calls) and the followed call's controls on
 * top; its transcript, recordings and actions beside them; the event timeline and the inspector of the selected
 * event below.
 */
export function App({ settings }: { settings: Settings }) {
  const gql = settings.graphqlUrl;
  const [status, setStatus] = useState('Ready.');
  const [rooms, setRooms] = useState<RoomRow[]>([]);
  const [calls, setCalls] = useState<KnownCall[]>([]);
  const [followed, setFollowed] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [answeredHere, setAnsweredHere] = useState<ReadonlySet<string>>(new Set());
  const { actions, run } = useActionRunner(gql, setStatus);
  const call = calls.find((c) => c.callConnectionId === followed) ?? null;
  const view = useCallView(gql, call?.callConnectionId ?? null, setStatus);
  const incoming = useIncomingCalls(gql);

  const follow = useCallback((known: KnownCall) => {
    setCalls((previous) => [...previous.filter((c) => c.callConnectionId !== known.callConnectionId), known]);
    setSelected(null);
    setFollowed(known.callConnectionId);
  }, []);

  const refreshRooms = useCallback(async () => {
    const data = await request(gql, RoomsDocument, { first: 50 });
    setRooms(data.rooms.edges.map((edge) => edge.node));
  }, [gql]);

  useEffect(() => {
    refreshRooms().catch((error: unknown) => setStatus(`Listing rooms failed: ${String(error)}`));
  }, [refreshRooms]);

  return (
    <main>
      <header>
        <h1>Switchboard console</h1>
        <p role="status" data-testid="status">
          {status}
        </p>
        <label className="token">
          Access token{' '}
          <input
            type="password"
            placeholder="none (auth off)"
            defaultValue={currentToken() ?? ''}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
      </header>
      <div className="columns">
        <div className="stack">
          <RoomsPanel
            rooms={rooms}
            onCreate={async (input) => {
              if (!(await run(ACTIONS.createRoom, { input }))) return false;
              await refreshRooms().catch((error: unknown) =>
                setStatus(`Listing rooms failed: ${String(error)}`),
              );
              return true;
            }}
            onConnect={async (roomId, transcription) => {
              const payload = await run(ACTIONS.connect, {
                input: {
                  roomId,
                  ...(transcription
                    ? {
                        transcription: {
                          locale: 'en-US',
                          startTranscription: true,
                          enableIntermediateResults: true,
                        },
                      }
                    : {}),
                },
              });
              if (payload)
                follow({ callConnectionId: payload.call.callConnectionId, roomId, label: `room ${roomId}` });
            }}
            onRefresh={refreshRooms}
          />
          <CallsPanel
            onCallPhone={async (phoneNumber, sourceCallerIdNumber) => {
              const payload = await run(ACTIONS.callPhone, {
                input: { targets: [{ phoneNumber }], sourceCallerIdNumber },
              });
              if (payload)
                follow({
                  callConnectionId: payload.call.callConnectionId,
                  roomId: null,
                  label: `to ${phoneNumber}`,
                });
            }}
            incoming={{
              calls: incoming.calls,
              error: incoming.error,
              onRetry: incoming.retry,
              answeredHere,
            }}
            onAnswer={async (ringing) => {
              const context = ringing.incomingCallContext;
              setAnsweredHere((previous) => new Set([...previous, context]));
              const payload = await run(ACTIONS.answer, { input: { incomingCallContext: context } });
              if (!payload) {
                // Refused (e.g. answered elsewhere first): whoever took it, it was not this console.
                setAnsweredHere((previous) => new Set([...previous].filter((c) => c !== context)));
                return;
              }
              follow({
                callConnectionId: payload.call.callConnectionId,
                roomId: null,
                label: `from ${ringing.callerDisplayName ?? displayName(ringing.from)}`,
              });
            }}
            onReject={(ringing, reason) =>
              run(ACTIONS.reject, { input: { incomingCallContext: ringing.incomingCallContext, reason } })
            }
            onRedirect={(ringing, target) =>
              run(ACTIONS.redirect, { input: { incomingCallContext: ringing.incomingCallContext, target } })
            }
            emulatorControlUrl={settings.emulatorControlUrl}
            setStatus={setStatus}
          />
          {call && (
            <CallPanel
              key={call.callConnectionId}
              graphqlUrl={gql}
              call={call}
              calls={calls}
              onFollow={(id) => {
                setSelected(null);
                setFollowed(id);
              }}
              ended={view.ended}
              participants={view.participants}
              onRefresh={view.setParticipants}
              run={run}
              emulatorControlUrl={settings.emulatorControlUrl}
              setStatus={setStatus}
            />
          )}
        </div>
        <div className="stack">
          {call && <Transcript lines={view.transcript} />}
          {call && (
            <Recordings
              key={call.callConnectionId}
              graphqlUrl={gql}
              callConnectionId={call.callConnectionId}
              run={run}
              filesAnnounced={view.recordingFilesAnnounced}
              ended={view.ended}
              onError={setStatus}
            />
          )}
          <ActionLog actions={actions} />
        </div>
      </div>
      {call && (
        <div className="columns bottom">
          <Timeline events={view.events} ended={view.ended} selected={selected} onSelect={setSelected} />
          <EventInspector event={view.events.find((e) => e.cursor === selected) ?? null} />
        </div>
      )}
    </main>
  );
}
