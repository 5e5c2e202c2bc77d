import { randomUUID } from 'node:crypto';
import type { PrecinctInfo } from '@shared/api';
import { DomainError } from '@shared/result';
import { foldName, foldText } from '@shared/voters/fold';
import {
  TURNOUT_HOURS,
  type BallotView,
  type SectionInput,
  type SectionRule,
  type SectionsState,
  type SectionView,
  type Turnout,
} from '@shared/voters/voter-api';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventLog } from '../../events';
import { instantOfRuleTime } from '../../kernel/time/local-instant';
import { localDateTime } from '../../kernel/time/local-time';
import type { VoterRow } from './voter-store';

interface BallotRow {
  ballot_id: string;
  iin: string;
  place: 'station' | 'portable_box';
  helper_name: string | null;
  issued_at: string;
  issued_by: string | null;
  issued_by_name: string | null;
  device_id: string;
}

function ballotView(row: BallotRow): BallotView {
  return {
    ballotId: row.ballot_id,
    iin: row.iin,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by ?? '',
    issuedByName: row.issued_by_name,
    place: row.place,
    helperName: row.helper_name,
    deviceId: row.device_id,
  };
}

/**
 * The Kazakh Cyrillic alphabet in its order (it contains the Russian one): paper lists are
 * split into books by surname initial in this order.
 */
export const KAZAKH_ALPHABET = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ';

/** Position of a name's initial in the alphabet; a Latin initial counts as its Cyrillic fold. */
export function initialPosition(name: string): number {
  const initial = name.trim().charAt(0).toUpperCase();
  const direct = KAZAKH_ALPHABET.indexOf(initial);
  if (direct >= 0 || initial === '') return direct;
  return KAZAKH_ALPHABET.indexOf(foldName(initial).charAt(0).toUpperCase());
}

/** Does a voter fall in a section: a range of surname initials, or an address fragment? */
export function sectionContains(
  rule: SectionRule,
  voter: Pick<VoterRow, 'last_name' | 'address'>,
): boolean {
  if (rule.kind === 'alphabet') {
    const position = initialPosition(voter.last_name);
    return (
      position >= 0 &&
      position >= initialPosition(rule.from) &&
      position <= initialPosition(rule.to)
    );
  }
  return rule.fragments.some((fragment) => {
    const folded = foldText(fragment);
    return folded !== '' && foldText(voter.address).includes(folded);
  });
}

/** Sections of the list per laptop, ballots issued once, and turnout from the events. */
export class BallotService {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
  ) {}

  sections(): SectionsState {
    const devices = cachedStatement(this.db, 'SELECT DISTINCT device_id FROM events').all() as {
      device_id: string;
    }[];
    return {
      sections: this.sectionList(),
      thisDeviceId: this.log.deviceId,
      knownDevices: [...new Set([this.log.deviceId, ...devices.map((d) => d.device_id)])],
    };
  }

  /**
   * The sections alone, as a ballot's check needs them: without the laptops known from the log,
   * whose look-up reads the whole log and would slow every ballot as the day's events grow.
   */
  sectionList(): SectionsState['sections'] {
    const rows = cachedStatement(
      this.db,
      'SELECT * FROM voter_sections ORDER BY position',
    ).all() as {
      section_id: string;
      name: string;
      rule_json: string;
      device_id: string;
      desk_label: string;
    }[];
    return rows.map((r) => ({
      sectionId: r.section_id,
      name: r.name,
      rule: JSON.parse(r.rule_json) as SectionRule,
      deviceId: r.device_id,
      deskLabel: r.desk_label,
    }));
  }

  /** The chair splits the list into sections, each issued from one laptop. */
  setSections(sections: SectionInput[], actor: string): SectionsState {
    for (const section of sections) {
      if (section.rule.kind === 'alphabet') {
        const from = initialPosition(section.rule.from);
        const to = initialPosition(section.rule.to);
        if (from < 0 || to < 0 || from > to) {
          throw new DomainError(
            'section_invalid',
            'An alphabet range runs from a letter to a later one',
            {
              section: section.name,
            },
          );
        }
      }
    }
    this.log.record('voters.sections_set', actor, {
      sections: sections.map((s) => ({
        section_id: randomUUID(),
        name: s.name,
        rule: s.rule,
        device_id: s.deviceId,
        desk_label: s.deskLabel,
      })),
    });
    return this.sections();
  }

  sectionOf(voter: VoterRow): (SectionView & { thisDevice: boolean }) | null {
    const section = this.sectionList().find((s) => sectionContains(s.rule, voter));
    return section ? { ...section, thisDevice: section.deviceId === this.log.deviceId } : null;
  }

  activeBallot(iin: string): BallotView | null {
    const row = cachedStatement(
      this.db,
      `SELECT b.*, m.full_name AS issued_by_name FROM ballots b
       LEFT JOIN members m ON m.id = b.issued_by WHERE b.iin = ? AND b.undone_at IS NULL`,
    ).get(iin) as BallotRow | undefined;
    return row ? ballotView(row) : null;
  }

  /**
   * Issues a ballot at the station: on voting day within voting hours, to a listed voter not
   * marked for home voting and holding no absentee certificate, from the laptop that holds the
   * voter's section, and never twice.
   */
  issue(
    voter: VoterRow,
    helperName: string | null,
    precinct: PrecinctInfo,
    actor: string,
  ): BallotView {
    const now = this.clock.now();
    const local = localDateTime(now, precinct.timeZone);
    if (
      local.date !== precinct.votingDay ||
      local.time < precinct.votingHours.opens ||
      local.time >= precinct.votingHours.closes
    ) {
      throw new DomainError(
        'ballot_outside_hours',
        'Ballots are issued on voting day within voting hours',
        {
          votingDay: precinct.votingDay,
          opens: precinct.votingHours.opens,
          closes: precinct.votingHours.closes,
        },
      );
    }
    if (voter.status === 'removed') {
      throw new DomainError('ballot_voter_removed', 'The voter was removed from the list');
    }
    if (helperName !== null && this.isCommissionMember(helperName)) {
      // docs/domain.md, "Ballot issue": a helper may not be a member of the commission.
      throw new DomainError('ballot_helper_member', 'A commission member cannot be the helper');
    }
    return this.db
      .transaction(() => {
        const first = this.activeBallot(voter.iin);
        if (first) {
          throw new DomainError(
            'ballot_already_issued',
            'A ballot was issued to this voter already',
            {
              at: first.issuedAt,
              place: first.place,
              // Left out when the member is not known here (a ballot merged from another laptop).
              ...(first.issuedByName ? { by: first.issuedByName } : {}),
            },
          );
        }
        if (
          cachedStatement(this.db, 'SELECT 1 FROM home_voting_marks WHERE iin = ?').get(voter.iin)
        ) {
          throw new DomainError('ballot_home_voting', 'The voter asked to vote at home');
        }
        const absentee = cachedStatement(
          this.db,
          'SELECT number FROM absentee_certificates WHERE iin = ?',
        ).get(voter.iin) as { number: string } | undefined;
        if (absentee) {
          throw new DomainError('ballot_absentee', 'The voter took an absentee certificate', {
            number: absentee.number,
          });
        }
        const sections = this.sectionList();
        if (sections.length > 0) {
          const section = sections.find((s) => sectionContains(s.rule, voter));
          if (!section) throw new DomainError('ballot_no_section', 'The voter is in no section');
          if (section.deviceId !== this.log.deviceId) {
            throw new DomainError('ballot_other_desk', 'Another desk issues this section', {
              desk: section.deskLabel,
              section: section.name,
            });
          }
        }
        const ballotId = randomUUID();
        this.log.record('ballot.issued', actor, {
          ballot_id: ballotId,
          iin: voter.iin,
          place: 'station',
          helper_name: helperName,
          document_checked: true,
        });
        const issued = this.activeBallot(voter.iin);
        if (!issued) throw new Error('The ballot was not recorded');
        return issued;
      })
      .immediate();
  }

  /** Whether a name is a member's of this commission, however it is spelled or ordered. */
  private isCommissionMember(name: string): boolean {
    const words = (text: string) => foldName(text).split(' ').sort().join(' ');
    const helper = words(name);
    const members = cachedStatement(this.db, 'SELECT full_name FROM members').all() as {
      full_name: string;
    }[];
    return members.some((member) => words(member.full_name) === helper);
  }

  /** The chair undoes a ballot issued in error, with a reason; the voter may then receive one. */
  undo(ballotId: string, reason: string, actor: string): void {
    this.db
      .transaction(() => {
        const row = cachedStatement(
          this.db,
          'SELECT iin, undone_at FROM ballots WHERE ballot_id = ?',
        ).get(ballotId) as { iin: string; undone_at: string | null } | undefined;
        if (!row) throw new DomainError('ballot_not_found', 'No such ballot');
        if (row.undone_at)
          throw new DomainError('ballot_already_undone', 'This ballot was undone already');
        this.log.record('ballot.undone', actor, { ballot_id: ballotId, iin: row.iin, reason });
      })
      .immediate();
  }

  /**
   * Turnout from the ballots: live figures and those at the fixed reporting hours, each
   * counting the ballots issued by that precinct-local time and not undone by then.
   */
  turnout(precinct: PrecinctInfo): Turnout {
    const listed = (
      cachedStatement(
        this.db,
        "SELECT count(*) AS n FROM voters WHERE status = 'listed'",
      ).get() as {
        n: number;
      }
    ).n;
    const count = cachedStatement(
      this.db,
      `SELECT
         count(*) FILTER (WHERE place = 'station') AS station,
         count(*) FILTER (WHERE place = 'portable_box') AS portable
       FROM ballots WHERE issued_at <= @at AND (undone_at IS NULL OR undone_at > @at)`,
    );
    const percent = (n: number) => (listed === 0 ? 0 : Math.round((n / listed) * 10_000) / 100);
    const at = (iso: string) => {
      const row = count.get({ at: iso }) as { station: number; portable: number };
      return { station: row.station, portableBox: row.portable, total: row.station + row.portable };
    };
    const now = this.clock.now();
    const live = at(new Date(now).toISOString());
    return {
      votingDay: precinct.votingDay,
      listed,
      ...live,
      percent: percent(live.total),
      figures: TURNOUT_HOURS.map((time) => {
        const instant = instantOfRuleTime(precinct.votingDay, time, precinct.timeZone);
        const figure = at(new Date(instant).toISOString());
        return { time, reached: now >= instant, ...figure, percent: percent(figure.total) };
      }),
    };
  }
}
