/** A call the console connected, placed or answered in this tab: one it can follow or move participants from. */
export interface KnownCall {
  callConnectionId: string;
  /** The room whose call it is; null for calls beyond the room (a phone called, an incoming call answered). */
  roomId: string | null;
  /** How the console got it, e.g. `room …`, `to +1425…`, `from Ada Lovelace`. */
  label: string;
}
