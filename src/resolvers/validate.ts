import type { PlaySource } from '../acs/ports.ts';
import {
  type CommunicationIdentifier,
  E164_PATTERN,
  IDENTIFIER_FIELD_SHAPES,
  type IdentifierField,
  parseIdentifier,
} from '../domain/identifier.ts';
import { InputError } from '../errors.ts';

/**
 * Input checks run before ACS is called. Each throws `InputError` naming the offending field by its path
 * from the operation's arguments (`input.participant.phoneNumber`), so clients can point at it.
 */

/** A trimmed, non-empty string. */
export function requireNonEmpty(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new InputError(`${lastSegment(field)} must not be empty.`, field);
  return trimmed;
}

/** An E.164 phone number (`+14255550123`). */
export function requirePhoneNumber(value: string, field: string): string {
  const trimmed = value.trim();
  if (!E164_PATTERN.test(trimmed)) {
    throw new InputError(`${lastSegment(field)} must be an E.164 phone number such as +14255550123.`, field);
  }
  return trimmed;
}

/** An integer within [min, max]. */
export function requireIntInRange(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`${lastSegment(field)} must be between ${min} and ${max}.`, field);
  }
  return value;
}

/** A non-empty list with at most `max` items. */
export function requireListSize<T>(
  list: readonly T[],
  min: number,
  max: number,
  field: string,
): readonly T[] {
  if (list.length < min) {
    throw new InputError(
      min === 1
        ? `${lastSegment(field)} must not be empty.`
        : `${lastSegment(field)} needs at least ${min} items.`,
      field,
    );
  }
  if (list.length > max) throw new InputError(`${lastSegment(field)} takes at most ${max} items.`, field);
  return list;
}

/**
 * Exactly one of the fields is set; returns the set key. GraphQL enforces `@oneOf` on the input types before
 * a resolver runs, so over GraphQL this only narrows the type; it still guards any other caller.
 */
export function requireExactlyOne<T extends object>(
  input: T,
  allowed: readonly (keyof T & string)[],
  field: string,
): keyof T {
  const set = allowed.filter((key) => input[key] !== null && input[key] !== undefined);
  if (set.length !== 1) {
    throw new InputError(
      `Set exactly one of ${allowed.join(', ')} in ${lastSegment(field)}; ${set.length === 0 ? 'none was' : `${set.length} were`} given.`,
      field,
    );
  }
  return set[0] as keyof T;
}

/** A `ParticipantInput` (`@oneOf`: phoneNumber | communicationUserId | rawId). */
export interface ParticipantInput {
  phoneNumber?: string | null;
  communicationUserId?: string | null;
  rawId?: string | null;
}

/**
 * The identifier in an identifier field (`input.participant.communicationUserId`), parsed by the kind the
 * field names before anything else looks at it.
 * @throws InputError naming the field when the value is empty or of another kind.
 */
export function requireIdentifier(
  kind: IdentifierField,
  value: string,
  field: string,
): CommunicationIdentifier {
  const identifier = parseIdentifier(kind, requireNonEmpty(value, field));
  if (!identifier) throw new InputError(`${lastSegment(field)} ${IDENTIFIER_FIELD_SHAPES[kind]}.`, field);
  return identifier;
}

/** An ACS user id (`8:acs:…`), e.g. a room participant. */
export function requireCommunicationUserId(value: string, field: string): string {
  return requireIdentifier('communicationUserId', value, field).rawId;
}

/** The identifier a `ParticipantInput` names. */
export function toIdentifier(input: ParticipantInput, field: string): CommunicationIdentifier {
  const key = requireExactlyOne(input, ['phoneNumber', 'communicationUserId', 'rawId'], field);
  return requireIdentifier(key, input[key] ?? '', `${field}.${key}`);
}

/** A `PlaySourceInput` (`@oneOf`: text | file | ssml). */
export interface PlaySourceInput {
  text?: { text: string; voiceName?: string | null; sourceLocale?: string | null } | null;
  file?: { url: string } | null;
  ssml?: { ssmlText: string } | null;
}

/** The play source a `PlaySourceInput` describes. */
export function toPlaySource(input: PlaySourceInput, field: string): PlaySource {
  const key = requireExactlyOne(input, ['text', 'file', 'ssml'], field);
  if (key === 'file') {
    const url = requireNonEmpty(input.file?.url ?? '', `${field}.file.url`);
    if (!/^https?:\/\/\S+$/i.test(url)) {
      throw new InputError('url must be an http(s) URL.', `${field}.file.url`);
    }
    return { kind: 'file', url };
  }
  if (key === 'ssml') {
    return { kind: 'ssml', ssmlText: requireNonEmpty(input.ssml?.ssmlText ?? '', `${field}.ssml.ssmlText`) };
  }
  const text = input.text;
  return {
    kind: 'text',
    text: requireNonEmpty(text?.text ?? '', `${field}.text.text`),
    ...(text?.voiceName ? { voiceName: text.voiceName } : {}),
    ...(text?.sourceLocale ? { sourceLocale: text.sourceLocale } : {}),
  };
}

/** A `wss://` URL (where ACS opens a media or transcription WebSocket); ACS refuses anything else. */
export function requireWssUrl(value: string, field: string): string {
  const trimmed = value.trim();
  let url: URL | null = null;
  try {
    url = new URL(trimmed);
  } catch {
    url = null;
  }
  if (url?.protocol !== 'wss:' || url.hostname === '') {
    throw new InputError(`${lastSegment(field)} must be a wss:// URL.`, field);
  }
  return trimmed;
}

/** A validity window whose end comes after its start (the start defaults to now). */
export function requireWindow(
  validFrom: string | null | undefined,
  validUntil: string | null | undefined,
  field: string,
  now = Date.now(),
): void {
  if (!validUntil) return;
  const from = validFrom ? Date.parse(validFrom) : now;
  if (Date.parse(validUntil) <= from) {
    throw new InputError(
      validFrom ? 'validUntil must be after validFrom.' : 'validUntil must be in the future.',
      `${field}.validUntil`,
    );
  }
}

function lastSegment(field: string): string {
  return field.split('.').at(-1) ?? field;
}
