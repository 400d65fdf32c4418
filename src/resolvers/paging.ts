import { createHmac } from 'node:crypto';
import type { Page } from '../acs/ports.ts';
import { InputError } from '../errors.ts';
import { secretsEqual } from '../secrets.ts';

/** A Relay connection as the schema serves it. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Bounds of `first` for every connection. */
export const MAX_PAGE_SIZE = 100;

/** Most ACS pages read for one connection request (guards against a listing full of empty pages). */
const MAX_ACS_PAGES_PER_REQUEST = 20;

/**
 * What a cursor holds: the listing it belongs to (`scope`, e.g. `rooms` or `participants:<roomId>`), the ACS
 * continuation token of the page the item came from (null: the first page) and the item's index in that
 * page. Resuming re-reads that ACS page and continues after the index, so no state is kept between requests.
 */
interface CursorData {
  s: string;
  t: string | null;
  i: number;
}

/**
 * Issues and checks the cursors of every connection. A cursor is `<payload>.<mac>`: base64url JSON and an
 * HMAC-SHA256 over it with the gateway's cursor key (shared by its replicas), so the ACS continuation path it
 * carries goes back to ACS only as the gateway wrote it, and only for the listing it was issued for.
 */
export interface PageCursors {
  encode(scope: string, token: string | null, index: number): string;
  /** @throws InputError (field `field`, default `after`) for a cursor this gateway did not issue for `scope`. */
  decode(cursor: string, scope: string, field?: string): { token: string | null; index: number };
}

/** Longest cursor accepted: a page's continuation path with room to spare. */
const MAX_CURSOR_LENGTH = 4096;

/** Cursors signed with `key` (`Config.cursorKey`). */
export function createPageCursors(key: Uint8Array): PageCursors {
  const mac = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  return {
    encode(scope, token, index) {
      const payload = Buffer.from(
        JSON.stringify({ s: scope, t: token, i: index } satisfies CursorData),
      ).toString('base64url');
      return `${payload}.${mac(payload)}`;
    },
    decode(cursor, scope, field = 'after') {
      const refused = () => new InputError(`${field} is not a cursor of this list.`, field);
      const [payload, signature, ...rest] = cursor.length <= MAX_CURSOR_LENGTH ? cursor.split('.') : [];
      if (payload === undefined || signature === undefined || rest.length > 0) throw refused();
      // Compared as text: base64url decoding ignores stray characters, so an altered MAC could decode alike.
      if (!secretsEqual(signature, mac(payload))) throw refused();
      let data: Partial<CursorData>;
      try {
        data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<CursorData>;
      } catch {
        throw refused();
      }
      if (
        typeof data !== 'object' ||
        data === null ||
        data.s !== scope ||
        !(data.t === null || typeof data.t === 'string') ||
        typeof data.i !== 'number' ||
        !Number.isInteger(data.i) ||
        data.i < 0
      ) {
        throw refused();
      }
      return { token: data.t, index: data.i };
    },
  };
}

/**
 * Serves `first` items after `after` from a listing that ACS pages with continuation tokens (page sizes are
 * ACS's choice and uneven). `hasNextPage` is true when items remain in the current ACS page or ACS gave a
 * next page (which may turn out empty: then the next request returns no edges and `hasNextPage: false`).
 * `after` is checked before ACS is asked for anything.
 * @throws InputError for `first` outside 1..100 or an `after` not issued by `cursors` for `scope`.
 */
export async function paginate<T>(
  cursors: PageCursors,
  scope: string,
  fetchPage: (token: string | null) => Promise<Page<T>>,
  { first, after }: { first: number; after?: string | null },
): Promise<Connection<T>> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InputError(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  const start = after ? cursors.decode(after, scope) : { token: null, index: -1 };
  let token = start.token;
  const edges: Connection<T>['edges'] = [];
  let page = await fetchPage(token);
  let position = start.index + 1;
  let pagesRead = 1;
  for (;;) {
    while (position < page.items.length && edges.length < first) {
      edges.push({ cursor: cursors.encode(scope, token, position), node: page.items[position] as T });
      position += 1;
    }
    if (edges.length >= first) {
      const hasNextPage = position < page.items.length || page.nextToken !== null;
      return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
    }
    if (page.nextToken === null || pagesRead >= MAX_ACS_PAGES_PER_REQUEST) {
      const hasNextPage = page.nextToken !== null;
      return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? after ?? null } };
    }
    token = page.nextToken;
    page = await fetchPage(token);
    pagesRead += 1;
    position = 0;
  }
}
