/**
 * An ACS CommunicationError answer: `{"error":{"code","message","details"?}}` with an HTTP status
 * (acs.md §1.2). Thrown by handlers; the HTTP layer turns it into the response.
 */
export class AcsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly options: {
      details?: { code: string; message: string; target?: string }[];
      headers?: Record<string, string>;
      /** Rooms validity-window errors carry no `x-ms-error-code` header in the real service (acs.md §2.2). */
      omitErrorCodeHeader?: boolean;
    } = {},
  ) {
    super(message);
    this.name = 'AcsError';
  }

  toBody(): { error: { code: string; message: string; details?: unknown[] } } {
    const { details } = this.options;
    return { error: { code: this.code, message: this.message, ...(details ? { details } : {}) } };
  }
}

export const badRequest = (message: string): AcsError => new AcsError(400, 'BadRequest', message);

/** The real service's answer for an unknown or ended call connection (acs.md §1.2, §8). */
export const callNotFound = (): AcsError => new AcsError(404, '8522', 'Call not found.');

export const recordingNotFound = (): AcsError => new AcsError(404, '8522', 'Recording not found.');

/** Not a published ACS code; the real service's answer for a participant outside the call is unrecorded. */
export const participantNotFound = (rawId: string): AcsError =>
  new AcsError(404, '8523', `Participant ${rawId} is not in the call.`);
