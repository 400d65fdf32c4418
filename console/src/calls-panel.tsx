import type { CallRejectReason, ParticipantInput } from '@switchboard/client';
import { type ComponentProps, useState } from 'react';
import { PhoneForm } from './call-controls.tsx';
import { emulatorControl } from './gateway.ts';
import { IncomingCalls } from './incoming-calls.tsx';
import type { IncomingCallRow } from './use-incoming-calls.ts';

/**
 * Calls beyond the room: call a phone (`createCall`, the console then follows the call) and the calls ringing
 * the resource. With the embedded emulator, a button makes a phone ring the resource.
 */
export function CallsPanel(props: {
  onCallPhone(phone: string, callerId: string): unknown;
  incoming: Omit<ComponentProps<typeof IncomingCalls>, 'onAnswer' | 'onReject' | 'onRedirect'>;
  onAnswer(call: IncomingCallRow): unknown;
  onReject(call: IncomingCallRow, reason: CallRejectReason): unknown;
  onRedirect(call: IncomingCallRow, target: ParticipantInput): unknown;
  emulatorControlUrl: string | null;
  setStatus(status: string): void;
}) {
  return (
    <section className="panel" aria-label="Calls">
      <h2>Calls</h2>
      <PhoneForm label="Call a phone" button="Call a phone" onSubmit={props.onCallPhone} />
      <IncomingCalls
        {...props.incoming}
        onAnswer={props.onAnswer}
        onReject={props.onReject}
        onRedirect={props.onRedirect}
      />
      {props.emulatorControlUrl && (
        <RingTool controlUrl={props.emulatorControlUrl} setStatus={props.setStatus} />
      )}
    </section>
  );
}

/** Development only: a phone rings the resource (the emulator delivers Event Grid's IncomingCall). */
function RingTool(props: { controlUrl: string; setStatus(status: string): void }) {
  const [from, setFrom] = useState('+14255550123');
  const [to, setTo] = useState('+18005550100');
  const [name, setName] = useState('Ada Lovelace');
  return (
    <fieldset aria-label="Emulator incoming call">
      <legend>Emulator (development)</legend>
      <form
        className="row"
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            await emulatorControl(props.controlUrl, '/incoming-calls', {
              from,
              to,
              ...(name.trim() ? { callerDisplayName: name.trim() } : {}),
            });
            props.setStatus(`${from} rings ${to}`);
          } catch (error) {
            props.setStatus(
              `Make a call ring failed: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }}
      >
        <label>
          From <input value={from} onChange={(e) => setFrom(e.target.value)} size={13} />
        </label>
        <label>
          To <input value={to} onChange={(e) => setTo(e.target.value)} size={13} />
        </label>
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} size={12} />
        </label>
        <button type="submit">Make a call ring</button>
      </form>
    </fieldset>
  );
}
