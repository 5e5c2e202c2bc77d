import type {
  AppSettings,
  ClockStatus,
  MemberInput,
  PrecinctInfo,
  PrecinctSetup,
} from '@shared/api';
import { DomainError } from '@shared/result';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { EventLog } from '../../events';
import { claimFolderMode, refuseOtherMode } from '../../kernel/folder-mode';
import { isValidTimeZone, localDateTime } from '../../kernel/time/local-time';

interface PrecinctRow {
  election_kind: 'election' | 'referendum';
  election_name: string;
  voting_day: string;
  opens: string;
  closes: string;
  precinct_number: number;
  precinct_name: string;
  region: string;
  district: string;
  address: string;
  time_zone: string;
}

/** Default minutes without input before the app locks itself. */
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

/** Tolerance before a clock behind the newest event is flagged (two machines' clocks differ). */
const CLOCK_BEHIND_TOLERANCE_MS = 60_000;

/** The precinct's identity, its settings and the clock rules that depend on its time zone. */
export class PrecinctService {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
  ) {}

  isSetUp(): boolean {
    return this.row() !== undefined;
  }

  get(): PrecinctInfo | null {
    const row = this.row();
    if (!row) return null;
    return {
      electionKind: row.election_kind,
      electionName: row.election_name,
      votingDay: row.voting_day,
      votingHours: { opens: row.opens, closes: row.closes },
      precinctNumber: row.precinct_number,
      precinctName: row.precinct_name,
      region: row.region,
      district: row.district,
      address: row.address,
      timeZone: row.time_zone,
      deviceId: this.log.deviceId,
    };
  }

  require(): PrecinctInfo {
    const precinct = this.get();
    if (!precinct) throw new DomainError('not_set_up', 'The precinct is not set up yet');
    return precinct;
  }

  /**
   * Checks setup input beyond its schema. Setup takes its data from the chair's form today
   * and from the central commission's signed package later; both come through here.
   */
  validateSetup(precinct: PrecinctSetup, members: MemberInput[]): void {
    // A supervisor-mode folder never becomes a precinct (`supervisor_folder`).
    refuseOtherMode(this.db, 'precinct');
    if (this.isSetUp()) throw new DomainError('already_set_up', 'The precinct is already set up');
    if (!isValidTimeZone(precinct.timeZone)) {
      throw new DomainError('invalid_time_zone', `Unknown time zone ${precinct.timeZone}`, {
        timeZone: precinct.timeZone,
      });
    }
    if (precinct.votingHours.opens >= precinct.votingHours.closes) {
      throw new DomainError('invalid_voting_hours', 'Voting must open before it closes');
    }
    const chairs = members.filter((m) => m.role === 'chair').length;
    if (chairs === 0) throw new DomainError('chair_required', 'The commission needs a chair');
    if (chairs > 1) throw new DomainError('one_chair_only', 'The commission has one chair');
  }

  /**
   * Records the precinct, and the folder as a precinct's for good (refused with
   * `supervisor_folder` in supervisor mode's); the caller runs it in the setup transaction.
   */
  recordSetup(
    precinct: PrecinctSetup,
    actor: string | null,
    source: 'manual' | 'package',
    /** A package's identity of the election and precinct. */
    identity?: {
      election_id: string;
      precinct_id: string;
      abroad: boolean;
      country: string | null;
    },
  ): void {
    claimFolderMode(this.db, 'precinct', new Date(this.clock.now()).toISOString());
    this.log.record('precinct.setup_completed', actor, {
      election_kind: precinct.electionKind,
      election_name: precinct.electionName,
      voting_day: precinct.votingDay,
      opens: precinct.votingHours.opens,
      closes: precinct.votingHours.closes,
      precinct_number: precinct.precinctNumber,
      precinct_name: precinct.precinctName,
      region: precinct.region,
      district: precinct.district,
      address: precinct.address,
      time_zone: precinct.timeZone,
      source,
      ...identity,
    });
  }

  settings(): AppSettings {
    const row = this.db
      .prepare<[], { auto_lock_minutes: number }>(
        'SELECT auto_lock_minutes FROM settings WHERE id = 1',
      )
      .get();
    return { autoLockMinutes: row?.auto_lock_minutes ?? DEFAULT_AUTO_LOCK_MINUTES };
  }

  updateSettings(settings: AppSettings, actor: string): AppSettings {
    this.log.record('settings.changed', actor, { auto_lock_minutes: settings.autoLockMinutes });
    return this.settings();
  }

  /** The clock as the precinct sees it, with the checks the chair is asked to confirm. */
  clockStatus(fallbackTimeZone: string): ClockStatus {
    const now = this.clock.now();
    const timeZone = this.row()?.time_zone ?? fallbackTimeZone;
    const local = localDateTime(now, timeZone);
    const latest = this.log.latestEventTime();
    const confirmed = this.db
      .prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM clock_confirmations WHERE local_date = ?',
      )
      .get(local.date);
    return {
      nowIso: new Date(now).toISOString(),
      timeZone,
      localDate: local.date,
      localTime: local.time,
      behindLatestEvent: latest !== null && now + CLOCK_BEHIND_TOLERANCE_MS < latest,
      latestEventAt: latest !== null ? new Date(latest).toISOString() : null,
      confirmedToday: (confirmed?.n ?? 0) > 0,
      overridden: this.clock.overridden,
    };
  }

  /** The chair confirms the date, time and time zone the laptop shows. */
  confirmClock(actor: string): void {
    const precinct = this.require();
    const local = localDateTime(this.clock.now(), precinct.timeZone);
    this.log.record('clock.confirmed', actor, {
      local_date: local.date,
      local_time: local.time,
      time_zone: precinct.timeZone,
    });
  }

  private row(): PrecinctRow | undefined {
    return this.db.prepare<[], PrecinctRow>('SELECT * FROM precinct WHERE id = 1').get();
  }
}
