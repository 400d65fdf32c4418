import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths pino replaces with "[redacted]" wherever they appear in a log line: access keys, connection
 * strings, authorization headers, callback tokens and secrets never reach the logs.
 */
export const REDACTED_PATHS = [
  'connectionString',
  '*.connectionString',
  'accessKey',
  '*.accessKey',
  'secret',
  '*.secret',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  '*.headers.authorization',
  'request.headers.authorization',
];

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** @default 'info' */
  level?: string;
  /** Where JSON lines go. @default stdout */
  destination?: pino.DestinationStream;
  /** Fields added to every line (e.g. `{ service: 'switchboard' }`). */
  base?: Record<string, unknown>;
}

/** A structured JSON logger (pino) with secrets redacted. One per app; children carry request/call ids. */
export function createLogger({ level = 'info', destination, base }: LoggerOptions = {}): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'switchboard', ...base },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Error messages and stacks can echo URLs or connection strings (e.g. an SDK error): scrub them too.
    serializers: { err: serializeError, error: serializeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** pino's level methods: one of a level that is off is a no-op, and needs no child to be one. */
const LEVEL_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
const noop = () => {};

/**
 * Children of `parent` made on their first use: `lazyChild(bindings)` is a small proxy that becomes
 * `parent.child(bindings)` when it logs at a level that is on (or anything else of it is used). For a logger per
 * operation: a subscription keeps its operation's logger as long as it is open, and most never log.
 */
export function lazyChildren(parent: Logger): (bindings: pino.Bindings) => Logger {
  interface Lazy {
    bindings: pino.Bindings;
    child: Logger | undefined;
  }
  const made = (lazy: Lazy): Logger => {
    lazy.child ??= parent.child(lazy.bindings);
    return lazy.child;
  };
  const handler: ProxyHandler<Lazy> = {
    get(lazy, property) {
      if (!lazy.child && typeof property === 'string' && LEVEL_METHODS.has(property)) {
        if (!parent.isLevelEnabled(property)) return noop;
      }
      const child = made(lazy);
      const value: unknown = Reflect.get(child, property, child);
      return typeof value === 'function' ? value.bind(child) : value;
    },
    set(lazy, property, value) {
      return Reflect.set(made(lazy), property, value);
    },
    has(lazy, property) {
      return Reflect.has(made(lazy), property);
    },
  };
  return (bindings) => new Proxy<Lazy>({ bindings, child: undefined }, handler) as unknown as Logger;
}

function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  return JSON.parse(scrubSecrets(JSON.stringify(serialized)));
}

/**
 * Removes secrets from free text before it is logged (e.g. an error message that echoes a URL or a
 * connection string): `accesskey=…`, `secret=…` and `access_token=…` query values and bearer tokens.
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(/(accesskey=)[^;\s"']+/gi, '$1[redacted]')
    .replace(/([?&]secret=)[^&\s"']+/gi, '$1[redacted]')
    .replace(/([?&]access_token=)[^&\s"']+/gi, '$1[redacted]')
    .replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/g, '$1[redacted]')
    .replace(/(HMAC-SHA256\s+)\S+/g, '$1[redacted]');
}
