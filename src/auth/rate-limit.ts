import { RequestRefusedError } from './errors.ts';

/** A fixed-window counter: how many hits a key had in its current window, and when that window ends. */
export interface RateLimitStore {
  /** Counts one hit of `key`; the window starts at the key's first hit and lasts `windowSeconds`. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetInSeconds: number }>;
}

/** The store of one process (no `REDIS_URL`): replicas count apart. */
export function createMemoryRateLimitStore(now: () => number = Date.now): RateLimitStore {
  const windows = new Map<string, { count: number; endsAt: number }>();
  return {
    async hit(key, windowSeconds) {
      const time = now();
      let window = windows.get(key);
      if (!window || window.endsAt <= time) {
        // Drop ended windows as new ones open, so idle subjects do not accumulate.
        for (const [other, { endsAt }] of windows) if (endsAt <= time) windows.delete(other);
        window = { count: 0, endsAt: time + windowSeconds * 1000 };
        windows.set(key, window);
      }
      window.count += 1;
      return { count: window.count, resetInSeconds: Math.ceil((window.endsAt - time) / 1000) };
    },
  };
}

/** The one node-redis command the shared store needs (a client or a cluster: the script touches one key). */
export interface RateLimitRedis {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/**
 * One round trip per hit: count, open the window on the first hit (or on a key left without a TTL, so a
 * subject is never blocked forever), and say when the window ends.
 * KEYS[1] the counter; ARGV[1] the window in seconds. Returns {count, seconds left}.
 */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

/**
 * The store shared by every replica through Redis (one script per hit). A Redis that does not answer within
 * `commandTimeoutMs` (down, frozen) must not hang or fail every request: that hit is counted by `fallback` (this
 * process's memory) instead, so limiting degrades to per replica rather than to none.
 */
export function createRedisRateLimitStore(
  redis: RateLimitRedis,
  keyPrefix: string,
  { commandTimeoutMs, fallback }: { commandTimeoutMs: number; fallback: RateLimitStore },
): RateLimitStore {
  const shared: RateLimitStore = {
    async hit(key, windowSeconds) {
      const [count, ttl] = (await redis.eval(HIT_SCRIPT, {
        keys: [`${keyPrefix}ratelimit:${key}`],
        arguments: [String(windowSeconds)],
      })) as [number, number];
      return { count, resetInSeconds: ttl > 0 ? ttl : windowSeconds };
    },
  };
  return {
    async hit(key, windowSeconds) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), commandTimeoutMs);
      });
      try {
        const counted = await Promise.race([shared.hit(key, windowSeconds).catch(() => null), timedOut]);
        return counted ?? (await fallback.hit(key, windowSeconds));
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * Counts a subject's mutations per minute.
 * @throws RequestRefusedError `RATE_LIMITED` with `retryAfterSeconds` past `perMinute`.
 */
export function createMutationRateLimiter(store: RateLimitStore, perMinute: number) {
  return async (subject: string, mutations: number): Promise<void> => {
    for (let i = 0; i < mutations; i++) {
      const { count, resetInSeconds } = await store.hit(`mutations:${subject}`, 60);
      if (count > perMinute) {
        throw new RequestRefusedError(
          'RATE_LIMITED',
          `Too many mutations: at most ${perMinute} a minute (MUTATIONS_PER_MINUTE). Retry after ${resetInSeconds} s.`,
          resetInSeconds,
        );
      }
    }
  };
}

/** The window ACS requests are counted over: long enough for one operation's burst (a page of rooms with their participants). */
const ACS_WINDOW_SECONDS = 10;

/**
 * Counts a subject's ACS requests, reads included: ACS throttles per resource, so one client's flood would
 * otherwise throttle every user of it. Counted over 10-second windows (`perSecond` × 10 per window), in the
 * same store as mutations (Redis when configured, so replicas share the count).
 * @throws RequestRefusedError `RATE_LIMITED` with `retryAfterSeconds` past the rate.
 */
export function createAcsRequestRateLimiter(store: RateLimitStore, perSecond: number) {
  const perWindow = perSecond * ACS_WINDOW_SECONDS;
  return async (subject: string): Promise<void> => {
    const { count, resetInSeconds } = await store.hit(`acs:${subject}`, ACS_WINDOW_SECONDS);
    if (count > perWindow) {
      throw new RequestRefusedError(
        'RATE_LIMITED',
        `Too many ACS requests: at most ${perSecond} a second over ${ACS_WINDOW_SECONDS} s (ACS_REQUESTS_PER_SECOND). Retry after ${resetInSeconds} s.`,
        resetInSeconds,
      );
    }
  };
}
