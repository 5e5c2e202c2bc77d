import type { ProtocolFigures } from './protocol-figures';

/**
 * The control relations a protocol's figures must satisfy before the commission signs it. The
 * precinct checks them before signing; the central commission checks every protocol again.
 * A relation that does not hold needs a written explanation (`explanations` by relation id).
 */
export const CONTROL_RELATIONS = [
  /** received = issued at the station + issued at home + spoiled + unused */
  'ballots_balance',
  /** ballots in the boxes ≤ ballots issued (at the station and at home) */
  'boxes_within_issued',
  /** valid + invalid = ballots in the boxes, for each question */
  'valid_and_invalid_make_boxes',
  /** the sum of the votes = valid ballots, for each question */
  'votes_make_valid',
  /** ballots in the portable boxes ≤ ballots issued at home */
  'portable_within_home',
  /** ballots issued ≤ voters on the list */
  'issued_within_list',
  /** ballots issued at the station = the ballot events the precinct's laptops recorded */
  'issued_matches_events',
] as const;
export type ControlRelation = (typeof CONTROL_RELATIONS)[number];

/** What the figures are checked against, beyond themselves. */
export interface ControlContext {
  /** Voters on the list at the close. */
  voters_on_list: number;
  /** Ballot events (`ballot.issued` at the station, not undone) the laptops recorded. */
  ballot_events_at_station: number;
}

export interface RelationCheck {
  relation: ControlRelation;
  /** The question the check is about, for the per-question relations. */
  question_id: string | null;
  holds: boolean;
  /** The two sides compared, for the message and the printout. */
  left: number;
  right: number;
}

/** Every relation's check, in the order of CONTROL_RELATIONS (per-question ones per question). */
export function checkControlRelations(
  figures: ProtocolFigures,
  context: ControlContext,
): RelationCheck[] {
  const issued = figures.issued_at_station + figures.issued_at_home;
  const inBoxes = figures.in_stationary_boxes + figures.in_portable_boxes;
  const checks: RelationCheck[] = [];
  const add = (
    relation: ControlRelation,
    left: number,
    right: number,
    holds: boolean,
    question: string | null = null,
  ): void => void checks.push({ relation, question_id: question, holds, left, right });

  const accounted = issued + figures.spoiled + figures.unused;
  add(
    'ballots_balance',
    figures.ballots_received,
    accounted,
    figures.ballots_received === accounted,
  );
  add('boxes_within_issued', inBoxes, issued, inBoxes <= issued);
  for (const question of figures.questions) {
    const counted = question.valid + question.invalid;
    add(
      'valid_and_invalid_make_boxes',
      counted,
      inBoxes,
      counted === inBoxes,
      question.question_id,
    );
  }
  for (const question of figures.questions) {
    const votes = Object.values(question.votes).reduce((sum, n) => sum + n, 0);
    add('votes_make_valid', votes, question.valid, votes === question.valid, question.question_id);
  }
  add(
    'portable_within_home',
    figures.in_portable_boxes,
    figures.issued_at_home,
    figures.in_portable_boxes <= figures.issued_at_home,
  );
  add('issued_within_list', issued, context.voters_on_list, issued <= context.voters_on_list);
  add(
    'issued_matches_events',
    figures.issued_at_station,
    context.ballot_events_at_station,
    figures.issued_at_station === context.ballot_events_at_station,
  );
  return checks;
}

/** The checks that fail and so need an explanation; each is keyed `relation` or `relation:question`. */
export function failingRelations(checks: readonly RelationCheck[]): string[] {
  return checks
    .filter((check) => !check.holds)
    .map((check) =>
      check.question_id === null ? check.relation : `${check.relation}:${check.question_id}`,
    );
}
