/** One event as read from the log; the composition root names each type's payload. */
export interface LoggedEvent<T extends string = string, P = unknown> {
  deviceId: string;
  seq: number;
  hlc: string;
  type: T;
  actor: string | null;
  payload: P;
  prevHash: string;
  hash: string;
}
