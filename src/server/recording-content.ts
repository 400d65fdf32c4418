import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';
import type { CallsPort } from '../acs/ports.ts';
import { RequestRefusedError } from '../auth/errors.ts';
import { authorize } from '../auth/rules.ts';
import { type Authenticator, bearerToken } from '../auth/verify.ts';
import { AcsError, InputError } from '../errors.ts';
import { replyError } from '../http.ts';

/**
 * `GET /api/recordings/content?contentLocation=<url>`: streams a recording file from ACS through the SDK
 * (`downloadStreaming`, signed with the gateway's ACS credentials), so a browser never needs them. The URL
 * comes from `RecordingFileReady.chunks[].contentLocation`; the SDK refuses any host but ACS media hosts.
 * Who may: the `Authorization: Bearer` token (or `access_token` in the query, for a plain download link) must
 * grant `ROUTE_RULES['GET /api/recordings/content']` (`calls:record`); 401 / 403 otherwise, before ACS is called.
 */
export function createRecordingContentRoute(options: {
  calls: CallsPort;
  authenticator: Authenticator;
  logger: Logger;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { calls, authenticator, logger } = options;
  return async (req, res) => {
    if (req.method !== 'GET') return replyError(res, 405, 'METHOD_NOT_ALLOWED', 'Use GET.');
    const url = new URL(req.url ?? '/', 'http://gateway');
    try {
      const principal = await authenticator.authenticate(bearerToken(req.headers.authorization, url));
      await authorize(principal, 'GET /api/recordings/content', {}, async () => null);
    } catch (error) {
      if (!(error instanceof RequestRefusedError)) throw error;
      return replyError(res, error.httpStatus ?? 403, error.code, error.message);
    }
    const contentLocation = url.searchParams.get('contentLocation');
    if (!contentLocation) return replyError(res, 400, 'BAD_USER_INPUT', 'contentLocation is required.');
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    let stream: NodeJS.ReadableStream;
    try {
      stream = await calls.downloadRecording(contentLocation, abort.signal);
    } catch (error) {
      if (error instanceof InputError) return replyError(res, 400, error.code, error.message);
      if (error instanceof AcsError) {
        return replyError(res, error.status === 404 ? 404 : 502, error.code, error.message);
      }
      throw error;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
    try {
      await pipeline(Readable.from(stream), res);
    } catch (error) {
      logger.warn({ err: error }, 'recording download ended early');
      res.destroy();
    }
  };
}
