/** A response as first sent, replayed verbatim for a repeated `Repeatability-Request-ID` (acs.md §1.1). */
export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface RepeatabilityCache {
  get(requestId: string): CachedResponse | undefined;
  set(requestId: string, response: CachedResponse): void;
  clear(): void;
}

/** Remembers the last `maxEntries` responses by request id (oldest evicted first). */
export function createRepeatabilityCache(maxEntries = 10_000): RepeatabilityCache {
  const entries = new Map<string, CachedResponse>();
  return {
    get: (requestId) => entries.get(requestId),
    set(requestId, response) {
      entries.set(requestId, response);
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    },
    clear: () => entries.clear(),
  };
}
