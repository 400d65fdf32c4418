import type { IntrospectionQuery } from 'graphql';
import introspection from './introspection.ts';
import possibleTypesResult from './possible-types.ts';

/**
 * The one rule of identity: an object type has an identity exactly when it has `id: ID!`, and that id is the ACS
 * id of the thing (`Room.id` = the room id, `Call.id` = `callConnectionId`, `Recording.id` = `recordingId`, a call
 * event's `id` = its CloudEvent id), unique within an ACS resource for its type. Caches key them `<__typename>:<id>`,
 * so a `Call` returned by `connectRoomCall` and the one `call(callConnectionId)` returns are one cache entry.
 * Plain ACS ids rather than Relay global ids: they are what every argument (`call(callConnectionId)`, the ACS
 * SDKs, the ACS portal) already takes, and `__typename` keeps equal ids of different types apart.
 */
const KEYED_TYPES: readonly string[] = [
  'Room',
  'Call',
  'Recording',
  ...(possibleTypesResult.possibleTypes.CallEvent ?? []),
];

/**
 * Object types with no identity of their own: values that only mean something inside their parent, so a cache
 * stores them in it. A participant's `isMuted` is its state in one call (the same user in another call is another
 * value), a roster entry's `role` is its role in one room; identifiers, recording files, results, payloads,
 * errors and pages are values.
 */
const EMBEDDED_TYPES: readonly string[] = [
  ...new Set([
    'CallParticipant',
    'RoomParticipant',
    ...(possibleTypesResult.possibleTypes.CommunicationIdentifier ?? []),
    // A ringing call is an item of the `incomingCalls` stream, named by its `incomingCallContext`, not an ACS id.
    ...(possibleTypesResult.possibleTypes.IncomingCallEvent ?? []),
    'RecordingChunk',
    'ResultInformation',
    'SipDiagnosticInfo',
    'ChoiceResult',
    'SpeechResult',
    'TranscriptionWord',
    'MediaStreamingSubscription',
    'TranscriptionSubscription',
    'MediaStreamingUpdate',
    'TranscriptionUpdate',
    'OutcomeError',
    'PageInfo',
    'RoomConnection',
    'RoomEdge',
    'RoomParticipantConnection',
    'RoomParticipantEdge',
    // Every mutation's payload and errors: the members of its `<Name>Result` union.
    ...Object.entries(possibleTypesResult.possibleTypes)
      .filter(([union]) => union.endsWith('Result'))
      .flatMap(([, members]) => members),
  ]),
];

/** The root fields that look one keyed object up by its id: served from the cache when it holds that object. */
const LOOKUPS: readonly { field: string; typename: string; idArgument: string }[] = [
  { field: 'room', typename: 'Room', idArgument: 'id' },
  { field: 'call', typename: 'Call', idArgument: 'callConnectionId' },
  { field: 'recording', typename: 'Recording', idArgument: 'recordingId' },
];

/** An Apollo `FieldReadFunction` as the lookups use it (structural: the client does not depend on Apollo). */
interface ApolloLookupRead {
  read(
    existing: unknown,
    options: {
      args: Record<string, unknown> | null;
      toReference(object: { __typename: string; id: string }): unknown;
    },
  ): unknown;
}

/** Apollo Client's `InMemoryCache` options (a subset of `InMemoryCacheConfig`). */
export interface ApolloCacheConfig {
  possibleTypes: Record<string, string[]>;
  typePolicies: Record<string, { keyFields?: string[] | false; fields?: Record<string, ApolloLookupRead> }>;
}

/** urql Graphcache's options (a subset of `CacheExchangeOpts`). */
export interface UrqlCacheConfig {
  /** Per type: its cache key, or null for an embedded type. */
  keys: Record<string, (data: { id?: unknown }) => string | null>;
  /** `Query.call/recording/room`: the cached object of that id, when the cache holds it. */
  resolvers: {
    Query: Record<
      string,
      (parent: unknown, args: Record<string, unknown>) => { __typename: string; id: string }
    >;
  };
  /**
   * The schema (introspection without descriptions). With it Graphcache writes only the fragments a result's type
   * matches; with `possibleTypes` alone it writes every fragment of a union member's selection and warns, in
   * development, about each field of the other members (fourteen per `PlayStarted`).
   */
  schema: IntrospectionQuery;
}

/** Normalized-cache settings for Apollo Client and urql Graphcache (see `cacheConfig`). */
export interface CacheConfig {
  /** `new InMemoryCache(cacheConfig.apollo)`. */
  apollo: ApolloCacheConfig;
  /** `cacheExchange(cacheConfig.urql)` from `@urql/exchange-graphcache`. */
  urql: UrqlCacheConfig;
  /** The object types with an identity (`id: ID!`), keyed by it. */
  keyedTypes: readonly string[];
  /** The object types stored inside their parent. */
  embeddedTypes: readonly string[];
}

const possibleTypes: Record<string, string[]> = possibleTypesResult.possibleTypes;

/**
 * Everything a normalized cache needs to read the gateway's results right: which types implement each interface
 * and union (Apollo's `possibleTypes`, Graphcache's `schema`; without them `... on Error` reads nothing), how
 * each object type is keyed (by `id`, or stored in its parent), and the lookups `call`, `recording` and `room`
 * answered from the cache.
 *
 * ```ts
 * const apollo = new ApolloClient({ link, cache: new InMemoryCache(cacheConfig.apollo) });
 * const urql = new Client({ url, exchanges: [cacheExchange(cacheConfig.urql), fetchExchange] });
 * ```
 */
export const cacheConfig: CacheConfig = {
  apollo: {
    possibleTypes,
    typePolicies: {
      Query: {
        fields: Object.fromEntries(
          LOOKUPS.map(({ field, typename, idArgument }) => [
            field,
            {
              read(existing, { args, toReference }) {
                const id = args?.[idArgument];
                return (
                  existing ?? (typeof id === 'string' ? toReference({ __typename: typename, id }) : undefined)
                );
              },
            } satisfies ApolloLookupRead,
          ]),
        ),
      },
      // `Call:<id>`, as Apollo writes its default key (`keyFields: ['id']` would write `Call:{"id":"<id>"}`).
      ...Object.fromEntries(
        KEYED_TYPES.map((type) => [
          type,
          {
            keyFields: (object: { id?: unknown }) =>
              typeof object.id === 'string' ? `${type}:${object.id}` : undefined,
          },
        ]),
      ),
      ...Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, { keyFields: false as const }])),
    },
  },
  urql: {
    keys: {
      ...Object.fromEntries(
        KEYED_TYPES.map((type) => [
          type,
          (data: { id?: unknown }) => (typeof data.id === 'string' ? data.id : null),
        ]),
      ),
      ...Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, () => null])),
    },
    resolvers: {
      Query: Object.fromEntries(
        LOOKUPS.map(({ field, typename, idArgument }) => [
          field,
          (_parent: unknown, args: Record<string, unknown>) => ({
            __typename: typename,
            id: String(args[idArgument]),
          }),
        ]),
      ),
    },
    schema: introspection,
  },
  keyedTypes: KEYED_TYPES,
  embeddedTypes: EMBEDDED_TYPES,
};
