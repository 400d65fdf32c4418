import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { CallbackFault, Faults } from './faults.ts';
import type { Scheduler } from './scheduler.ts';
import { acsNow } from './time.ts';
import type { CallbackTokenIssuer } from './tokens.ts';

/** One CloudEvent 1.0 exactly as ACS posts it (acs.md §4.1). */
export interface CloudEvent {
  id: string;
  source: string;
  type: string;
  data: Record<string, unknown>;
  time: string;
  specversion: '1.0';
  datacontenttype: 'application/json';
  subject: string;
}

export function buildCloudEvent(name: string, source: string, data: Record<string, unknown>): CloudEvent {
  return {
    id: randomUUID(),
    source,
    type: `Microsoft.Communication.${name}`,
    data,
    time: acsNow(),
    specversion: '1.0',
    datacontenttype: 'application/json',
    subject: source,
  };
}

export interface DeliveryAttempt {
  /** When the attempt started (ISO). */
  at: string;
  /** The sink's HTTP status, absent on network errors. */
  status?: number;
  error?: string;
}

/** One callback delivery, as listed by the control API. */
export interface CallbackDelivery {
  deliveryId: string;
  /** Ordering key: the call connection id (or `recording:<id>` for recordings started without one). */
  queue: string;
  url: string;
  event: CloudEvent;
  /** `queued` (waiting its turn), `sending` (attempting or backing off), then a final state. */
  status: 'queued' | 'sending' | 'delivered' | 'failed' | 'dropped';
  attempts: DeliveryAttempt[];
  /** The fault applied to it, if any. */
  fault?: CallbackFault['kind'];
}

export interface CallbackRetryOptions {
  /** Total delivery attempts per callback (first try included). @default 5 */
  attempts?: number;
  /** Delay before the first retry, doubling each time. @default 200 ms */
  baseDelayMs?: number;
  /** Per-attempt HTTP timeout. @default 5_000 ms */
  timeoutMs?: number;
}

export interface CallbackDispatcher {
  send(queue: string, url: string, event: CloudEvent): void;
  deliveries(): CallbackDelivery[];
  clear(): void;
  stop(): void;
}

interface QueueState {
  items: CallbackDelivery[];
  busy: boolean;
  held?: CallbackDelivery;
  releaseHeld?: () => void;
}

/** 4xx answers mean the receiver refused the event; only 408 and 429 are transient (like Event Grid). */
const isRetryable = (status: number | undefined): boolean =>
  status === undefined || status === 408 || status === 429 || status >= 500;

/**
 * Delivers callbacks: per queue one at a time in order (the next after the previous settles), each with
 * retries and exponential backoff, signed with a fresh Bearer JWT. Faults can duplicate, reorder, delay or
 * drop deliveries.
 */
export function createCallbackDispatcher(options: {
  tokens: CallbackTokenIssuer;
  faults: Faults;
  scheduler: Scheduler;
  retry: Required<CallbackRetryOptions>;
  reorderHoldMs: number;
  onError: (error: unknown) => void;
}): CallbackDispatcher {
  const { tokens, faults, scheduler, retry } = options;
  const queues = new Map<string, QueueState>();
  let records: CallbackDelivery[] = [];
  const inFlight = new AbortController();

  const post = (url: string, body: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        target,
        {
          method: 'POST',
          agent: false,
          signal: inFlight.signal,
          timeout: retry.timeoutMs,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${tokens.mint()}`,
            'user-agent': 'acs-emulator-callbacks',
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(body);
    });

  const deliver = async (delivery: CallbackDelivery): Promise<void> => {
    delivery.status = 'sending';
    const body = JSON.stringify([delivery.event]);
    for (let attempt = 1; attempt <= retry.attempts; attempt++) {
      if (scheduler.disposed) return;
      const record: DeliveryAttempt = { at: new Date().toISOString() };
      delivery.attempts.push(record);
      try {
        record.status = await post(delivery.url, body);
      } catch (error) {
        record.error = error instanceof Error ? error.message : String(error);
      }
      if (record.status !== undefined && record.status >= 200 && record.status < 300) {
        delivery.status = 'delivered';
        return;
      }
      if (!isRetryable(record.status) || attempt === retry.attempts) break;
      await scheduler.sleep(retry.baseDelayMs * 2 ** (attempt - 1));
    }
    delivery.status = 'failed';
  };

  const pump = async (queue: QueueState): Promise<void> => {
    if (queue.busy) return;
    queue.busy = true;
    try {
      while (queue.items.length > 0 && !scheduler.disposed) {
        const delivery = queue.items.shift() as CallbackDelivery;
        if (delivery.fault === 'reorder' && delivery.status === 'queued' && !queue.held) {
          if (queue.items.length > 0) {
            // Let the next callback overtake this one.
            queue.items.splice(1, 0, delivery);
            delivery.status = 'sending';
            continue;
          }
          queue.held = delivery;
          queue.releaseHeld = scheduler.after(options.reorderHoldMs, () => releaseHeld(queue));
          continue;
        }
        await deliver(delivery);
        if (queue.held && queue.held !== delivery) releaseHeld(queue);
      }
    } finally {
      queue.busy = false;
    }
  };

  const releaseHeld = (queue: QueueState): void => {
    const held = queue.held;
    if (!held) return;
    queue.held = undefined;
    queue.releaseHeld?.();
    held.status = 'sending';
    queue.items.unshift(held);
    pump(queue).catch(options.onError);
  };

  const enqueue = (queueKey: string, delivery: CallbackDelivery): void => {
    let queue = queues.get(queueKey);
    if (!queue) {
      queue = { items: [], busy: false };
      queues.set(queueKey, queue);
    }
    queue.items.push(delivery);
    pump(queue).catch(options.onError);
  };

  return {
    send(queueKey, url, event) {
      if (scheduler.disposed) return;
      const fault = faults.takeCallbackFault(event.type);
      const delivery: CallbackDelivery = {
        deliveryId: randomUUID(),
        queue: queueKey,
        url,
        event,
        status: 'queued',
        attempts: [],
        ...(fault ? { fault: fault.kind } : {}),
      };
      records.push(delivery);
      switch (fault?.kind) {
        case 'drop':
          delivery.status = 'dropped';
          return;
        case 'delay':
          scheduler.after(fault.delayMs ?? 200, () => deliver(delivery));
          return;
        case 'duplicate': {
          enqueue(queueKey, delivery);
          const copy: CallbackDelivery = { ...delivery, deliveryId: randomUUID(), attempts: [] };
          records.push(copy);
          enqueue(queueKey, copy);
          return;
        }
        default:
          enqueue(queueKey, delivery);
      }
    },
    deliveries: () => records,
    clear() {
      records = records.filter((r) => r.status === 'queued' || r.status === 'sending');
    },
    stop() {
      inFlight.abort();
      queues.clear();
    },
  };
}
