import { createHash } from 'node:crypto';
import type { AlarmKind } from '@shared/supervisor/supervisor-contract';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';

/**
 * Alarms raised from the central state. Conflicts (one IIN with two ballots in force, one IIN
 * on two precincts' lists) are recomputed from the tables for the IINs a change touched, so
 * files in any order end in the same alarms; an undecided conflict that no longer holds (a
 * ballot undone, a matching absentee certificate arrived) is withdrawn. A fork stays until a
 * supervisor decides it.
 */

/** An IIN with its middle hidden (0612••••0012), as the app shows it. */
export function maskIin(iin: string): string {
  return /^\d{12}$/.test(iin) ? `${iin.slice(0, 4)}••••${iin.slice(8)}` : '••••';
}

/** The same subject always gets the same alarm id, whichever file raised it first. */
function alarmId(kind: AlarmKind, subjectKey: string): string {
  return `${kind}-${createHash('sha256').update(subjectKey).digest('hex').slice(0, 20)}`;
}

export function raiseAlarm(
  db: Db,
  alarm: {
    kind: AlarmKind;
    subjectKey: string;
    subject: string;
    precinctIds: string[];
    details: string;
  },
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO alarms (alarm_id, kind, subject_key, subject, precinct_ids, details, raised_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, subject_key) DO UPDATE SET precinct_ids = excluded.precinct_ids,
       details = excluded.details`,
  ).run(
    alarmId(alarm.kind, alarm.subjectKey),
    alarm.kind,
    alarm.subjectKey,
    alarm.subject,
    JSON.stringify([...alarm.precinctIds].sort()),
    alarm.details,
    now,
  );
}

function withdrawUndecided(db: Db, kind: AlarmKind, iins: string[], standing: Set<string>): void {
  const gone = iins.filter((iin) => !standing.has(iin));
  if (gone.length === 0) return;
  const open = cachedStatement(
    db,
    'SELECT 1 FROM alarms WHERE kind = ? AND decided_at IS NULL LIMIT 1',
  );
  if (open.get(kind) === undefined) return;
  cachedStatement(
    db,
    `DELETE FROM alarms WHERE kind = ? AND decided_at IS NULL
     AND subject_key IN (SELECT value FROM json_each(?))`,
  ).run(kind, JSON.stringify(gone));
}

/** Ballots in force for one IIN: more than one (at two precincts, or twice) is an alarm. */
export function refreshBallotConflicts(db: Db, iins: string[], now: string): void {
  if (iins.length === 0) return;
  // One short index range per IIN; the precincts are gathered only for the rare doubles.
  const doubles = cachedStatement(
    db,
    `SELECT DISTINCT j.value AS iin FROM json_each(?) j
     WHERE (SELECT count(*) FROM ballots b WHERE b.iin = j.value AND b.undone = 0) > 1`,
  )
    .all(JSON.stringify(iins))
    .map((r) => (r as { iin: string }).iin);
  const rows = doubles.map(
    (iin) =>
      cachedStatement(
        db,
        `SELECT iin, json_group_array(DISTINCT precinct_id) AS precincts, count(*) AS n
         FROM ballots WHERE iin = ? AND undone = 0 GROUP BY iin`,
      ).get(iin) as { iin: string; precincts: string; n: number },
  );
  const standing = new Set<string>();
  for (const row of rows) {
    standing.add(row.iin);
    raiseAlarm(
      db,
      {
        kind: 'double_ballot',
        subjectKey: row.iin,
        subject: maskIin(row.iin),
        precinctIds: JSON.parse(row.precincts) as string[],
        details: `${row.n} ballots in force`,
      },
      now,
    );
  }
  withdrawUndecided(db, 'double_ballot', iins, standing);
}

/**
 * Whether precinct `a` holding the IIN is explained by `b`: `a` added the voter under an
 * absentee certificate that `b` issued to the same IIN (its number and the issuing precinct,
 * by id or number, agree).
 */
function explained(db: Db, iin: string, a: string, b: string): boolean {
  return (
    cachedStatement(
      db,
      `SELECT 1 FROM absentee_added x
       JOIN absentee_issued y ON y.iin = x.iin AND y.number = x.certificate_number
       JOIN precincts p ON p.precinct_id = y.precinct_id
       WHERE x.iin = ? AND x.precinct_id = ? AND y.precinct_id = ?
         AND (x.issuing_precinct = p.precinct_id OR x.issuing_precinct = CAST(p.number AS TEXT))`,
    ).get(iin, a, b) !== undefined
  );
}

/** The precincts whose holding of the IIN no absentee certificate explains. */
function conflicting(db: Db, iin: string, precincts: string[]): string[] {
  const out = new Set<string>();
  for (const a of precincts) {
    for (const b of precincts) {
      if (a < b && !explained(db, iin, a, b) && !explained(db, iin, b, a)) {
        out.add(a);
        out.add(b);
      }
    }
  }
  return [...out];
}

/**
 * One IIN on two precincts' lists: for the given IINs, or (iins null) every IIN of the
 * precinct's list and of its standing alarms.
 */
export function refreshListConflicts(
  db: Db,
  precinctId: string | null,
  iins: string[] | null,
  now: string,
): void {
  let subjects = iins ?? [];
  if (iins === null && precinctId !== null) {
    subjects = (
      cachedStatement(
        db,
        `SELECT DISTINCT l.iin FROM list_iins l JOIN list_iins o ON o.iin = l.iin
         AND o.precinct_id <> l.precinct_id WHERE l.precinct_id = ?
         UNION SELECT subject_key FROM alarms WHERE kind = 'two_lists' AND decided_at IS NULL
         AND EXISTS (SELECT 1 FROM json_each(alarms.precinct_ids) WHERE value = ?)`,
      ).all(precinctId, precinctId) as { iin: string }[]
    ).map((r) => r.iin);
  }
  if (subjects.length === 0) return;
  const rows = cachedStatement(
    db,
    `SELECT iin, json_group_array(DISTINCT precinct_id) AS precincts FROM list_iins l
     WHERE iin IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM list_removals r
       WHERE r.precinct_id = l.precinct_id AND r.iin = l.iin) GROUP BY iin
     HAVING count(DISTINCT precinct_id) > 1`,
  ).all(JSON.stringify(subjects)) as { iin: string; precincts: string }[];
  const standing = new Set<string>();
  for (const row of rows) {
    const precincts = conflicting(db, row.iin, JSON.parse(row.precincts) as string[]);
    if (precincts.length === 0) continue;
    standing.add(row.iin);
    raiseAlarm(
      db,
      {
        kind: 'two_lists',
        subjectKey: row.iin,
        subject: maskIin(row.iin),
        precinctIds: precincts,
        details: `on the lists of ${precincts.length} precincts`,
      },
      now,
    );
  }
  withdrawUndecided(db, 'two_lists', subjects, standing);
}
