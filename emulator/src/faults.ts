import { randomUUID } from 'node:crypto';

/**
 * What happens to a callback:
 * - `duplicate`: delivered twice (same CloudEvent `id`), one right after the other.
 * - `reorder`: swapped with the next callback of the same call connection (held up to `timing.reorderHoldMs`
 *   if no next one comes).
 * - `delay`: taken out of the in-order queue and delivered after `delayMs`, so later callbacks overtake it.
 * - `drop`: never delivered (listed with status `dropped`).
 */
export type CallbackFaultKind = 'duplicate' | 'reorder' | 'delay' | 'drop';

export interface CallbackFaultSpec {
  kind: CallbackFaultKind;
  /** Applies to the next `count` matching callbacks; omit to apply until cleared. */
  count?: number;
  /** For `delay`: how long to hold the callback. @default 200 ms */
  delayMs?: number;
  /** Only callbacks of this event type (e.g. `CallConnected` or `Microsoft.Communication.CallConnected`). */
  eventType?: string;
}

export interface CallbackFault extends CallbackFaultSpec {
  id: string;
  /** How many more callbacks it applies to (`null` = until cleared). */
  remaining: number | null;
}

export interface RequestFaultSpec {
  /** HTTP status to answer with, e.g. 429 or 503. */
  status: number;
  /** How many of the next REST requests (Rooms and Call Automation, not the control API) fail. @default 1 */
  count?: number;
  /** `Retry-After` header in seconds; always sent for 429 and 503. @default 1 */
  retryAfterSeconds?: number;
  /** CommunicationError code. @default 'TooManyRequests' for 429, else 'ServiceUnavailable' or 'InjectedFault' */
  code?: string;
  /** CommunicationError message. */
  message?: string;
}

export interface RequestFault extends Required<Omit<RequestFaultSpec, 'count'>> {
  id: string;
  remaining: number;
}

export interface Faults {
  addCallbackFault(spec: CallbackFaultSpec): CallbackFault;
  clearCallbackFaults(): void;
  /** Consumes one use of the first fault matching this event type, if any. */
  takeCallbackFault(eventType: string): CallbackFault | undefined;
  failNextRequests(spec: RequestFaultSpec): RequestFault;
  clearRequestFaults(): void;
  /** Consumes one use of the oldest request fault, if any. */
  takeRequestFault(): RequestFault | undefined;
  list(): { callbacks: CallbackFault[]; requests: RequestFault[] };
}

const shortType = (type: string): string => type.replace(/^Microsoft\.Communication\./, '');

export function createFaults(): Faults {
  let callbackFaults: CallbackFault[] = [];
  let requestFaults: RequestFault[] = [];
  return {
    addCallbackFault(spec) {
      const fault: CallbackFault = { ...spec, id: randomUUID(), remaining: spec.count ?? null };
      callbackFaults.push(fault);
      return fault;
    },
    clearCallbackFaults() {
      callbackFaults = [];
    },
    takeCallbackFault(eventType) {
      const fault = callbackFaults.find(
        (f) => f.eventType === undefined || shortType(f.eventType) === shortType(eventType),
      );
      if (!fault) return undefined;
      if (fault.remaining !== null) {
        fault.remaining -= 1;
        if (fault.remaining <= 0) callbackFaults = callbackFaults.filter((f) => f !== fault);
      }
      return { ...fault };
    },
    failNextRequests(spec) {
      const fault: RequestFault = {
        id: randomUUID(),
        status: spec.status,
        remaining: spec.count ?? 1,
        retryAfterSeconds: spec.retryAfterSeconds ?? 1,
        code:
          spec.code ??
          (spec.status === 429
            ? 'TooManyRequests'
            : spec.status === 503
              ? 'ServiceUnavailable'
              : 'InjectedFault'),
        message: spec.message ?? `Injected fault: the emulator answers ${spec.status}.`,
      };
      requestFaults.push(fault);
      return fault;
    },
    clearRequestFaults() {
      requestFaults = [];
    },
    takeRequestFault() {
      const fault = requestFaults[0];
      if (!fault) return undefined;
      fault.remaining -= 1;
      if (fault.remaining <= 0) requestFaults.shift();
      return { ...fault };
    },
    list: () => ({
      callbacks: callbackFaults.map((f) => ({ ...f })),
      requests: requestFaults.map((f) => ({ ...f })),
    }),
  };
}
