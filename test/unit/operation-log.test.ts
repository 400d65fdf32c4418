import { describe, expect, it } from 'vitest';
import type { CallEventLog } from '../../src/events/log.ts';
import { createMemoryCallEventLog } from '../../src/events/memory-log.ts';
import { OperationLog } from '../../src/events/operation-log.ts';

/** A memory log that counts the reads reaching it, and fails the next ones while `failing` is set. */
function countedLog() {
  const log = createMemoryCallEventLog({ maxEventsPerCall: 100, ttlSeconds: 60 });
  const reads = { summary: 0, files: 0, failing: false };
  const counted: CallEventLog = {
    ...log,
    async getCallSummary(id) {
      reads.summary++;
      if (reads.failing) throw new Error('unreachable store');
      return log.getCallSummary(id);
    },
    async getRecordingFiles(id) {
      reads.files++;
      return log.getRecordingFiles(id);
    },
  };
  return { log: counted, reads };
}

describe('OperationLog', () => {
  it("reads a call's summary once for getCallSummary and getCall together, concurrent callers included", async () => {
    const { log, reads } = countedLog();
    await log.recordCall('call-1', { roomId: 'room-1' });
    const operation = new OperationLog(log);
    const [summary, info] = await Promise.all([
      operation.getCallSummary('call-1'),
      operation.getCall('call-1'),
    ]);
    expect(await operation.getCall('call-1')).toEqual({ roomId: 'room-1' });
    expect(summary.info).toEqual(info);
    expect(reads.summary).toBe(1);
  });

  it("reads a recording's files once per id", async () => {
    const { log, reads } = countedLog();
    const operation = new OperationLog(log);
    await Promise.all([operation.getRecordingFiles('r-1'), operation.getRecordingFiles('r-1')]);
    await operation.getRecordingFiles('r-2');
    expect(reads.files).toBe(2);
  });

  it('reads a call again after a write through it to that call', async () => {
    const { log } = countedLog();
    const operation = new OperationLog(log);
    expect(await operation.getCall('call-1')).toBeNull();
    await operation.recordCall('call-1', { roomId: 'room-1' });
    expect(await operation.getCall('call-1')).toEqual({ roomId: 'room-1' });
  });

  it('does not keep a failed read: the next caller reads again', async () => {
    const { log, reads } = countedLog();
    const operation = new OperationLog(log);
    reads.failing = true;
    await expect(operation.getCallSummary('call-1')).rejects.toThrow('unreachable store');
    reads.failing = false;
    expect((await operation.getCallSummary('call-1')).info).toBeNull();
    expect(reads.summary).toBe(2);
  });

  it('leaves the log open when closed: the app owns it', async () => {
    const { log } = countedLog();
    await log.recordCall('call-1', { roomId: null });
    await new OperationLog(log).close();
    expect(await log.getCall('call-1')).toEqual({ roomId: null });
  });
});
