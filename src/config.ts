import { createHmac, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

import type { AcsConfig, AuthConfig, Config } from './config-model.ts';

/** Thrown by `loadConfig` with every problem found, one per line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

const ACS_DEFAULT_ISSUER = 'https://acscallautomation.communication.azure.com';
const ACS_DEFAULT_JWKS_URL = 'https://acscallautomation.communication.azure.com/calling/keys';

/** The real ACS callback-token issuer and key set, used unless configured otherwise. */
export const ACS_CALLBACK_DEFAULTS = { issuer: ACS_DEFAULT_ISSUER, jwksUrl: ACS_DEFAULT_JWKS_URL } as const;

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const boolean = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1');

const optionalBoolean = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) =>
    value === undefined || value === '' ? undefined : value === 'true' || value === '1',
  );
/** An origin (scheme://host[:port]) whose port may be `*`. */
const ORIGIN_PATTERN = /^https?:\/\/[^/:\s]+(:(\d+|\*))?$/i;
const DEVELOPMENT_CORS_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

/** The values NODE_ENV may take; `test` runs as development. */
const NODE_ENVS = ['production', 'development', 'test'] as const;
/** A Host name: a DNS name or IPv4 address, or an IPv6 address in brackets; no scheme, port or path. */
const HOST_NAME_PATTERN =
  /^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])$/i;
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

const EnvSchema = z.object({
  // Checked on the raw value (see `environmentOf`): a stray space or capital must not pass as production.
  NODE_ENV: z.string().optional(),
  PORT: port(4000),
  HOST: optionalString,
  METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  METRICS_HOST: optionalString,
  PUBLIC_BASE_URL: httpUrl.optional(),
  ACS_CONNECTION_STRING: optionalString.refine(
    (value) => value === undefined || /endpoint=[^;]+;accesskey=.+/i.test(value),
    'must look like "endpoint=https://<resource>.communication.azure.com/;accesskey=<base64 key>"',
  ),
  ACS_ENDPOINT: httpUrl.optional(),
  ACS_RESOURCE_ID: optionalString,
  ACS_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  ACS_ATTEMPT_TIMEOUT_MS: positiveInt(5_000),
  ACS_REQUEST_TIMEOUT_MS: positiveInt(15_000),
  ACS_CALLBACK_ISSUER: httpUrl.optional(),
  ACS_CALLBACK_JWKS_URL: httpUrl.optional(),
  CALLBACK_SECRET: optionalString,
  CALLBACK_MAX_BODY_BYTES: positiveInt(1_048_576),
  CALLBACK_GRACE_SECONDS: positiveInt(120),
  TRANSPORT_URL_ALLOWED_HOSTS: optionalString.refine(
    (value) =>
      value === undefined ||
      value.split(',').every((host) => /^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(host.trim())),
    'must be comma-separated host names like audio.example.com (no scheme, port or path)',
  ),
  EMULATOR_PORT: port(8090),
  REDIS_URL: optionalString.refine(
    (value) => value === undefined || value.split(',').every((url) => /^rediss?:\/\/\S+$/.test(url.trim())),
    'must be redis://host:port or rediss://host:port (comma-separated for a cluster)',
  ),
  REDIS_CLUSTER: boolean,
  REDIS_KEY_PREFIX: z.string().default('switchboard:'),
  EVENT_LOG: z.enum(['redis', 'memory']).optional(),
  EVENT_LOG_MAX_EVENTS_PER_CALL: positiveInt(10_000),
  EVENT_LOG_TTL_SECONDS: positiveInt(86_400),
  REDIS_COMMAND_TIMEOUT_MS: positiveInt(2_000),
  SUBSCRIPTION_MAX_BUFFERED_BYTES: positiveInt(1_048_576),
  SUBSCRIPTION_STALL_TIMEOUT_MS: positiveInt(5_000),
  ACS_COGNITIVE_SERVICES_ENDPOINT: httpUrl.optional(),
  EVENTGRID_SECRET: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_MS: positiveInt(10_000),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  // ─── security ───
  AUTH_MODE: z.enum(['jwt', 'none']).optional(),
  AUTH_JWKS_URL: httpUrl.optional(),
  AUTH_JWT_SECRET: optionalString.refine(
    (value) => value === undefined || Buffer.byteLength(value) >= 32,
    'must be at least 32 bytes (HS256 needs a key as long as its hash)',
  ),
  AUTH_ISSUER: optionalString,
  AUTH_AUDIENCE: optionalString,
  ALLOWED_HOSTS: optionalString.refine(
    (value) => value === undefined || value.split(',').every((host) => HOST_NAME_PATTERN.test(host.trim())),
    'must be comma-separated host names like dev.example.test (no scheme, port or path)',
  ),
  CORS_ORIGINS: optionalString.refine(
    (value) => value === undefined || value.split(',').every((origin) => ORIGIN_PATTERN.test(origin.trim())),
    'must be comma-separated origins like https://app.example.com or http://localhost:* (no path)',
  ),
  GRAPHIQL: optionalBoolean,
  INTROSPECTION: optionalBoolean,
  GRAPHQL_MAX_DEPTH: positiveInt(15),
  GRAPHQL_MAX_ALIASES: positiveInt(15),
  GRAPHQL_MAX_TOKENS: positiveInt(5000),
  GRAPHQL_MAX_DIRECTIVES: positiveInt(50),
  GRAPHQL_MAX_COST: positiveInt(5000),
  MAX_ACS_CALLS_PER_OPERATION: positiveInt(25),
  GRAPHQL_MAX_BODY_BYTES: positiveInt(1_048_576),
  WS_MAX_MESSAGE_BYTES: positiveInt(262_144),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt(20),
  WS_MAX_CONNECTIONS_PER_CLIENT: positiveInt(100),
  SSE_MAX_STREAMS: positiveInt(1000),
  SSE_MAX_STREAMS_PER_SUBJECT: positiveInt(20),
  SSE_MAX_STREAMS_PER_ADDRESS: positiveInt(100),
  WS_MAX_PENDING_SOCKETS_PER_ADDRESS: positiveInt(200),
  HTTP_HEADERS_TIMEOUT_MS: positiveInt(10_000),
  HTTP_REQUEST_TIMEOUT_MS: positiveInt(30_000),
  MAX_ID_LENGTH: positiveInt(256),
  MUTATIONS_PER_MINUTE: positiveInt(120),
  TRUSTED_DOCUMENTS: z.enum(['off', 'allow', 'require']).optional(),
  TRUSTED_DOCUMENTS_MANIFEST: optionalString,
  CURSOR_SECRET: optionalString.refine(
    (value) => value === undefined || Buffer.byteLength(value) >= 32,
    'must be at least 32 bytes',
  ),
  ACS_REQUESTS_PER_SECOND: positiveInt(10),
  OUTCOME_AWAITS_PER_SUBJECT: positiveInt(20),
});

/**
 * Prefixes of the gateway's settings: any other variable starting with one of them is a typo or a setting
 * that does not exist, reported with the nearest real name. `OTEL_` is left out on purpose: OpenTelemetry
 * defines dozens of standard `OTEL_*` variables that deployments set for every process.
 */
const SETTING_PREFIXES = [
  'ACS_',
  'AUTH_',
  'REDIS_',
  'EVENT_LOG',
  'SUBSCRIPTION_',
  'CALLBACK_',
  'CORS_',
  'SHUTDOWN_',
  'EMULATOR_',
  'LOG_',
  'PUBLIC_BASE',
  'GRAPHQL_',
  'GRAPHIQL',
  'INTROSPECTION',
  'WS_',
  'SSE_',
  'MAX_ACS_',
  'MUTATIONS_',
  'OUTCOME_',
  'EVENTGRID_',
  'CURSOR_',
  'ALLOWED_',
  'TRANSPORT_',
  'TRUSTED_',
];
/** Read by the standalone emulator (`npm run emulator`), often exported in the same shell: not typos. */
const STANDALONE_EMULATOR_SETTINGS = ['EMULATOR_HOST', 'EMULATOR_ACCESS_KEY', 'EMULATOR_RESOURCE_ID'];

/**
 * The client's manifest of trusted documents (`npm run codegen`), beside the sources (`src/` → `client/`) and
 * copied beside the build by `npm run build` (`dist/src/` → `dist/client/`).
 */
const CLIENT_MANIFEST = fileURLToPath(new URL('../client/src/gql/persisted-documents.json', import.meta.url));

/**
 * Reads the gateway's settings from `env` (normally `process.env`; only `main.ts` passes it). An empty
 * value means unset. Every setting is documented in README.md. `NODE_ENV` must be `production`, `development`
 * or `test`; unset, it is `defaultEnvironment` (`main.ts`: production for the built artifact).
 *
 * Nothing falls back silently in production (`NODE_ENV=production`): ACS settings are required, and so is
 * `REDIS_URL` unless `EVENT_LOG=memory` says otherwise; an unknown variable with a setting's prefix is an
 * error there (a misspelt setting would otherwise leave its default in force), and a warning in development
 * (a developer's shell carries leftovers; `npm start` should still start).
 * @throws ConfigError listing every invalid, missing or unknown setting at once.
 */
export function loadConfig(
  rawEnv: Record<string, string | undefined>,
  { defaultEnvironment = 'development' }: { defaultEnvironment?: Config['environment'] } = {},
): Config {
  const env = Object.fromEntries(
    Object.entries(rawEnv).filter((entry): entry is [string, string] => (entry[1] ?? '').trim() !== ''),
  );
  const nodeEnv = env.NODE_ENV ?? defaultEnvironment;
  if (!(NODE_ENVS as readonly string[]).includes(nodeEnv)) {
    throw new ConfigError([
      `NODE_ENV: ${JSON.stringify(nodeEnv)} is not production, development or test (it decides whether the gateway runs open, with an emulator; refusing to guess)`,
    ]);
  }
  const environment = nodeEnv === 'production' ? 'production' : 'development';
  // Every rule below reads the environment decided here, including the default.
  env.NODE_ENV = environment;
  const unknown = unknownSettings(env);
  const parsed = EnvSchema.safeParse(env);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ...crossFieldProblems(env, environment),
    ...(environment === 'production' ? unknown : []),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const vars = parsed.data;

  let acs: AcsConfig | null = null;
  if (vars.ACS_CONNECTION_STRING) {
    acs = {
      mode: 'connectionString',
      connectionString: vars.ACS_CONNECTION_STRING,
      resourceId: vars.ACS_RESOURCE_ID ?? '',
    };
  } else if (vars.ACS_ENDPOINT) {
    acs = { mode: 'entraId', endpoint: vars.ACS_ENDPOINT, resourceId: vars.ACS_RESOURCE_ID ?? '' };
  }

  const development = environment === 'development';
  const auth: AuthConfig =
    authMode(env) === 'none'
      ? { mode: 'none' }
      : {
          mode: 'jwt',
          issuer: vars.AUTH_ISSUER ?? '',
          audience: vars.AUTH_AUDIENCE ?? '',
          key: vars.AUTH_JWKS_URL
            ? { kind: 'jwks', url: vars.AUTH_JWKS_URL }
            : { kind: 'secret', secret: vars.AUTH_JWT_SECRET ?? '' },
        };

  return {
    environment,
    warnings: environment === 'production' ? [] : unknown,
    port: vars.PORT,
    // Development stays on loopback unless HOST says otherwise (it may hold real ACS credentials).
    host: vars.HOST ?? (development ? '127.0.0.1' : undefined),
    metrics: {
      port: vars.METRICS_PORT ?? null,
      host: vars.METRICS_HOST ?? vars.HOST ?? (development ? '127.0.0.1' : undefined),
    },
    publicBaseUrl: (vars.PUBLIC_BASE_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, ''),
    acs,
    localAcsPort: vars.EMULATOR_PORT,
    acsMaxRetries: vars.ACS_MAX_RETRIES,
    acsAttemptTimeoutMs: Math.min(vars.ACS_ATTEMPT_TIMEOUT_MS, vars.ACS_REQUEST_TIMEOUT_MS),
    acsRequestTimeoutMs: vars.ACS_REQUEST_TIMEOUT_MS,
    callbacks: {
      issuer: vars.ACS_CALLBACK_ISSUER ?? null,
      jwksUrl: vars.ACS_CALLBACK_JWKS_URL ?? null,
      secret: vars.CALLBACK_SECRET ?? null,
      maxBodyBytes: vars.CALLBACK_MAX_BODY_BYTES,
      graceSeconds: vars.CALLBACK_GRACE_SECONDS,
      transportUrlAllowedHosts: (vars.TRANSPORT_URL_ALLOWED_HOSTS ?? '')
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter((host) => host !== ''),
    },
    redis: vars.REDIS_URL ? { url: vars.REDIS_URL, cluster: vars.REDIS_CLUSTER } : null,
    eventLog: {
      keyPrefix: vars.REDIS_KEY_PREFIX,
      maxEventsPerCall: vars.EVENT_LOG_MAX_EVENTS_PER_CALL,
      ttlSeconds: vars.EVENT_LOG_TTL_SECONDS,
      redisCommandTimeoutMs: vars.REDIS_COMMAND_TIMEOUT_MS,
    },
    subscriptions: {
      maxBufferedBytes: vars.SUBSCRIPTION_MAX_BUFFERED_BYTES,
      stallTimeoutMs: vars.SUBSCRIPTION_STALL_TIMEOUT_MS,
    },
    logLevel: vars.LOG_LEVEL,
    shutdownGraceMs: vars.SHUTDOWN_GRACE_MS,
    otlpEndpoint: vars.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '') ?? null,
    auth,
    browser: {
      corsOrigins: vars.CORS_ORIGINS
        ? vars.CORS_ORIGINS.split(',').map((origin) => origin.trim().replace(/\/+$/, ''))
        : development
          ? DEVELOPMENT_CORS_ORIGINS
          : [],
      graphiql: vars.GRAPHIQL ?? development,
      introspection: vars.INTROSPECTION ?? development,
      allowedHosts: allowedHosts(vars.ALLOWED_HOSTS, development, vars.PUBLIC_BASE_URL),
    },
    limits: {
      maxDepth: vars.GRAPHQL_MAX_DEPTH,
      maxAliases: vars.GRAPHQL_MAX_ALIASES,
      maxTokens: vars.GRAPHQL_MAX_TOKENS,
      maxDirectives: vars.GRAPHQL_MAX_DIRECTIVES,
      maxCost: vars.GRAPHQL_MAX_COST,
      maxAcsCallsPerOperation: vars.MAX_ACS_CALLS_PER_OPERATION,
      maxBodyBytes: vars.GRAPHQL_MAX_BODY_BYTES,
      maxWsMessageBytes: vars.WS_MAX_MESSAGE_BYTES,
      maxSubscriptionsPerConnection: vars.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxConnectionsPerClient: vars.WS_MAX_CONNECTIONS_PER_CLIENT,
      maxSseStreams: vars.SSE_MAX_STREAMS,
      maxSseStreamsPerSubject: vars.SSE_MAX_STREAMS_PER_SUBJECT,
      maxSseStreamsPerAddress: vars.SSE_MAX_STREAMS_PER_ADDRESS,
      maxPendingWsSocketsPerAddress: vars.WS_MAX_PENDING_SOCKETS_PER_ADDRESS,
      headersTimeoutMs: vars.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: vars.HTTP_REQUEST_TIMEOUT_MS,
      maxIdLength: vars.MAX_ID_LENGTH,
      mutationsPerMinute: vars.MUTATIONS_PER_MINUTE,
      acsRequestsPerSecond: vars.ACS_REQUESTS_PER_SECOND,
      maxOutcomeAwaitsPerSubject: vars.OUTCOME_AWAITS_PER_SUBJECT,
    },
    callMedia: {
      cognitiveServicesEndpoint: vars.ACS_COGNITIVE_SERVICES_ENDPOINT ?? null,
      eventGridSecret: vars.EVENTGRID_SECRET ?? null,
    },
    cursorKey: cursorKey(vars.CURSOR_SECRET, acs),
    trustedDocuments: {
      mode: vars.TRUSTED_DOCUMENTS ?? (development ? 'off' : 'require'),
      manifestPath: vars.TRUSTED_DOCUMENTS_MANIFEST ?? CLIENT_MANIFEST,
    },
  };
}

/**
 * The page-cursor key: from a secret every replica already shares (`CURSOR_SECRET`, else the access key of
 * the ACS connection string), labelled so it is never the secret itself. Without either (development with
 * Entra ID, or before the local stand-in starts) a random key: cursors then hold for this process only.
 */
function cursorKey(secret: string | undefined, acs: AcsConfig | null): Buffer {
  const accessKey =
    acs?.mode === 'connectionString' ? /accesskey=([^;]+)/i.exec(acs.connectionString)?.[1] : undefined;
  const shared = secret ?? accessKey;
  return shared === undefined
    ? randomBytes(32)
    : createHmac('sha256', shared).update('switchboard page cursor key').digest();
}

/**
 * The Host names a request may carry: in development the loopback names, the public base URL's host (a tunnel
 * that forwards ACS callbacks) and `ALLOWED_HOSTS`; in production `ALLOWED_HOSTS`, or any when unset (a reverse
 * proxy or load balancer decides which names reach it).
 */
function allowedHosts(
  setting: string | undefined,
  development: boolean,
  publicBaseUrl: string | undefined,
): string[] | null {
  const listed = setting ? setting.split(',').map((host) => host.trim().toLowerCase()) : [];
  if (!development) return listed.length > 0 ? listed : null;
  const publicHost = publicBaseUrl ? [new URL(publicBaseUrl).hostname.toLowerCase()] : [];
  return [...new Set([...LOOPBACK_HOSTS, ...listed, ...publicHost])];
}

/**
 * `jwt` when AUTH_MODE says so, in production, or when a key source is set; `none` otherwise (development
 * with no auth settings) or when AUTH_MODE=none.
 */
function authMode(env: Record<string, string | undefined>): 'jwt' | 'none' {
  const mode = (env.AUTH_MODE ?? '').trim();
  if (mode === 'jwt' || mode === 'none') return mode;
  const keySet = ['AUTH_JWKS_URL', 'AUTH_JWT_SECRET'].some((name) => (env[name] ?? '').trim() !== '');
  return keySet || (env.NODE_ENV ?? '').trim() === 'production' ? 'jwt' : 'none';
}

/**
 * What the gateway says at every start about how exposed it is: an API without auth (always in production;
 * in development when it listens beyond loopback).
 */
export function securityWarnings(config: Config): string[] {
  if (config.auth.mode !== 'none') return [];
  if (config.environment === 'production') {
    return [
      'AUTH_MODE=none in production: every client may create and delete rooms, dial phone numbers and hang up any call',
    ];
  }
  if (config.host !== '127.0.0.1' && config.host !== '::1' && config.host !== 'localhost') {
    return [
      `the API is OPEN (no auth) and listens on ${config.host ?? 'every interface'}: anyone who can reach it can create rooms, dial phone numbers and hang up calls. Set AUTH_JWT_SECRET or AUTH_JWKS_URL with AUTH_ISSUER and AUTH_AUDIENCE.`,
    ];
  }
  return [];
}

/** Variables with a setting's prefix that are not settings, each with the nearest real name. */
function unknownSettings(env: Record<string, string>): string[] {
  const known = Object.keys(EnvSchema.shape);
  return Object.keys(env)
    .filter((name) => SETTING_PREFIXES.some((prefix) => name.startsWith(prefix)))
    .filter((name) => !known.includes(name) && !STANDALONE_EMULATOR_SETTINGS.includes(name))
    .sort()
    .map((name) => {
      const nearest = known.reduce((best, candidate) =>
        levenshtein(name, candidate) < levenshtein(name, best) ? candidate : best,
      );
      return `${name}: not a setting; did you mean ${nearest}?`;
    });
}

/** Edits (insertions, deletions, substitutions) turning `a` into `b`. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Rules that involve several settings; checked on the raw values so they are reported with the rest. */
function crossFieldProblems(env: Record<string, string>, environment: Config['environment']): string[] {
  const isSet = (name: string) => env[name] !== undefined;
  const problems: string[] = [];
  if (environment === 'production' && !isSet('ACS_CONNECTION_STRING') && !isSet('ACS_ENDPOINT')) {
    problems.push(
      'ACS_CONNECTION_STRING or ACS_ENDPOINT (with ACS_RESOURCE_ID): required in production (the local emulator runs only in development)',
    );
  }
  if (environment === 'production' && !isSet('REDIS_URL') && env.EVENT_LOG !== 'memory') {
    problems.push(
      'REDIS_URL: required in production, where replicas share events through Redis (set EVENT_LOG=memory to run one process without it)',
    );
  }
  if (env.EVENT_LOG === 'redis' && !isSet('REDIS_URL')) problems.push('EVENT_LOG: "redis" needs REDIS_URL');
  if (env.EVENT_LOG === 'memory' && isSet('REDIS_URL')) {
    problems.push('EVENT_LOG and REDIS_URL: "memory" ignores Redis; unset one');
  }
  if (environment === 'production' && isSet('ACS_ENDPOINT') && !isSet('CURSOR_SECRET')) {
    problems.push(
      'CURSOR_SECRET: required in production with ACS_ENDPOINT (Entra ID has no access key to derive the page-cursor key from; replicas must share one)',
    );
  }
  if (isSet('ACS_CONNECTION_STRING') && isSet('ACS_ENDPOINT')) {
    problems.push('ACS_CONNECTION_STRING and ACS_ENDPOINT: set one, not both');
  }
  if ((isSet('ACS_CONNECTION_STRING') || isSet('ACS_ENDPOINT')) && !isSet('ACS_RESOURCE_ID')) {
    problems.push(
      'ACS_RESOURCE_ID: required with an ACS connection string or endpoint (it is the audience of callback tokens)',
    );
  }
  const redisUrls = (env.REDIS_URL ?? '').split(',').filter((url) => url.trim() !== '');
  const cluster = ['true', '1'].includes((env.REDIS_CLUSTER ?? '').trim());
  if (redisUrls.length > 1 && !cluster) problems.push('REDIS_URL: several URLs need REDIS_CLUSTER=true');
  if (cluster && redisUrls.length === 0) problems.push('REDIS_CLUSTER: needs REDIS_URL');
  if (authMode(env) === 'jwt') {
    const missing = [
      ...(isSet('AUTH_JWKS_URL') || isSet('AUTH_JWT_SECRET') ? [] : ['AUTH_JWKS_URL or AUTH_JWT_SECRET']),
      ...['AUTH_ISSUER', 'AUTH_AUDIENCE'].filter((name) => !isSet(name)),
    ];
    if (missing.length > 0) {
      const why =
        (env.NODE_ENV ?? '').trim() === 'production' && !isSet('AUTH_MODE')
          ? 'NODE_ENV=production requires client authentication (or AUTH_MODE=none, on purpose)'
          : 'AUTH_MODE=jwt needs a key source, an issuer and an audience';
      problems.push(`${missing.join(', ')}: required (${why})`);
    }
    if (isSet('AUTH_JWKS_URL') && isSet('AUTH_JWT_SECRET')) {
      problems.push('AUTH_JWKS_URL and AUTH_JWT_SECRET: set one, not both');
    }
    if (environment === 'production' && /^http:/i.test(env.AUTH_JWKS_URL ?? '')) {
      problems.push(
        'AUTH_JWKS_URL: must be an https: URL in production (keys fetched over plain http can be swapped in transit)',
      );
    }
  }
  return problems;
}
