import { CallDocument, type CallParticipantFieldsFragment } from '@switchboard/client';
import { useState } from 'react';
import { ACTIONS, type RunAction } from './actions.ts';
import { DevTools, Keypad, PhoneForm, TextForm } from './call-controls.tsx';
import { request } from './gateway.ts';
import type { KnownCall } from './known-calls.ts';
import { Participants } from './participants.tsx';
import { MoveForm, TransferForm } from './transfer-move.tsx';

/**
 * The followed call: its state, participants (pick a target) and every mid-call action; the other calls the
 * console knows can be followed instead, or have participants moved from.
 */
export function CallPanel(props: {
  graphqlUrl: string;
  call: KnownCall;
  /** Every call the console knows (this one included). */
  calls: KnownCall[];
  onFollow(callConnectionId: string): void;
  ended: boolean;
  participants: CallParticipantFieldsFragment[];
  onRefresh(participants: CallParticipantFieldsFragment[]): void;
  run: RunAction;
  emulatorControlUrl: string | null;
  setStatus(status: string): void;
}) {
  const { run, call, graphqlUrl } = props;
  const callConnectionId = call.callConnectionId;
  const [target, setTarget] = useState('');
  const participant = { rawId: target };

  return (
    <section className="panel" aria-label="Call">
      <h2>
        Call{' '}
        <strong className={`state ${props.ended ? 'ended' : 'live'}`} data-testid="call-state">
          {props.ended ? 'ENDED' : 'LIVE'}
        </strong>
        {props.calls.length > 1 && (
          <select
            className="follow"
            aria-label="Followed call"
            value={callConnectionId}
            onChange={(e) => props.onFollow(e.target.value)}
          >
            {props.calls.map((c) => (
              <option key={c.callConnectionId} value={c.callConnectionId}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </h2>
      <p className="ids">
        <code data-testid="call-id">{callConnectionId}</code>{' '}
        {call.roomId ? (
          <>
            in room <code>{call.roomId}</code>
          </>
        ) : (
          call.label
        )}{' '}
        <button
          type="button"
          onClick={async () => {
            try {
              const data = await request(graphqlUrl, CallDocument, { callConnectionId });
              if (data.call) props.onRefresh(data.call.participants);
              props.setStatus(`State: ${data.call?.state ?? 'unknown'}, cursor ${data.call?.cursor ?? '—'}`);
            } catch (error) {
              props.setStatus(`Refresh failed: ${error instanceof Error ? error.message : String(error)}`);
            }
          }}
        >
          Refresh
        </button>
      </p>
      <h3>Participants</h3>
      <Participants participants={props.participants} target={target} onTarget={setTarget} />
      {/* A call that ended takes no more actions. */}
      <fieldset className="plain" disabled={props.ended} aria-label="Call actions">
        <div className="row">
          <button
            type="button"
            disabled={!target}
            onClick={() => run(ACTIONS.mute, { input: { callConnectionId, participant } })}
          >
            Mute
          </button>
          <button
            type="button"
            disabled={!target}
            onClick={() => run(ACTIONS.hold, { input: { callConnectionId, target: participant } })}
          >
            Hold
          </button>
          <button
            type="button"
            disabled={!target}
            onClick={() => run(ACTIONS.unhold, { input: { callConnectionId, target: participant } })}
          >
            Unhold
          </button>
          <button
            type="button"
            disabled={!target}
            onClick={() => run(ACTIONS.remove, { input: { callConnectionId, participant } })}
          >
            Remove
          </button>
          <button
            type="button"
            disabled={!target}
            onClick={() =>
              run(ACTIONS.recognizeDtmf, {
                input: { callConnectionId, target: participant, maxTonesToCollect: 4, stopTones: ['POUND'] },
              })
            }
          >
            Recognize DTMF (4 keys or #)
          </button>
        </div>
        <PhoneForm
          label="Dial a phone number"
          button="Dial"
          onSubmit={(phoneNumber, sourceCallerIdNumber) =>
            run(ACTIONS.dial, {
              input: { callConnectionId, participant: { phoneNumber }, sourceCallerIdNumber },
            })
          }
        />
        <Keypad
          disabled={!target}
          onSend={(tones) =>
            run(ACTIONS.sendDtmf, { input: { callConnectionId, tones, target: participant } })
          }
        />
        <TextForm
          label="Play text-to-speech"
          placeholder="Text to speak"
          button="Play"
          onSubmit={(text) =>
            run(ACTIONS.play, { input: { callConnectionId, sources: [{ text: { text } }] } })
          }
        />
        <TransferForm
          onTransfer={(to, sourceCallerIdNumber) =>
            run(ACTIONS.transfer, {
              input: {
                callConnectionId,
                target: to,
                ...(target ? { transferee: participant } : {}),
                ...(sourceCallerIdNumber ? { sourceCallerIdNumber } : {}),
              },
            })
          }
        />
        <MoveForm
          graphqlUrl={graphqlUrl}
          others={props.calls.filter((c) => c.callConnectionId !== callConnectionId)}
          onMove={(fromCallConnectionId, moved) =>
            run(ACTIONS.move, { input: { callConnectionId, fromCallConnectionId, participants: [moved] } })
          }
          onError={props.setStatus}
        />
        <div className="row">
          <button
            type="button"
            className="danger"
            onClick={() => run(ACTIONS.hangUp, { input: { callConnectionId, forEveryone: true } })}
          >
            Hang up for everyone
          </button>
        </div>
        {props.emulatorControlUrl && (
          <DevTools
            controlUrl={props.emulatorControlUrl}
            call={call}
            target={target}
            gql={graphqlUrl}
            setStatus={props.setStatus}
          />
        )}
      </fieldset>
    </section>
  );
}
