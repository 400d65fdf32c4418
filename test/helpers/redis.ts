import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';

/** The Redis URL of this test run (see `redis-global-setup.ts`). */
export function testRedisUrl(): string {
  return inject('redisUrl');
}

/** A key prefix no other test uses, so tests share one Redis without seeing each other's keys. */
export function uniqueKeyPrefix(label = 'test'): string {
  return `sb-test:${label}:${randomUUID().slice(0, 8)}:`;
}
