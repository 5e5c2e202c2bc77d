import { expect, test } from 'vitest';
import { checkControlRelations, failingRelations } from './control-relations';
import type { ProtocolFigures } from './protocol-figures';

const good: ProtocolFigures = {
  ballots_received: 1000,
  issued_at_station: 600,
  issued_at_home: 20,
  spoiled: 5,
  unused: 375,
  in_stationary_boxes: 598,
  in_portable_boxes: 20,
  questions: [{ question_id: 'q1', valid: 610, invalid: 8, votes: { yes: 400, no: 210 } }],
};
const context = { voters_on_list: 1500, ballot_events_at_station: 600 };

test('consistent figures satisfy every relation', () => {
  const checks = checkControlRelations(good, context);
  expect(checks.map((c) => c.relation)).toEqual([
    'ballots_balance',
    'boxes_within_issued',
    'valid_and_invalid_make_boxes',
    'votes_make_valid',
    'portable_within_home',
    'issued_within_list',
    'issued_matches_events',
  ]);
  expect(failingRelations(checks)).toEqual([]);
});

test.each([
  ['ballots_balance', { unused: 374 }],
  [
    'boxes_within_issued',
    {
      in_stationary_boxes: 601,
      questions: [{ question_id: 'q1', valid: 613, invalid: 8, votes: { yes: 403, no: 210 } }],
    },
  ],
  ['portable_within_home', { in_portable_boxes: 21, in_stationary_boxes: 597 }],
  ['issued_matches_events', { issued_at_station: 599, unused: 376 }],
] as [string, Partial<ProtocolFigures>][])(
  'each broken relation is caught alone: %s',
  (relation, change) => {
    const failing = failingRelations(checkControlRelations({ ...good, ...change }, context));
    expect(failing).toEqual([relation]);
  },
);

test('per-question relations name the question', () => {
  const figures: ProtocolFigures = {
    ...good,
    questions: [
      { question_id: 'q1', valid: 610, invalid: 8, votes: { yes: 400, no: 210 } },
      { question_id: 'q2', valid: 609, invalid: 8, votes: { yes: 300, no: 310 } },
    ],
  };
  expect(failingRelations(checkControlRelations(figures, context))).toEqual([
    'valid_and_invalid_make_boxes:q2',
    'votes_make_valid:q2',
  ]);
});

test('more ballots issued than voters on the list is caught', () => {
  const checks = checkControlRelations(good, { ...context, voters_on_list: 619 });
  expect(failingRelations(checks)).toEqual(['issued_within_list']);
});
