import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrecinctApi } from '../../src/shared/api';
import { makeIin } from '../../src/shared/voters/iin';
import { test, expect } from './fixtures';
import {
  VOTING_DAY,
  importVoterList,
  openAccommodations,
  openRequest,
  openView,
  ownMemberId,
  recordRequest,
  registerRows,
  requestInput,
  setMoment,
  statusWith,
  tabTo,
} from './support/accommodations';
import { expectNoAxeViolations } from './support/axe';
import { recordEntry } from './support/infolog';
import { CHAIR, DEPUTY, MEMBER, setUpAndLogInChair } from './support/flows';
import { VOTERS } from './support/voters';
import { dateField, fillTime } from './support/date-fields';

// Accommodation requests beyond the main scenarios: a request typed with the keyboard
// alone, the route ordered from the keyboard, trips refused, cancelled and leaving with an
// observer, a visit without a ballot, the cut-off moved by the chair, a flagged requester linked.

// 13:00 in Asia/Almaty (UTC+5) on voting day (19 March 2027), within voting hours.
test.use({ clockStart: '2027-03-19T08:00:00Z' });

const DAY = VOTING_DAY;

test('by keyboard alone: a request from a person not on the list, a malformed IIN refused; a route reordered; a member on two overlapping trips refused; the plan changed with a reason', async ({
  page,
  openFileAs,
}) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-accommodations-'));
  try {
    await setUpAndLogInChair(page);
    await importVoterList(page, openFileAs, folder);
    await openAccommodations(page);

    // The whole request with the keyboard: Tab, arrows, Space and Enter.
    const newRequest = page.getByRole('button', { name: 'New request', exact: true });
    await newRequest.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New accommodation request' });
    await expect(
      dateField(dialog.getByRole('group', { name: 'Received' }), 'Date')
        .getByRole('spinbutton')
        .first(),
    ).toBeFocused();
    await tabTo(page, dialog.getByRole('radio', { name: 'A voter on the list' }));
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: 'A person not on the list' })).toBeChecked();
    await tabTo(page, dialog.getByLabel('IIN (if known)'));
    await page.keyboard.type('12345');
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Full name')).toBeFocused();
    await page.keyboard.type('Гүлнар Сапарова');
    await tabTo(page, dialog.getByLabel('Contact phone'));
    await page.keyboard.type('+7 705 111 22 33');
    await tabTo(page, dialog.getByLabel('Magnifier or extra lighting'));
    await page.keyboard.press('Space');
    await expect(dialog.getByLabel('Magnifier or extra lighting')).toBeChecked();
    await tabTo(page, dialog.getByRole('button', { name: 'Record the request' }));
    await page.keyboard.press('Enter');
    // The malformed IIN is refused at its field, which takes focus; nothing is recorded.
    const iin = dialog.getByLabel('IIN (if known)');
    await expect(iin).toBeFocused();
    await expect(iin).toHaveAccessibleDescription(
      /This is not a valid IIN: 12 digits with a correct check digit\./,
    );
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect(iin).toHaveValue('');
    await tabTo(page, dialog.getByRole('button', { name: 'Record the request' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(
      statusWith(page, 'Request No. 1 recorded and flagged: the person is not on the voter list.'),
    ).toBeVisible();
    await expect(newRequest).toBeFocused();
    await expect(registerRows(page)).toHaveCount(1);
    await expect(registerRows(page)).toContainText('Гүлнар Сапарова (not on the list)');
    await expect(page.getByTestId('register-counts')).toContainText(
      'From people not on the list: 1.',
    );

    // Three home-voting requests received in time wait for trips.
    const receivedById = await ownMemberId(page);
    const homeVoting = (iin: string, at: string, address: string) =>
      recordRequest(
        page,
        requestInput(receivedById, {
          receivedAt: `${DAY}T${at}`,
          requester: { by: 'iin', iin, fullName: null },
          kinds: ['home_voting'],
          address,
          reasonCategory: 'own_health',
        }),
      );
    await homeVoting(VOTERS.nurlan.iin, '09:00', 'Алматы, Байзақов к-сі, 200');
    await homeVoting(VOTERS.aigerim.iin, '09:30', 'Алматы, Тимирязев к-сі, 19');
    await homeVoting(VOTERS.zhanbolat.iin, '10:00', 'Алматы, Тимирязев к-сі, 15');

    // The route is put in order with the keyboard; focus stays on the button pressed.
    await openView(page, 'Home-voting trips');
    await page.getByRole('button', { name: 'Plan a trip' }).click();
    let plan = page.getByRole('dialog', { name: 'Plan a home-voting trip' });
    const members = plan.getByRole('group', { name: 'Members carrying the box' });
    await members.getByLabel(CHAIR).check();
    await members.getByLabel(DEPUTY).check();
    await setMoment(plan, 'Planned departure', DAY, '13:30');
    await setMoment(plan, 'Expected return', DAY, '14:30');
    const waiting = plan.getByRole('group', { name: 'Requests waiting for a trip' });
    await waiting.getByLabel(/^No\. 2:/).check();
    await waiting.getByLabel(/^No\. 3:/).check();
    const route = plan.getByRole('list', { name: 'Route order' });
    await expect(route.getByRole('listitem')).toHaveText([/^No\. 2:/, /^No\. 3:/]);
    const up = plan.getByRole('button', { name: 'Move up: request No. 3' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(route.getByRole('listitem')).toHaveText([/^No\. 3:/, /^No\. 2:/]);
    await expect(up).toBeFocused();
    await expect(statusWith(plan, 'Request No. 3 is now stop 1 of 2.')).toBeVisible();
    await expectNoAxeViolations(page, 'plan a trip with a route');
    await plan.getByRole('button', { name: 'Plan the trip' }).click();
    await expect(plan).toBeHidden();
    const stops = page
      .getByTestId('trip-card')
      .getByRole('list', { name: 'Addresses of trip No. 1 in route order' });
    await expect(stops.getByRole('listitem')).toHaveText([/^No\. 3:/, /^No\. 2:/]);

    // The chair cannot be on a second trip at an overlapping time; nothing is planned.
    await page.getByRole('button', { name: 'Plan a trip' }).click();
    plan = page.getByRole('dialog', { name: 'Plan a home-voting trip' });
    await plan.getByRole('group', { name: 'Members carrying the box' }).getByLabel(CHAIR).check();
    await plan.getByRole('group', { name: 'Members carrying the box' }).getByLabel(MEMBER).check();
    await setMoment(plan, 'Planned departure', DAY, '14:00');
    await setMoment(plan, 'Expected return', DAY, '15:00');
    await plan
      .getByRole('group', { name: 'Requests waiting for a trip' })
      .getByLabel(/^No\. 4:/)
      .check();
    await plan.getByRole('button', { name: 'Plan the trip' }).click();
    await expect(
      plan.getByRole('group', { name: 'Members carrying the box' }),
    ).toHaveAccessibleDescription(
      new RegExp(`${CHAIR} is already on trip No\\. 1 at an overlapping time\\.$`),
    );
    await expectNoAxeViolations(page, 'plan a trip refused');
    await page.keyboard.press('Escape');
    await expect(plan).toBeHidden();
    await expect(page.getByTestId('trip-card')).toHaveCount(1);

    // The planned trip's route changes back, with a reason.
    await page.getByRole('button', { name: 'Change the plan' }).click();
    plan = page.getByRole('dialog', { name: 'Change the plan of trip No. 1' });
    await plan.getByRole('button', { name: 'Move up: request No. 2' }).click();
    await expect(plan.getByRole('list', { name: 'Route order' }).getByRole('listitem')).toHaveText([
      /^No\. 2:/,
      /^No\. 3:/,
    ]);
    await plan.getByRole('button', { name: 'Record the change' }).click();
    await expect(plan.getByLabel('Reason for the change')).toBeFocused();
    await expectNoAxeViolations(page, 'change a trip with an error');
    await plan.getByLabel('Reason for the change').fill('No. 2 asked to be visited first');
    await plan.getByRole('button', { name: 'Record the change' }).click();
    await expect(plan).toBeHidden();
    await expect(statusWith(page, 'The plan of trip No. 1 was changed.')).toBeVisible();
    await expect(stops.getByRole('listitem')).toHaveText([/^No\. 2:/, /^No\. 3:/]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the chair moves the cut-off; a trip cancelled, another leaves with an observer; a visit not fulfilled; a flagged requester linked once on the list', async ({
  page,
  openFileAs,
}) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-accommodations-'));
  try {
    await setUpAndLogInChair(page);
    await importVoterList(page, openFileAs, folder);
    await recordEntry(page, `${DAY}T12:00`, {
      kind: 'observer',
      organisationType: 'ngo',
      organisation: 'Erkindik Kanaty',
      observerName: 'Aizhan Dosova',
      mandateNumber: 'EK-3',
      departedAt: null,
    });
    await openAccommodations(page);

    // The chair moves the cut-off to 14:00: a request received at 12:30 is now in time.
    await openView(page, 'Summary');
    const cutoff = page.getByRole('region', { name: 'Home-voting cut-off' });
    await expect(cutoff).toContainText('This is the default.');
    await expectNoAxeViolations(page, 'summary (chair)');
    await fillTime(dateField(cutoff, 'Accept home-voting requests until (voting day)'), '14:00');
    await cutoff.getByRole('button', { name: 'Save the cut-off' }).click();
    await expect(
      statusWith(page, 'Cut-off saved: home-voting requests until 14:00.'),
    ).toBeVisible();
    await expect(page.getByTestId('cutoff-status')).toContainText(
      'Home-voting requests are accepted until Mar 19, 2027, 14:00 (precinct time). Set by the chair.',
    );
    const receivedById = await ownMemberId(page);
    await recordRequest(
      page,
      requestInput(receivedById, {
        receivedAt: `${DAY}T12:30`,
        requester: { by: 'iin', iin: VOTERS.nurlan.iin, fullName: null },
        kinds: ['home_voting'],
        address: 'Алматы, Байзақов к-сі, 200',
        reasonCategory: 'remote_place',
      }),
    );
    await openView(page, 'Register');
    await expect(registerRows(page)).toContainText('Home voting (portable box): Received');

    // A trip is planned, then cancelled with its reason: the address waits again.
    const planTrip = async () => {
      await page.getByRole('button', { name: 'Plan a trip' }).click();
      const plan = page.getByRole('dialog', { name: 'Plan a home-voting trip' });
      const members = plan.getByRole('group', { name: 'Members carrying the box' });
      await members.getByLabel(DEPUTY).check();
      await members.getByLabel(MEMBER).check();
      await plan.getByLabel(/^No\. 1:/).check();
      await setMoment(plan, 'Planned departure', DAY, '13:30');
      await setMoment(plan, 'Expected return', DAY, '14:30');
      await plan.getByRole('button', { name: 'Plan the trip' }).click();
      await expect(plan).toBeHidden();
    };
    await openView(page, 'Home-voting trips');
    await planTrip();
    await page.getByRole('button', { name: 'Cancel trip', exact: true }).click();
    const cancel = page.getByRole('alertdialog', { name: 'Cancel trip No. 1?' });
    await cancel.getByRole('button', { name: 'Cancel the trip' }).click();
    await expect(cancel.getByRole('alert')).toHaveText('Fill in this field.');
    await expectNoAxeViolations(page, 'cancel trip dialog with an error');
    await cancel.getByLabel('Reason for cancelling').fill('The car did not come');
    await cancel.getByRole('button', { name: 'Cancel the trip' }).click();
    await expect(cancel).toBeHidden();
    await expect(statusWith(page, 'Trip No. 1 cancelled.')).toBeVisible();
    const first = page.getByRole('article', { name: /^Trip No\. 1 / });
    await expect(first).toContainText('Trip No. 1 (cancelled)');
    await expect(first).toContainText('The car did not come');

    // Another trip leaves with the observer present told and going along.
    await planTrip();
    const second = page.getByRole('article', { name: /^Trip No\. 2 / });
    await second.getByRole('button', { name: 'Record departure' }).click();
    const departure = page.getByRole('dialog', { name: 'Trip No. 2 leaves' });
    await departure.getByLabel('Aizhan Dosova (Erkindik Kanaty)').check();
    await departure.getByRole('button', { name: 'Record the departure' }).click();
    await expect(departure).toBeHidden();
    await expect(second).toContainText('Aizhan Dosova');
    await expect(second).toContainText('1 ballot taken.');

    // Nobody at home: the visit ends without a ballot, with the reason.
    await second.getByRole('button', { name: /^No\. 1:/ }).click();
    const request = page.getByRole('dialog', { name: /^Request No\. 1:/ });
    await request
      .getByRole('button', { name: 'Not fulfilled: Home voting (portable box)' })
      .click();
    const visit = page.getByRole('dialog', {
      name: 'Not fulfilled: Home voting (portable box), request No. 1',
    });
    await expectNoAxeViolations(page, 'not fulfilled dialog');
    await visit.getByLabel('Why no ballot was issued').selectOption({ label: 'Not at home' });
    await visit.getByRole('button', { name: 'Not fulfilled', exact: true }).click();
    await expect(visit).toBeHidden();
    await expect(request.getByRole('table', { name: 'Items of the request' })).toContainText(
      'Not at home',
    );
    await expect(request).toContainText('Remote place');
    await request.getByRole('button', { name: 'Close', exact: true }).click();

    // A person asks before the commission has added her: flagged, then linked to the list.
    const iin = makeIin('1993-09-21', 'female', 311);
    if (!iin) throw new Error('No IIN');
    await recordRequest(
      page,
      requestInput(receivedById, {
        receivedAt: `${DAY}T12:45`,
        requester: { by: 'iin', iin, fullName: 'Дана Жұмабаева' },
        kinds: ['transport'],
        contactPhone: '+7 777 000 11 22',
      }),
    );
    const added = await page.evaluate(async (newIin) => {
      const api = (globalThis as unknown as { precinct: PrecinctApi }).precinct;
      return api.addVoter({
        iin: newIin,
        lastName: 'Жұмабаева',
        firstName: 'Дана',
        patronymic: '',
        birthDate: '1993-09-21',
        address: 'Алматы, Тимирязев к-сі, 21',
        basis: 'registration_confirmed',
        certificateNumber: '',
        issuingPrecinct: '',
        documentRef: '',
        reason: 'Registration confirmed by the akimat',
      });
    }, iin);
    expect(added.ok, JSON.stringify(added)).toBe(true);
    await openView(page, 'Register');
    const flagged = await openRequest(page, 2);
    await expect(flagged).toContainText('Not on the list: the commission must resolve this');
    await expectNoAxeViolations(page, 'request from a person not on the list');
    await flagged.getByRole('button', { name: 'Link to the voter list' }).click();
    await expect(
      statusWith(flagged, 'The request is now linked to the voter on the list.'),
    ).toBeVisible();
    await expect(flagged.getByRole('definition').filter({ hasText: 'On the list' })).toBeVisible();
    await expect(flagged.getByRole('button', { name: 'Link to the voter list' })).toHaveCount(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
