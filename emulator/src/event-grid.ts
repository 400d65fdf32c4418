import { randomUUID } from 'node:crypto';

/**
 * Event Grid subscriptions on the emulated ACS resource (acs.md §5.3): webhook endpoints that receive the
 * resource's Event Grid events (Event Grid schema: a JSON array). Subscribing runs the validation handshake
 * Event Grid runs when a subscription is created: a `SubscriptionValidationEvent` the endpoint must answer
 * with `{"validationResponse": <validationCode>}`. Deliveries are not retried (Event Grid retries for up to
 * 24 h; tests need not wait for that).
 */
export interface EventGrid {
  /** Validates and adds an endpoint. Rejects when the endpoint does not answer the handshake. */
  subscribe(endpoint: string): Promise<void>;
  /** Endpoints subscribed, in order. */
  endpoints(): string[];
  /** POSTs one event to every endpoint. */
  publish(event: { eventType: string; subject: string; data: Record<string, unknown> }): void;
  clear(): void;
}

export function createEventGrid(options: {
  /** The `topic` of events: the resource's ARM path. */
  topic: string;
  onError(error: unknown): void;
}): EventGrid {
  const subscribed: string[] = [];
  const post = (endpoint: string, events: unknown[]) =>
    fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'aeg-event-type': 'Notification' },
      body: JSON.stringify(events),
      signal: AbortSignal.timeout(5_000),
    });
  const envelope = (eventType: string, subject: string, data: Record<string, unknown>) => ({
    id: randomUUID(),
    topic: options.topic,
    subject,
    data,
    eventType,
    dataVersion: '1.0',
    metadataVersion: '1',
    eventTime: new Date().toISOString(),
  });
  return {
    async subscribe(endpoint) {
      const validationCode = randomUUID();
      const response = await post(endpoint, [
        envelope('Microsoft.EventGrid.SubscriptionValidationEvent', '', {
          validationCode,
          validationUrl: `${endpoint}#validation-url-not-emulated`,
        }),
      ]);
      const body = (await response.json().catch(() => null)) as { validationResponse?: unknown } | null;
      if (response.status !== 200 || body?.validationResponse !== validationCode) {
        throw new Error(`Event Grid validation failed: ${endpoint} answered ${response.status}`);
      }
      subscribed.push(endpoint);
    },
    endpoints: () => [...subscribed],
    publish({ eventType, subject, data }) {
      for (const endpoint of subscribed) {
        post(endpoint, [envelope(eventType, subject, data)])
          .then((response) => {
            if (!response.ok)
              options.onError(new Error(`Event Grid delivery to ${endpoint}: ${response.status}`));
          })
          .catch(options.onError);
      }
    },
    clear: () => {
      subscribed.length = 0;
    },
  };
}

/** A mono 16 kHz 16-bit PCM WAV of `samples` silent samples: the emulator's recording content. */
export function silentWav(samples = 1_600): Buffer {
  const dataBytes = samples * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(16_000, 24);
  wav.writeUInt32LE(32_000, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  return wav;
}
