import type { Page } from '../acs/ports.ts';
import { InputError } from '../errors.ts';

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

export function encodeCursor(scope: string, token: string | null, index: number): string {
  return Buffer.from(JSON.stringify({ s: scope, t: token, i: index } satisfies CursorData)).toString(
    'base64url',
  );
}

/** @throws InputError (field `after`) when the cursor was not issued for this listing. */
export function decodeCursor(
  cursor: string,
  scope: string,
  field = 'after',
): { token: string | null; index: number } {
  let data: Partial<CursorData>;
  try {
    data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorData>;
  } catch {
    throw new InputError('after is not a cursor of this list.', field);
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
    throw new InputError('after is not a cursor of this list.', field);
  }
  return { token: data.t, index: data.i };
}

/**
 * Serves `first` items after `after` from a listing that ACS pages with continuation tokens (page sizes are
 * ACS's choice and uneven). `hasNextPage` is true when items remain in the current ACS page or ACS gave a
 * next page (which may turn out empty: then the next request returns no edges and `hasNextPage: false`).
 * @throws InputError for `first` outside 1..100 or a foreign `after`.
 */
export async function paginate<T>(
  scope: string,
  fetchPage: (token: string | null) => Promise<Page<T>>,
  { first, after }: { first: number; after?: string | null },
): Promise<Connection<T>> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InputError(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  const start = after ? decodeCursor(after, scope) : { token: null, index: -1 };
  let token = start.token;
  const edges: Connection<T>['edges'] = [];
  let page = await fetchPage(token);
  let position = start.index + 1;
  let pagesRead = 1;
  for (;;) {
    while (position < page.items.length && edges.length < first) {
      edges.push({ cursor: encodeCursor(scope, token, position), node: page.items[position] as T });
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
