import type { RoomParticipantRole } from '@switchboard/client';
import { useState } from 'react';

const ROLES: RoomParticipantRole[] = ['PRESENTER', 'ATTENDEE', 'CONSUMER', 'COLLABORATOR'];

/** A fresh ACS user id for a room roster (the emulator accepts any well-formed one). */
function testUserId(): string {
  const suffix = Math.floor(Math.random() * 1e8)
    .toString()
    .padStart(8, '0');
  return `8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-0000${suffix}`;
}

export interface RoomRow {
  id: string;
  pstnDialOutEnabled: boolean;
  validUntil: string;
}

/** Lists rooms and creates one (a roster participant with a role, PSTN dial-out). */
export function RoomsPanel(props: {
  rooms: RoomRow[];
  onCreate(input: {
    pstnDialOutEnabled: boolean;
    participants: { communicationUserId: string; role: RoomParticipantRole }[];
  }): Promise<boolean>;
  /** Connects the gateway to the room's call, with a live transcript when `transcription`. */
  onConnect(roomId: string, transcription: boolean): Promise<void>;
  onRefresh(): Promise<void>;
}) {
  const [pstn, setPstn] = useState(true);
  const [user, setUser] = useState(testUserId);
  const [role, setRole] = useState<RoomParticipantRole>('PRESENTER');
  const [transcription, setTranscription] = useState(true);
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
          <select value={role} onChange={(e) => setRole(ROLES.find((r) => r === e.target.value) ?? role)}>
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
      <label className="option">
        <input type="checkbox" checked={transcription} onChange={(e) => setTranscription(e.target.checked)} />{' '}
        Connect with a live transcript (needs <code>calls:record</code>)
      </label>
      <ul className="rooms" data-testid="rooms">
        {props.rooms.map((room) => (
          <li key={room.id} data-room-id={room.id}>
            <code title={room.id}>{room.id}</code>
            {room.pstnDialOutEnabled && <span className="tag">PSTN</span>}
            <button type="button" onClick={() => void props.onConnect(room.id, transcription)}>
              Connect
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
