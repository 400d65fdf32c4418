import { z } from 'zod';

/** Where the gateway's ACS traffic goes and how it authenticates. */
export type AcsConfig =
  /** No ACS settings: `main.ts` starts the local emulator and points the SDKs at it. */
  | { mode: 'emulator'; emulatorPort: number }
  /** HMAC access-key auth from an ACS connection string (`endpoint=…;accesskey=…`). */
  | { mode: 'connectionString'; connectionString: string; resourceId: string }
  /** Entra ID auth (`DefaultAzureCredential`) against the resource endpoint. */
  | { mode: 'entraId'; endpoint: string; resourceId: string };

/** Everything the gateway reads from its environment; built only by `loadConfig`. */
export interface Config {
  /** `NODE_ENV=production` is production; any other value (or none) is development. */
  environment: 'production' | 'development';
  /** TCP port of the HTTP/WebSocket server. @default 4000 */
  port: number;
  /** Interface to bind; undefined binds every interface. */
  host: string | undefined;
  /** Public origin ACS posts callbacks to (`<publicBaseUrl>/api/callbacks`). @default http://localhost:<port> */
  publicBaseUrl: string;
  acs: AcsConfig;
  /** Retries of a failed ACS request (408/429/5xx/network; 429 and 503 honour `Retry-After`). @default 3 */
  acsMaxRetries: number;
  callbacks: {
    /** Expected `iss` of callback JWTs. Null: ACS's own, or the embedded emulator's. */
    issuer: string | null;
    /** Where the signing keys are published. Null: ACS's own, or the embedded emulator's. */
    jwksUrl: string | null;
    /** Optional second factor: callbacks must carry `?secret=<value>`. */
    secret: string | null;
    /** Largest accepted callback body. @default 1 MiB */
    maxBodyBytes: number;
  };
  /** Null: the event log runs in memory (one process only). */
  redis: { url: string; cluster: boolean } | null;
  eventLog: {
    /** Prefix of every Redis key and channel. @default "switchboard:" */
    keyPrefix: string;
    /** Approximate number of events kept per call connection. @default 10000 */
    maxEventsPerCall: number;
    /** How long a call's log outlives its last event, in seconds. @default 86400 (one day) */
    ttlSeconds: number;
  };
  subscriptions: {
    /** Bytes a subscriber may leave unread; past that the gateway waits for it to read. @default 1 MiB */
    maxBufferedBytes: number;
    /** How long a subscriber over that limit may read nothing before it is disconnected. @default 5000 ms */
    stallTimeoutMs: number;
  };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

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

const EnvSchema = z.object({
  PORT: port(4000),
  HOST: optionalString,
  PUBLIC_BASE_URL: httpUrl.optional(),
  ACS_CONNECTION_STRING: optionalString.refine(
    (value) => value === undefined || /endpoint=[^;]+;accesskey=.+/i.test(value),
    'must look like "endpoint=https://<resource>.communication.azure.com/;accesskey=<base64 key>"',
  ),
  ACS_ENDPOINT: httpUrl.optional(),
  ACS_RESOURCE_ID: optionalString,
  ACS_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  ACS_CALLBACK_ISSUER: httpUrl.optional(),
  ACS_CALLBACK_JWKS_URL: httpUrl.optional(),
  CALLBACK_SECRET: optionalString,
  CALLBACK_MAX_BODY_BYTES: positiveInt(1_048_576),
  EMULATOR_PORT: port(8090),
  REDIS_URL: optionalString.refine(
    (value) => value === undefined || value.split(',').every((url) => /^rediss?:\/\/\S+$/.test(url.trim())),
    'must be redis://host:port or rediss://host:port (comma-separated for a cluster)',
  ),
  REDIS_CLUSTER: boolean,
  REDIS_KEY_PREFIX: z.string().default('switchboard:'),
  EVENT_LOG_MAX_EVENTS_PER_CALL: positiveInt(10_000),
  EVENT_LOG_TTL_SECONDS: positiveInt(86_400),
  SUBSCRIPTION_MAX_BUFFERED_BYTES: positiveInt(1_048_576),
  SUBSCRIPTION_STALL_TIMEOUT_MS: positiveInt(5_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * Reads the gateway's settings from `env` (normally `process.env`; only `main.ts` passes it).
 * Unknown variables are ignored. Every setting is documented in README.md.
 * @throws ConfigError listing every invalid or missing setting at once.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ...crossFieldProblems(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const vars = parsed.data;

  let acs: AcsConfig = { mode: 'emulator', emulatorPort: vars.EMULATOR_PORT };
  if (vars.ACS_CONNECTION_STRING) {
    acs = {
      mode: 'connectionString',
      connectionString: vars.ACS_CONNECTION_STRING,
      resourceId: vars.ACS_RESOURCE_ID ?? '',
    };
  } else if (vars.ACS_ENDPOINT) {
    acs = { mode: 'entraId', endpoint: vars.ACS_ENDPOINT, resourceId: vars.ACS_RESOURCE_ID ?? '' };
  }

  return {
    environment: env.NODE_ENV === 'production' ? 'production' : 'development',
    port: vars.PORT,
    host: vars.HOST,
    publicBaseUrl: (vars.PUBLIC_BASE_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, ''),
    acs,
    acsMaxRetries: vars.ACS_MAX_RETRIES,
    callbacks: {
      issuer: vars.ACS_CALLBACK_ISSUER ?? null,
      jwksUrl: vars.ACS_CALLBACK_JWKS_URL ?? null,
      secret: vars.CALLBACK_SECRET ?? null,
      maxBodyBytes: vars.CALLBACK_MAX_BODY_BYTES,
    },
    redis: vars.REDIS_URL ? { url: vars.REDIS_URL, cluster: vars.REDIS_CLUSTER } : null,
    eventLog: {
      keyPrefix: vars.REDIS_KEY_PREFIX,
      maxEventsPerCall: vars.EVENT_LOG_MAX_EVENTS_PER_CALL,
      ttlSeconds: vars.EVENT_LOG_TTL_SECONDS,
    },
    subscriptions: {
      maxBufferedBytes: vars.SUBSCRIPTION_MAX_BUFFERED_BYTES,
      stallTimeoutMs: vars.SUBSCRIPTION_STALL_TIMEOUT_MS,
    },
    logLevel: vars.LOG_LEVEL,
  };
}

/** Rules that involve several settings; checked on the raw values so they are reported with the rest. */
function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const isSet = (name: string) => (env[name] ?? '').trim() !== '';
  const problems: string[] = [];
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
  return problems;
}
