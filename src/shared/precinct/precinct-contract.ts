import { z } from 'zod';
import { op } from '../operation';
import { MAX_MEMBERS, TEXT_LIMITS } from '../text-limits';
import { LANGUAGES, type Language } from '../roles';
import { memberInputSchema, pinSchema, type SessionInfo } from '../members/members-contract';

/** The precinct's operations: its state at start, its setup, its clock, settings and language. */
const trimmed = (max: number) => z.string().trim().min(1).max(max);
const empty = z.object({}).strict();

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const precinctSetupSchema = z.object({
  electionKind: z.enum(['election', 'referendum']),
  electionName: trimmed(TEXT_LIMITS.title),
  votingDay: z.iso.date(),
  votingHours: z.object({ opens: hhmm, closes: hhmm }),
  precinctNumber: z.number().int().min(1).max(999_999),
  precinctName: trimmed(TEXT_LIMITS.title),
  region: trimmed(TEXT_LIMITS.place),
  district: trimmed(TEXT_LIMITS.place),
  address: trimmed(TEXT_LIMITS.address),
  timeZone: trimmed(100),
});
export type PrecinctSetup = z.infer<typeof precinctSetupSchema>;

export interface PrecinctInfo extends PrecinctSetup {
  deviceId: string;
}

export interface ClockStatus {
  /** The core's clock, as an ISO instant. */
  nowIso: string;
  timeZone: string;
  /** Precinct local date and time, `YYYY-MM-DD` and `HH:MM`. */
  localDate: string;
  localTime: string;
  /** The newest event in the log is later than the clock: the clock has run behind. */
  behindLatestEvent: boolean;
  latestEventAt: string | null;
  /** The chair confirmed the clock on this precinct-local date. */
  confirmedToday: boolean;
  /** The clock is overridden (development and test runs only). */
  overridden: boolean;
}

export interface HostInfo {
  /** The command line is a host too, without a window. */
  kind: 'electron' | 'chromium' | 'cli';
  /** The host shows native file dialogs; otherwise the UI shows its in-app path picker. */
  nativeDialogs: boolean;
}

export interface AppState {
  setUp: boolean;
  precinct: PrecinctInfo | null;
  session: SessionInfo | null;
  /** Language for screens before login (the last one chosen on this device). */
  deviceLanguage: Language;
  host: HostInfo;
  clock: ClockStatus;
  /**
   * What this data folder is: a precinct's laptop, or the central commission's supervisor
   * mode (chosen at first run; the folder then holds the central store).
   */
  mode: 'precinct' | 'supervisor';
  /** The precinct was closed after its final export: it opens read-only, for review. */
  closed: boolean;
}

export interface AppSettings {
  autoLockMinutes: number;
}

export const precinctOperations = {
  getAppState: op<AppState>()(empty),
  getClockStatus: op<ClockStatus>()(empty),
  completeSetup: op<{ recoveryCode: string }>()(
    z.object({
      precinct: precinctSetupSchema,
      members: z.array(memberInputSchema).min(1).max(MAX_MEMBERS),
      chairPin: pinSchema,
      /** The chair confirmed the date, time and time zone shown at setup. */
      clockConfirmed: z.literal(true),
    }),
  ),
  confirmClock: op<ClockStatus>()(empty),
  setLanguage: op<null>()(z.object({ language: z.enum(LANGUAGES) })),
  getSettings: op<AppSettings>()(empty),
  updateSettings: op<AppSettings>()(
    z.object({ autoLockMinutes: z.number().int().min(1).max(120) }),
  ),
};
export type PrecinctOperation = keyof typeof precinctOperations;
