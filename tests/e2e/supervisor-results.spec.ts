/**
 * The voting day's protocols in supervisor mode: two precincts' laptops send their ballots,
 * opening, closing and signed protocol; one protocol agrees with its ballots, the other does
 * not. The results show the first, the second raises its alarms, a precinct's protocol
 * versions show their checks, the results save as CSV, and all of it by keyboard, axe-clean,
 * in the three languages.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson } from '../../src/main/core/kernel/events/canonical-json';
import { eventHash } from '../../src/main/core/kernel/events/event-hash';
import type { EventRow } from '../../src/main/core/kernel/events/event-log';
import { openPackage } from '../../src/main/core/airgap/package-file';
import type { ProtocolFigures } from '../../src/shared/protocol/protocol-figures';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import {
  ballotEvents,
  enrolDevice,
  packageByCli,
  startSupervisorMode,
  writeSyncFile,
} from './support/supervisor';

let work = '';
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'precinct-desk-results-'));
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The package's chair, who opens, closes and signs. */
async function chairOf(packagePath: string, code: string): Promise<string[]> {
  const read = await openPackage(readFileSync(packagePath), code);
  if (!read.ok) throw new Error(read.problem);
  const chair = read.content.members.find((m) => m.role === 'chair');
  return [chair?.member_id ?? '', ...read.content.members.map((m) => m.member_id)];
}

/** The voting day's events after the ballots, chained as the laptop chains them. */
function votingDay(rows: EventRow[], chair: string, members: string[], figures: ProtocolFigures) {
  const events: [string, unknown][] = [
    [
      'voting.opened',
      {
        present_member_ids: members,
        quorum: 2,
        ballots_received: figures.ballots_received,
        serial_from: null,
        serial_to: null,
        allocations: [],
        boxes: [{ kind: 'stationary', number: '1', seal: 'A-100' }],
        observer_entry_ids: [],
      },
    ],
    ['voting.closed', {}],
    [
      'protocol.signed',
      {
        protocol_id: `protocol-${rows[0]?.device_id ?? ''}`,
        version: 1,
        supersedes: null,
        correction_reason: null,
        figures,
        explanations: {},
        signed_by_member_ids: members,
      },
    ],
  ];
  const out = [...rows];
  const close = Date.parse('2027-03-19T20:05:00+05:00');
  events.forEach(([type, payload], index) => {
    const last = out.at(-1) as EventRow;
    const fields = {
      deviceId: last.device_id,
      seq: last.seq + 1,
      hlc: `${String(close + index * 60_000).padStart(18, '0')}.0000`,
      type,
      actor: chair,
      payloadJson: canonicalJson(payload),
    };
    out.push({
      device_id: fields.deviceId,
      seq: fields.seq,
      hlc: fields.hlc,
      type,
      actor: chair,
      payload_json: fields.payloadJson,
      prev_hash: last.hash,
      hash: eventHash(last.hash, fields),
    });
  });
  return out;
}

const figures = (issued: number, yes: number, no: number): ProtocolFigures => ({
  ballots_received: 10,
  issued_at_station: issued,
  issued_at_home: 0,
  spoiled: 0,
  unused: 10 - issued,
  in_stationary_boxes: issued,
  in_portable_boxes: 0,
  questions: [
    { question_id: 'q1', valid: yes + no, invalid: issued - yes - no, votes: { yes, no } },
  ],
});

test('the results of a consistent precinct, the alarms of an inconsistent one, by keyboard', async ({
  page,
  dataDir,
  openFileAs,
  saveFileAs,
}) => {
  await startSupervisorMode(page);
  const almaty = packageByCli(dataDir, work, 6);
  const abai = packageByCli(dataDir, work, 6, { id: 'abai-415', number: 415, region: 'Abai' });
  const stick = join(work, 'stick');
  mkdirSync(stick);
  // 3 ballots issued, the protocol says 5, and its votes exceed its valid ballots.
  const inconsistent: ProtocolFigures = {
    ...figures(5, 4, 0),
    questions: [{ question_id: 'q1', valid: 4, invalid: 1, votes: { yes: 4, no: 1 } }],
  };
  const precincts: [typeof almaty, number, ProtocolFigures][] = [
    // 4 ballots issued and 4 in the protocol: every relation holds.
    [almaty, 4, figures(4, 3, 1)],
    [abai, 3, inconsistent],
  ];
  for (const [made, issued, sheet] of precincts) {
    const device = await enrolDevice(made.packagePath, made.code);
    const [chair, ...members] = await chairOf(made.packagePath, made.code);
    const ballots = ballotEvents(
      device,
      made.voters.slice(0, issued).map((v, i) => ({ iin: v.iin, time: `1${i}:00` })),
    );
    const events = votingDay(ballots, chair ?? '', members, sheet);
    writeSyncFile(join(stick, `${made.packagePath.split('/').pop() ?? ''}.pdsync`), device, events);
  }
  // Supervisor mode starts on its Import section.
  await openFileAs(stick, () => page.getByRole('button', { name: 'Choose a folder…' }).click());
  await expect(page.getByTestId('import-counts')).toContainText('2 of 2 files: 2 accepted');

  // Keyboard only from here: the navigation, the table's sort, a precinct's protocols.
  await page
    .getByRole('navigation', { name: 'Supervisor mode sections' })
    .getByRole('button', { name: 'Results', exact: true })
    .focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Results of the voting' }),
  ).toBeFocused();
  await expect(page.getByTestId('results-summary')).toHaveText(
    '2 of 2 precincts have a signed protocol.',
  );
  const table = page.getByTestId('results-table');
  const almatyRow = table.getByRole('row').filter({ hasText: 'School No. 12' });
  await expect(almatyRow).toContainText('All hold');
  await expect(almatyRow).toContainText('none');
  const abaiRow = table.getByRole('row').filter({ hasText: 'School No. 15' });
  await expect(abaiRow).toContainText('Fails, not explained');
  await expect(abaiRow).toContainText('votes_make_valid:q1, issued_matches_events');
  // The shares of the consistent votes and the inconsistent ones summed: yes 7, no 2.
  const chart = page.getByTestId('shares-chart');
  await expect(chart.getByRole('img', { name: 'Shares of the votes — Question q1' })).toBeVisible();
  await expect(chart.getByRole('listitem')).toHaveText([
    'no: 2 votes, 22.2%',
    'yes: 7 votes, 77.8%',
  ]);
  await expect(
    page
      .getByTestId('results-regions')
      .getByRole('row', { name: /Almaty/ })
      .getByRole('cell'),
  ).toHaveText(['1', '1', '4', '0', '1', '3']);

  const sortByIssued = table.getByRole('button', { name: 'Ballots issued' });
  await sortByIssued.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('columnheader', { name: 'Ballots issued' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(table.getByRole('row').nth(1)).toContainText('415');
  await expectNoAxeViolations(page, 'supervisor: results');

  const csv = join(work, 'results.csv');
  await saveFileAs(csv, () =>
    page.getByRole('button', { name: 'Save the results as CSV' }).press('Enter'),
  );
  await expect(page.getByText(`Saved to ${csv}`)).toBeVisible();
  const text = readFileSync(csv, 'utf8');
  expect(text).toContain('almaty-412;412;Almaty;Bostandyq;consistent;1;');
  expect(text).toContain(';q1;4;1;yes;4;votes_make_valid:q1 issued_matches_events');

  await table.getByRole('button', { name: 'Protocols of precinct No. 415' }).press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: /Protocols of precinct No\. 415/ }),
  ).toBeFocused();
  const checks = page.getByTestId('protocol-checks');
  await expect(checks.getByRole('row', { name: /Sum of the votes = valid \(q1\)/ })).toContainText(
    'fails',
  );
  await expect(
    checks.getByRole('row', { name: /Issued at the station = ballot events/ }),
  ).toContainText('53fails');
  await expectNoAxeViolations(page, 'supervisor: a precinct’s protocols');
  await page.getByRole('button', { name: 'Back to the results' }).press('Enter');

  await page
    .getByRole('navigation', { name: 'Supervisor mode sections' })
    .getByRole('button', { name: 'Alarms', exact: true })
    .press('Enter');
  const alarms = page.getByRole('main');
  await expect(alarms).toContainText('Protocol fails a check, not explained');
  await expect(alarms).toContainText('Protocol disagrees with the ballot events');

  for (const [language, heading] of [
    ['Қазақша', 'Дауыс беру нәтижелері'],
    ['Русский', 'Результаты голосования'],
  ] as const) {
    await page.getByRole('button', { name: language }).click();
    await page
      .getByRole('navigation')
      .getByRole('button', {
        name: language === 'Русский' ? 'Результаты' : 'Нәтижелер',
        exact: true,
      })
      .press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page, `supervisor: results in ${language}`);
  }
});
