import { RoomsDocument } from '@switchboard/client';
import { useCallback, useEffect, useState } from 'react';
import { ActionLog } from './action-log.tsx';
import { ACTIONS, useActionRunner } from './actions.ts';
import { CallPanel } from './call-panel.tsx';
import { currentToken, request, type Settings, setToken } from './gateway.ts';
import { Recordings } from './recordings.tsx';
import { type RoomRow, RoomsPanel } from './rooms-panel.tsx';
import { EventInspector, Timeline } from './timeline.tsx';
import { Transcript } from './transcript.tsx';
import { useCallView } from './use-call-view.ts';

/**
 * The console: rooms and the connected call's controls on top; its transcript, recordings and actions beside
 * them; the event timeline and the inspector of the selected event below.
 */
export function App({ settings }: { settings: Settings }) {
  const gql = settings.graphqlUrl;
  const [status, setStatus] = useState('Ready.');
  const [rooms, setRooms] = useState<RoomRow[]>([]);
  const [call, setCall] = useState<{ callConnectionId: string; roomId: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const { actions, run } = useActionRunner(gql, setStatus);
  const view = useCallView(gql, call?.callConnectionId ?? null, setStatus);

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
              if (!payload) return;
              setSelected(null);
              setCall({ callConnectionId: payload.call.callConnectionId, roomId });
            }}
            onRefresh={refreshRooms}
          />
          {call && (
            <CallPanel
              key={call.callConnectionId}
              graphqlUrl={gql}
              call={call}
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
          <ActionLog actions={actions} events={view.events} />
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
