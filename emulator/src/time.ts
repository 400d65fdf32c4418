/**
 * Formats an instant the way ACS does (acs.md §2.2): `+00:00` instead of `Z`, up to 7 fractional digits
 * with trailing zeros trimmed and no dot on whole seconds.
 *
 * @param epochMs milliseconds since the epoch
 * @param ticks 100-nanosecond units within that millisecond (0–9999), for the 7-digit precision
 */
export function formatAcsTime(epochMs: number, ticks = 0): string {
  const iso = new Date(epochMs).toISOString();
  const fraction = `${iso.slice(20, 23)}${String(ticks).padStart(4, '0')}`.replace(/0+$/, '');
  return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}+00:00`;
}

/** The current instant with sub-millisecond ticks, so timestamps look like the service's 7-digit ones. */
export function preciseNow(): { epochMs: number; ticks: number } {
  const now = performance.timeOrigin + performance.now();
  const epochMs = Math.floor(now);
  return { epochMs, ticks: Math.min(9999, Math.floor((now - epochMs) * 10_000)) };
}

export function acsNow(): string {
  const { epochMs, ticks } = preciseNow();
  return formatAcsTime(epochMs, ticks);
}
