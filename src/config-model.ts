/**
 * What the gateway's configuration is: the types `loadConfig` (src/config.ts) builds from the environment, and the
 * only shape of settings the rest of the gateway sees. Types only: reading and checking settings is `loadConfig`'s.
 */

/** Where the gateway's ACS traffic goes and how it authenticates. */
export type AcsConfig =
  /** HMAC access-key auth from an ACS connection string (`endpoint=…;accesskey=…`). */
  | { mode: 'connectionString'; connectionString: string; resourceId: string }
  /** Entra ID auth (`DefaultAzureCredential`) against the resource endpoint. */
  | { mode: 'entraId'; endpoint: string; resourceId: string };

/** Everything the gateway reads from its environment; built only by `loadConfig`. */
export interface Config {
  /**
   * `production` when NODE_ENV is `production`; `development` when it is `development` or `test`. Unset: the
   * caller's default (`main.ts`: production for the built artifact, development for `npm start`). Any other
   * value is refused.
   */
  environment: 'production' | 'development';
  /**
   * Settings that do not stop a development start (unknown variables with the gateway's prefixes);
   * in production they are errors instead. `main.ts` logs them as warnings.
   */
  warnings: string[];
  /** TCP port of the HTTP/WebSocket server. @default 4000 */
  port: number;
  /** Interface to bind; undefined binds every interface. @default development: 127.0.0.1; production: every interface */
  host: string | undefined;
  /**
   * `GET /metrics` on a listener of its own (`METRICS_PORT`, `METRICS_HOST`), open to whoever can reach it;
   * `port` null: served on the API's port, behind the `metrics:read` scope. `host` defaults to `host`.
   */
  metrics: { port: number | null; host: string | undefined };
  /** Public origin ACS posts callbacks to (`<publicBaseUrl>/api/callbacks`). @default http://localhost:<port> */
  publicBaseUrl: string;
  /**
   * Null only in development when no ACS setting is given: `main.ts` then starts a local stand-in on
   * `localAcsPort` and loads the config again with its settings. `createApp` refuses null.
   */
  acs: AcsConfig | null;
  /** `EMULATOR_PORT`: where `main.ts` starts the local stand-in when `acs` is null. @default 8090 */
  localAcsPort: number;
  /** Retries of a failed ACS request (408/429/5xx/network; 429 and 503 honour `Retry-After`). @default 3 */
  acsMaxRetries: number;
  /** Longest wait for one try of an ACS request before it is abandoned (and retried). @default 5000 ms */
  acsAttemptTimeoutMs: number;
  /** Deadline of an ACS request, retries and their back-off included. @default 15000 ms */
  acsRequestTimeoutMs: number;
  callbacks: {
    /** Expected `iss` of callback JWTs. Null: ACS's own. */
    issuer: string | null;
    /** Where the signing keys are published. Null: ACS's own. */
    jwksUrl: string | null;
    /** Optional second factor: callbacks must carry `?secret=<value>`. */
    secret: string | null;
    /** Largest accepted callback body. @default 1 MiB */
    maxBodyBytes: number;
    /**
     * How long a call's callback token still admits events after its `CallDisconnected` (its final events,
     * ACS's retries), in seconds. @default 120
     */
    graceSeconds: number;
    /**
     * Hosts (lower case, exact) a client may name as a `transportUrl` (media streaming, transcription): ACS sends
     * its signed tokens there. Empty: none (only the gateway's own transcription transport). @default []
     */
    transportUrlAllowedHosts: string[];
  };
  /** Null: the event log runs in memory (one process only; in production only with `EVENT_LOG=memory`). */
  redis: { url: string; cluster: boolean } | null;
  eventLog: {
    /** Prefix of every Redis key and channel. @default "switchboard:" */
    keyPrefix: string;
    /** Approximate number of events kept per call connection. @default 10000 */
    maxEventsPerCall: number;
    /** How long a call's log outlives its last event, in seconds. @default 86400 (one day) */
    ttlSeconds: number;
    /**
     * Longest wait for one Redis command (PING and the append script included); past it callbacks get 503
     * and `/readyz` 503. @default 2000 ms
     */
    redisCommandTimeoutMs: number;
  };
  subscriptions: {
    /** Bytes a subscriber may leave unread; past that the gateway waits for it to read. @default 1 MiB */
    maxBufferedBytes: number;
    /** How long a subscriber over that limit may read nothing before it is disconnected. @default 5000 ms */
    stallTimeoutMs: number;
  };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** On SIGTERM/SIGINT: how long open requests and subscribers get to finish before the process exits. @default 10000 ms */
  shutdownGraceMs: number;
  /** OTLP/HTTP collector base URL (`OTEL_EXPORTER_OTLP_ENDPOINT`); null: tracing off and not loaded. */
  otlpEndpoint: string | null;
  // ─── security: client identity, browsers, limits ───
  auth: AuthConfig;
  browser: BrowserConfig;
  limits: LimitsConfig;
  /** Speech, transcripts and recording files. */
  callMedia: CallMediaConfig;
  /**
   * HMAC key of page cursors (`src/resolvers/paging.ts`), the same on every replica: derived from
   * `CURSOR_SECRET`, else from the ACS access key; in development without either, random per process.
   */
  cursorKey: Buffer;
  /** Which documents `/graphql` runs (HTTP, SSE and graphql-ws alike). */
  trustedDocuments: {
    /**
     * `off`: any document text, no ids; `allow`: manifest documents by id, or any text; `require`: only
     * manifest documents, by id. @default development: off; production: require
     */
    mode: 'off' | 'allow' | 'require';
    /** The manifest (document id → document text). @default the client's, shipped with the build */
    manifestPath: string;
  };
}

/** How clients of `/graphql` prove who they are. */
export type AuthConfig =
  /** Every client is trusted with every scope (development; in production only with AUTH_MODE=none). */
  | { mode: 'none' }
  /** Bearer JWTs: RS256/ES256 against a JWKS URL, or HS256 with a shared secret; `iss` and `aud` required. */
  | {
      mode: 'jwt';
      issuer: string;
      audience: string;
      key: { kind: 'jwks'; url: string } | { kind: 'secret'; secret: string };
    };

/** What browsers may do. */
export interface BrowserConfig {
  /**
   * Origins allowed to call the API from a page (CORS, WebSocket and SSE Origin check); a `*` port matches any
   * port (`http://localhost:*`). The gateway's own origin is always allowed. @default development: localhost; production: none
   */
  corsOrigins: string[];
  /** Serve GraphiQL at `GET /graphql`. @default development: true; production: false */
  graphiql: boolean;
  /** Answer introspection queries (and suggest field names in validation errors). @default development: true; production: false */
  introspection: boolean;
  /**
   * Host names (lower case, IPv6 in brackets, no port) a request's `Host` header may carry; any other is refused
   * before anything runs (DNS rebinding). Null: any. @default development: localhost, 127.0.0.1, [::1], the
   * `PUBLIC_BASE_URL` host and `ALLOWED_HOSTS`; production: `ALLOWED_HOSTS` when set, else any
   */
  allowedHosts: string[] | null;
}

/** Bounds on what one client or one operation can make the gateway spend. */
export interface LimitsConfig {
  /** Deepest selection nesting of an operation. @default 15 */
  maxDepth: number;
  /** Aliases in one operation. @default 15 */
  maxAliases: number;
  /** Tokens in one document. @default 5000 */
  maxTokens: number;
  /** Directives in one operation. @default 50 */
  maxDirectives: number;
  /** Cost of one operation (graphql-armor's cost model). @default 5000 */
  maxCost: number;
  /** ACS requests one operation may cause. @default 25 */
  maxAcsCallsPerOperation: number;
  /** Largest `/graphql` request body. @default 1 MiB */
  maxBodyBytes: number;
  /** Largest graphql-ws message. @default 256 KiB */
  maxWsMessageBytes: number;
  /** Subscriptions at once on one graphql-ws connection. @default 20 */
  maxSubscriptionsPerConnection: number;
  /** Open graphql-ws connections per client (subject, or IP without auth). @default 100 */
  maxConnectionsPerClient: number;
  /** Open SSE subscription streams per gateway process. @default 1000 */
  maxSseStreams: number;
  /** Open SSE subscription streams per subject (per address without auth). @default 20 */
  maxSseStreamsPerSubject: number;
  /** Open SSE subscription streams per client address. @default 100 */
  maxSseStreamsPerAddress: number;
  /** graphql-ws sockets per client address that have not completed `connection_init`. @default 200 */
  maxPendingWsSocketsPerAddress: number;
  /** Time a client has to send its request headers. @default 10000 ms */
  headersTimeoutMs: number;
  /** Time a client has to send its whole request. @default 30000 ms */
  requestTimeoutMs: number;
  /** Longest id (room, call connection, recording, participant) or name string accepted. @default 256 */
  maxIdLength: number;
  /** Mutations per subject per minute (shared through Redis when configured). @default 120 */
  mutationsPerMinute: number;
  /**
   * ACS requests per subject per second, reads included, averaged over 10-second windows (shared through Redis
   * when configured). @default 10
   */
  acsRequestsPerSecond: number;
  /** Action outcomes (`outcome` fields) one subject may await at once, per gateway process. @default 20 */
  maxOutcomeAwaitsPerSubject: number;
}

/** Speech, transcripts and recording files. */
export interface CallMediaConfig {
  /**
   * Azure AI services endpoint ACS uses for text-to-speech and speech recognition, sent on every connect
   * (`callIntelligenceOptions.cognitiveServicesEndpoint`). Null: not sent, and ACS fails plays with text or
   * SSML and speech/choice recognitions.
   */
  cognitiveServicesEndpoint: string | null;
  /**
   * The `secret` query parameter Event Grid must send to `POST /api/eventgrid` (recording files).
   * Null: the route answers 404.
   */
  eventGridSecret: string | null;
}
