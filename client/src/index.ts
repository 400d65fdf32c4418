/**
 * `@switchboard/client`: the typed client of the Switchboard gateway.
 * - Typed documents (`TypedDocumentNode`) for every public operation, generated from `schema.graphql` by
 *   GraphQL Code Generator, with their result and variables types (`CreateRoomDocument`, `CallEventsDocument`, …).
 * - `cacheConfig`: Apollo Client `InMemoryCache` options and urql Graphcache options — `possibleTypes` for Apollo
 *   and the schema for Graphcache (without them `... on Error { code message }` on a mutation's result union
 *   silently reads nothing from the cache), objects keyed by `id`, and the `call`/`recording`/`room` lookups
 *   answered from the cache.
 * - Trusted documents: `persisted-documents.json` (exported as `@switchboard/client/persisted-documents.json`), the
 *   manifest of every document above by id, and `documentIdOf` / `persistedQueryExtensions` to name one.
 * - `watchCall`: one call's events over graphql-ws (or SSE), resuming after its last cursor on any reconnect.
 */
import possibleTypesResult from './possible-types.ts';

export {
  type ApolloCacheConfig,
  type CacheConfig,
  cacheConfig,
  type UrqlCacheConfig,
} from './cache-config.ts';
export * from './gql/graphql.ts';
export type { PossibleTypesResultData } from './possible-types.ts';
export { documentIdOf, persistedQueryExtensions } from './trusted-documents.ts';
export {
  type CallEventData,
  type CallWatch,
  type ReconnectInfo,
  type TokenSource,
  WatchCallError,
  type WatchCallOptions,
  watchCall,
} from './watch-call.ts';
export { possibleTypesResult };

/** Which object types implement each interface and union: `new InMemoryCache({ possibleTypes })`. */
export const possibleTypes: Record<string, string[]> = possibleTypesResult.possibleTypes;
