import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether `given` equals `expected`, in time that does not depend on where they differ or on their lengths:
 * both are hashed first, so `timingSafeEqual` always compares digests of equal length.
 */
export function secretsEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * A check of a configured shared secret (a webhook's `?secret=`): true when `given` is it. The expected
 * digest is computed once.
 */
export function createSecretCheck(secret: string): (given: string | null) => boolean {
  const expected = digest(secret);
  return (given) => given !== null && timingSafeEqual(digest(given), expected);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
