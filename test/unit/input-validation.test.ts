import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { type Connection, createPageCursors, paginate } from '../../src/resolvers/paging.ts';
import {
  requireExactlyOne,
  requireIntInRange,
  requireWindow,
  requireWssUrl,
  toIdentifier,
  toPlaySource,
} from '../../src/resolvers/validate.ts';

function fieldOf(run: () => unknown): string | null {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.field;
    throw error;
  }
  return 'no error';
}

describe('ParticipantInput conversion', () => {
  it('turns each of the three fields into its identifier', () => {
    expect(toIdentifier({ phoneNumber: '+14255550123' }, 'p')).toMatchObject({
      kind: 'phoneNumber',
      rawId: '4:+14255550123',
    });
    expect(toIdentifier({ communicationUserId: '8:acs:x' }, 'p')).toMatchObject({
      kind: 'communicationUser',
    });
    expect(toIdentifier({ rawId: '8:orgid:u' }, 'p')).toMatchObject({
      kind: 'microsoftTeamsUser',
      userId: 'u',
    });
  });

  it('names the offending field when not exactly one field is set or a value is malformed', () => {
    expect(fieldOf(() => toIdentifier({}, 'input.target'))).toBe('input.target');
    expect(fieldOf(() => toIdentifier({ phoneNumber: '+1', rawId: 'x' }, 'input.target'))).toBe(
      'input.target',
    );
    expect(fieldOf(() => toIdentifier({ phoneNumber: '0042555' }, 'input.target'))).toBe(
      'input.target.phoneNumber',
    );
    expect(fieldOf(() => toIdentifier({ communicationUserId: ' ' }, 'input.target'))).toBe(
      'input.target.communicationUserId',
    );
  });

  it('parses each field by its kind: a value of another kind is an InputError naming the field', () => {
    const refused: [Record<string, string>, string][] = [
      [{ communicationUserId: '4:+14255550104' }, 'communicationUserId'],
      [{ communicationUserId: '8:orgid:abc' }, 'communicationUserId'],
      [{ communicationUserId: '8:acs:a:b' }, 'communicationUserId'],
      [{ communicationUserId: '8:acs:resource_tenant_user' }, 'communicationUserId'],
      [{ communicationUserId: 'someone' }, 'communicationUserId'],
      [{ phoneNumber: '4:+14255550104' }, 'phoneNumber'],
      [{ rawId: '4:14255550104' }, 'rawId'],
      [{ rawId: '8:orgid:' }, 'rawId'],
      [{ rawId: 'someone' }, 'rawId'],
    ];
    for (const [input, key] of refused) {
      expect(
        fieldOf(() => toIdentifier(input, 'input.participant')),
        JSON.stringify(input),
      ).toBe(`input.participant.${key}`);
    }
    for (const id of ['8:acs:r_u', '8:spool:x', '8:dod-acs:r_u', '8:gcch-acs:r_u']) {
      expect(toIdentifier({ communicationUserId: id }, 'p')).toEqual({
        kind: 'communicationUser',
        rawId: id,
        communicationUserId: id,
      });
    }
    expect(toIdentifier({ rawId: '28:orgid:app' }, 'p')).toEqual({ kind: 'unknown', rawId: '28:orgid:app' });
  });

  it('treats explicit nulls as unset (@oneOf)', () => {
    expect(requireExactlyOne({ a: null, b: 1 }, ['a', 'b'], 'x')).toBe('b');
  });
});

describe('PlaySourceInput conversion', () => {
  it('turns a text, file or SSML source into its play source', () => {
    expect(toPlaySource({ text: { text: 'Hi', voiceName: 'v' } }, 's')).toEqual({
      kind: 'text',
      text: 'Hi',
      voiceName: 'v',
    });
    expect(toPlaySource({ file: { url: 'https://a/b.wav' } }, 's')).toEqual({
      kind: 'file',
      url: 'https://a/b.wav',
    });
    expect(toPlaySource({ ssml: { ssmlText: '<speak/>' } }, 's')).toEqual({
      kind: 'ssml',
      ssmlText: '<speak/>',
    });
  });

  it('rejects a file URL that is not http(s)', () => {
    expect(fieldOf(() => toPlaySource({ file: { url: 'ftp://a' } }, 'input.prompt'))).toBe(
      'input.prompt.file.url',
    );
  });
});

describe('transport URLs', () => {
  it('accepts a wss:// URL and refuses ws://, http(s):// and malformed ones, naming the field', () => {
    expect(requireWssUrl(' wss://audio.example.com/stream ', 'input.t')).toBe(
      'wss://audio.example.com/stream',
    );
    for (const bad of ['ws://audio.example.com', 'https://audio.example.com', 'audio', '']) {
      expect(() => requireWssUrl(bad, 'input.t')).toThrow(expect.objectContaining({ field: 'input.t' }));
    }
  });
});

describe('bounds and windows', () => {
  it('accepts the ends of a range and rejects what lies outside', () => {
    expect(requireIntInRange(0, 0, 300, 'f')).toBe(0);
    expect(requireIntInRange(300, 0, 300, 'f')).toBe(300);
    expect(fieldOf(() => requireIntInRange(301, 0, 300, 'f'))).toBe('f');
  });

  it('requires validUntil after validFrom, and in the future without validFrom', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(fieldOf(() => requireWindow('2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z', 'input', now))).toBe(
      'input.validUntil',
    );
    expect(fieldOf(() => requireWindow(undefined, '2025-12-31T00:00:00Z', 'input', now))).toBe(
      'input.validUntil',
    );
    expect(fieldOf(() => requireWindow(undefined, '2026-01-02T00:00:00Z', 'input', now))).toBe('no error');
  });
});

describe('connection cursors', () => {
  const cursors = createPageCursors(Buffer.alloc(32, 1));

  it('round-trip the page token and index of their listing', () => {
    expect(cursors.decode(cursors.encode('rooms', '/rooms?nextLink=abc', 4), 'rooms')).toEqual({
      token: '/rooms?nextLink=abc',
      index: 4,
    });
  });

  it('are refused by another listing and when malformed', () => {
    expect(fieldOf(() => cursors.decode(cursors.encode('rooms', null, 0), 'participants:1'))).toBe('after');
    expect(fieldOf(() => cursors.decode('not-a-cursor', 'rooms'))).toBe('after');
  });

  it('are refused when any character of them is changed, or when cut short', () => {
    const cursor = cursors.encode('participants:1', '/rooms/1/participants?skip=2', 0);
    for (let i = 0; i < cursor.length; i++) {
      const changed = `${cursor.slice(0, i)}${cursor[i] === 'A' ? 'B' : 'A'}${cursor.slice(i + 1)}`;
      expect(fieldOf(() => cursors.decode(changed, 'participants:1'))).toBe('after');
    }
    for (const cut of [1, 10, cursor.indexOf('.'), cursor.length - 1]) {
      expect(fieldOf(() => cursors.decode(cursor.slice(0, cut), 'participants:1'))).toBe('after');
    }
    expect(fieldOf(() => cursors.decode(`${cursor}=`, 'participants:1'))).toBe('after');
  });

  it('are refused when another key signed them (another deployment)', () => {
    const foreign = createPageCursors(Buffer.alloc(32, 2)).encode('rooms', null, 0);
    expect(fieldOf(() => cursors.decode(foreign, 'rooms'))).toBe('after');
  });

  it('page across uneven source pages without gaps or repeats', async () => {
    const pages: Record<string, { items: number[]; nextToken: string | null }> = {
      first: { items: [1, 2, 3], nextToken: 'b' },
      b: { items: [], nextToken: 'c' },
      c: { items: [4, 5], nextToken: null },
    };
    const fetchPage = async (token: string | null) =>
      pages[token ?? 'first'] ?? { items: [], nextToken: null };
    const seen: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: Connection<number> = await paginate(cursors, 'n', fetchPage, { first: 2, after });
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });
});
