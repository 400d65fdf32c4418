import type { NewCallEvent } from '../domain/call-event.ts';
import type { CallEventLog, CallEventSubscription, CallInfo, CallSummary, RecordingFiles } from './log.ts';

/**
 * The call event log as one GraphQL operation sees it: a call's summary (`getCall` included) and a recording's
 * files are read at most once per id for the whole operation (its authorization check and every field that
 * needs them), concurrent readers sharing the one read. A write through it forgets what was read for its id; a
 * failed read is not kept. Everything else goes straight to the log.
 *
 * Made for every operation, subscriptions included (whose context lives as long as they do): a class, so an
 * operation that reads nothing costs one small object.
 */
export class OperationLog implements CallEventLog {
  readonly #log: CallEventLog;
  #reads: Map<string, Promise<unknown>> | undefined;

  constructor(log: CallEventLog) {
    this.#log = log;
  }

  #once<T>(key: string, read: () => Promise<T>): Promise<T> {
    this.#reads ??= new Map();
    const reads = this.#reads;
    const known = reads.get(key);
    if (known) return known as Promise<T>;
    const reading = read();
    reads.set(key, reading);
    reading.catch(() => {
      if (reads.get(key) === reading) reads.delete(key);
    });
    return reading;
  }

  /**
   * Drops every read kept so far: for an operation whose reads are over while its context lives on (a
   * subscription, once subscribed: its fields resolve from the events alone).
   */
  forgetReads(): void {
    this.#reads = undefined;
  }

  #forget(key: string): void {
    this.#reads?.delete(key);
  }

  getCallSummary(callConnectionId: string): Promise<CallSummary> {
    return this.#once(`call\n${callConnectionId}`, () => this.#log.getCallSummary(callConnectionId));
  }

  async getCall(callConnectionId: string): Promise<CallInfo | null> {
    return (await this.getCallSummary(callConnectionId)).info;
  }

  getRecordingFiles(recordingId: string): Promise<RecordingFiles | null> {
    return this.#once(`recording\n${recordingId}`, () => this.#log.getRecordingFiles(recordingId));
  }

  append(callConnectionId: string, events: readonly NewCallEvent[]) {
    this.#forget(`call\n${callConnectionId}`);
    return this.#log.append(callConnectionId, events);
  }

  recordCall(callConnectionId: string, info: CallInfo): Promise<void> {
    this.#forget(`call\n${callConnectionId}`);
    return this.#log.recordCall(callConnectionId, info);
  }

  recordRecordingFiles(recordingId: string, files: RecordingFiles): Promise<void> {
    this.#forget(`recording\n${recordingId}`);
    return this.#log.recordRecordingFiles(recordingId, files);
  }

  readLast(callConnectionId: string, count: number) {
    return this.#log.readLast(callConnectionId, count);
  }

  readAfter(callConnectionId: string, after: string | null, limit: number) {
    return this.#log.readAfter(callConnectionId, after, limit);
  }

  subscribe(
    callConnectionId: string,
    options: { after: string | null; signal?: AbortSignal },
  ): CallEventSubscription {
    return this.#log.subscribe(callConnectionId, options);
  }

  linkServerCall(serverCallId: string, callConnectionId: string): Promise<void> {
    return this.#log.linkServerCall(serverCallId, callConnectionId);
  }

  callOfServerCall(serverCallId: string): Promise<string | null> {
    return this.#log.callOfServerCall(serverCallId);
  }

  updateCallbackRecord(
    id: string,
    fields: Readonly<Record<string, string>>,
    options: { create: boolean },
  ): Promise<Record<string, string> | null> {
    return this.#log.updateCallbackRecord(id, fields, options);
  }

  ping(): Promise<void> {
    return this.#log.ping();
  }

  /** The log belongs to the app: an operation never closes it. */
  async close(): Promise<void> {}
}
