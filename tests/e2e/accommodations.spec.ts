import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import {
  VOTING_DAY as DAY,
  chooseVoter,
  importVoterList,
  openAccommodations,
  openRequest,
  openView,
  registerRows,
  setMoment,
  startRequest,
  statusWith,
} from './support/accommodations';
import { expectNoAxeViolations } from './support/axe';
import {
  CHAIR,
  MEMBER,
  logInWithTemporaryPin,
  logOut,
  openSection,
  resetPinOf,
  setUpAndLogInChair,
  printIn,
} from './support/flows';
import { pdfPages } from '../support/pdf-text';
import { VOTERS, fullName, openCard } from './support/voters';

// The issue's scenarios at 13:00 in Asia/Almaty (UTC+5) on voting day (19 March 2027): an hour
// past the default home-voting cut-off (12:00), within voting hours.
test.use({ clockStart: '2027-03-19T08:00:00Z' });

const MEMBER_PIN = '246810';
const maria = fullName(VOTERS.maria);
const zhanbolat = fullName(VOTERS.zhanbolat);

test('home voting: before and after the cut-off, a trip with two members, a ballot at home, none at the station', async ({
  page,
  openFileAs,
  saveFileAs,
}) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-accommodations-'));
  try {
    await setUpAndLogInChair(page);
    const temporary = await resetPinOf(page, MEMBER);
    await importVoterList(page, openFileAs, folder);
    await openAccommodations(page);
    await expect(page.getByTestId('cutoff-status')).toContainText('has passed');
    await expectNoAxeViolations(page, 'accommodations register (empty)');

    // Nothing filled in: each missing part is named at its field and the first takes focus.
    let dialog = await startRequest(page);
    await expectNoAxeViolations(page, 'new request dialog');
    await dialog.getByRole('button', { name: 'Record the request' }).click();
    const search = dialog.getByLabel('Find on the voter list');
    await expect(search).toBeFocused();
    await expect(search).toHaveAccessibleDescription(/Find the voter and choose them/);
    await expect(
      dialog.getByRole('group', { name: 'What is asked for' }),
    ).toHaveAccessibleDescription(/Choose at least one\./);
    // Home voting without an address of stay is refused at the address.
    await chooseVoter(dialog, 'Иванова', maria);
    await dialog.getByLabel('Home voting (portable box)').check();
    await dialog.getByRole('button', { name: 'Record the request' }).click();
    const address = dialog.getByLabel('Address of stay');
    await expect(address).toBeFocused();
    await expect(address).toHaveAccessibleDescription(
      /Enter the address where the voter will be, for home voting\./,
    );
    await expectNoAxeViolations(page, 'new request dialog with errors');
    await address.fill('Алматы, ул. Тимирязева, 15, кв. 12');
    await dialog.getByLabel('Why the voter cannot come').selectOption({ label: 'Own health' });
    await dialog.getByLabel('Contact phone').fill('+7 701 555 12 34');
    await dialog.getByLabel('How it was received').selectOption({ label: 'By phone' });
    // Received before the cut-off.
    await setMoment(dialog, 'Received', DAY, '11:30');
    await dialog.getByRole('button', { name: 'Record the request' }).click();
    await expect(dialog).toBeHidden();
    await expect(statusWith(page, 'Request No. 1 recorded.')).toBeVisible();

    // The same request again while the first is open: refused, with a way to the first.
    dialog = await startRequest(page);
    await chooseVoter(dialog, VOTERS.maria.iin, maria);
    await dialog.getByLabel('Home voting (portable box)').check();
    await dialog.getByLabel('Address of stay').fill('Алматы, ул. Тимирязева, 15, кв. 12');
    await dialog.getByLabel('Why the voter cannot come').selectOption({ label: 'Own health' });
    await setMoment(dialog, 'Received', DAY, '11:45');
    await dialog.getByRole('button', { name: 'Record the request' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'already has an open request of this kind: No. 1',
    );
    await dialog.getByRole('button', { name: 'Open request No. 1' }).click();
    let request = page.getByRole('dialog', { name: `Request No. 1: ${maria}` });
    await expect(request).toContainText('Marked for home voting');
    await expect(request).toContainText('Own health');
    await expectNoAxeViolations(page, 'request detail');
    await request.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(registerRows(page)).toHaveCount(1);

    // Received after the cut-off: recorded, declined, and the answer is said plainly.
    dialog = await startRequest(page);
    await chooseVoter(dialog, 'Zhanbolat', zhanbolat);
    await dialog.getByLabel('Home voting (portable box)').check();
    await dialog.getByLabel('Address of stay').fill('Алматы, Тимирязев к-сі, 15, 3-пәтер');
    await dialog
      .getByLabel('Why the voter cannot come')
      .selectOption({ label: 'Caring for a sick relative' });
    await setMoment(dialog, 'Received', DAY, '12:30');
    await dialog.getByRole('button', { name: 'Record the request' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      statusWith(
        page,
        'Request No. 2 recorded. Home voting is declined: it was received after the cut-off',
      ),
    ).toBeVisible();
    const late = registerRows(page).filter({ hasText: zhanbolat });
    await expect(late).toContainText('Declined: received after the cut-off');
    await expect(late).toContainText('Received after the cut-off.');
    request = await openRequest(page, 2);
    await expect(request).toContainText('Received after the cut-off (Mar 19, 2027, 12:00).');
    await expect(request).toContainText('Not marked');
    await request.getByRole('button', { name: 'Close', exact: true }).click();
    // The reason for home voting is never in the list.
    await expect(page.getByTestId('accommodation-register')).not.toContainText('sick relative');

    // A trip: one member is not enough; two are.
    await openView(page, 'Home-voting trips');
    await page.getByRole('button', { name: 'Plan a trip' }).click();
    const plan = page.getByRole('dialog', { name: 'Plan a home-voting trip' });
    await expectNoAxeViolations(page, 'plan a trip dialog');
    const members = plan.getByRole('group', { name: 'Members carrying the box' });
    await members.getByLabel(CHAIR).check();
    await plan.getByLabel(`No. 1: ${maria}`, { exact: false }).check();
    await setMoment(plan, 'Planned departure', DAY, '13:30');
    await setMoment(plan, 'Expected return', DAY, '14:30');
    await plan.getByRole('button', { name: 'Plan the trip' }).click();
    await expect(members.getByLabel(CHAIR)).toBeFocused();
    await expect(members).toHaveAccessibleDescription(
      /A trip needs at least two different active members\.$/,
    );
    await members.getByLabel(MEMBER).check();
    await plan.getByRole('button', { name: 'Plan the trip' }).click();
    await expect(plan).toBeHidden();
    await expect(statusWith(page, 'Trip No. 1 planned.')).toBeVisible();
    const trip = page.getByTestId('trip-card');
    await expect(trip).toContainText(`${CHAIR}, ${MEMBER}`);
    await expect(trip).toContainText(`No. 1: ${maria}`);
    await expectNoAxeViolations(page, 'trips');

    // The box leaves: observers told, ballots counted.
    await trip.getByRole('button', { name: 'Record departure' }).click();
    const departure = page.getByRole('dialog', { name: 'Trip No. 1 leaves' });
    await expectNoAxeViolations(page, 'departure dialog');
    await departure.getByLabel('Blank ballots taken').fill('2');
    await departure.getByRole('button', { name: 'Record the departure' }).click();
    await expect(departure).toBeHidden();
    await expect(statusWith(page, 'Departure of trip No. 1 recorded.')).toBeVisible();
    await expect(trip).toContainText('2 ballots taken.');

    // The trip sheet, printed through the host.
    const sheetPath = join(folder, 'trip-1.pdf');
    await saveFileAs(sheetPath, () =>
      printIn(
        page,
        'ru',
        trip.getByRole('button', { name: 'Print trip sheet No. 1 / save as PDF' }),
      ),
    );
    await expect(statusWith(page, `Saved to ${sheetPath}`)).toBeVisible();
    const sheetText = pdfPages(sheetPath).join('\n');
    expect(sheetText).toContain('Лист выезда с переносным ящиком № 1');
    expect(sheetText).toContain('Подпись избирателя');
    expect(sheetText).toContain('Страница 1 из 1');
    expect(sheetText).toContain('Член комиссии');
    await logOut(page);

    // The member on the trip records the ballot handed over at home.
    await logInWithTemporaryPin(page, MEMBER, temporary, MEMBER_PIN);
    await openAccommodations(page);
    request = await openRequest(page, 1);
    await request
      .getByRole('button', { name: 'Ballot issued at home: Home voting (portable box)' })
      .click();
    const fulfil = page.getByRole('dialog', {
      name: 'Ballot issued at home: Home voting (portable box), request No. 1',
    });
    await fulfil.getByRole('button', { name: 'Ballot issued at home' }).click();
    await expect(
      fulfil.getByLabel('The voter’s ID document was shown and matches the list'),
    ).toBeFocused();
    await expectNoAxeViolations(page, 'ballot at home dialog');
    await fulfil.getByLabel('The voter’s ID document was shown and matches the list').check();
    await fulfil.getByRole('button', { name: 'Ballot issued at home' }).click();
    await expect(fulfil).toBeHidden();
    await expect(statusWith(request, /Ballot issued at home: Home voting/)).toBeVisible();
    await expect(request.getByRole('table', { name: 'Items of the request' })).toContainText(
      'Ballot issued at home',
    );
    // A member does not see why the voter asked.
    await expect(request).toContainText('shown only to the chair, deputy chair and secretary');
    await expect(request).not.toContainText('Own health');
    await request.getByRole('button', { name: 'Close', exact: true }).click();

    // At the station, the same voter gets no second ballot.
    await openSection(page, 'Voters');
    const card = await openCard(page, VOTERS.maria.iin, VOTERS.maria);
    // Not offered: the button is disabled, with when and by whom the ballot at home was issued
    // beside it, before anyone ticks the ID check.
    const issueButton = card.getByRole('button', { name: 'Issue ballot' });
    await expect(issueButton).toHaveAttribute('aria-disabled', 'true');
    await expect(issueButton).toHaveAccessibleDescription(
      new RegExp(
        `^A ballot was already issued to this voter: Mar 19, 2027, \\d\\d:\\d\\d by ${MEMBER}\\.`,
      ),
    );
    await issueButton.click({ force: true });
    await expect(page.getByRole('dialog', { name: `Issue a ballot to ${maria}` })).toHaveCount(0);
    await card.getByRole('button', { name: 'Close the card' }).click();

    // The box is back; the ballots add up.
    await openAccommodations(page);
    await openView(page, 'Home-voting trips');
    await trip.getByRole('button', { name: 'Record return' }).click();
    const back = page.getByRole('dialog', { name: 'Trip No. 1 is back' });
    await expect(back).toContainText('Ballots taken: 2; issued at home: 1.');
    await back.getByLabel('Unused ballots brought back').fill('0');
    await back.getByRole('button', { name: 'Record the return' }).click();
    await expect(back.getByLabel('Explanation of a difference')).toBeFocused();
    await expect(back.getByLabel('Explanation of a difference')).toHaveAccessibleDescription(
      /The ballots do not add up/,
    );
    await expectNoAxeViolations(page, 'return dialog with a difference');
    await back.getByLabel('Unused ballots brought back').fill('1');
    await back.getByRole('button', { name: 'Record the return' }).click();
    await expect(back).toBeHidden();
    await expect(trip).toContainText('Issued at home: 1, unused: 1, spoiled: 0.');

    // The summary carries the figure turnout uses.
    await openView(page, 'Summary');
    await expect(page.getByTestId('home-voting-ballots')).toHaveText(
      '1 ballot issued at home (counted in turnout as a portable-box ballot)',
    );
    await expectNoAxeViolations(page, 'summary');

    // The audit log names each step, and never the reason for home voting.
    await openSection(page, 'Audit');
    const audit = page.getByTestId('audit-table');
    await expect(audit).toContainText('Portable box returned');
    await expect(audit).toContainText('Sensitive details of a request recorded');
    await expect(audit).not.toContainText(/Own health|own_health|sick relative/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a station accommodation from receipt to provided, the equipment gaps, a correction, and the register as CSV and PDF', async ({
  page,
  openFileAs,
  dataDir,
  saveFileAs,
}) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-accommodations-'));
  try {
    await setUpAndLogInChair(page);
    await importVoterList(page, openFileAs, folder);
    await openAccommodations(page);

    // Asel asks for a Braille stencil and a ramp.
    const asel = fullName(VOTERS.asel);
    const dialog = await startRequest(page);
    await chooseVoter(dialog, 'Омарова', asel);
    await dialog.getByLabel('Braille ballot stencil').check();
    await dialog.getByLabel('Step-free access / ramp').check();
    await dialog.getByLabel('How it was received').selectOption({
      label: 'Through a social worker or NGO',
    });
    await dialog.getByLabel('Social worker or NGO (name)').fill('Society of the Blind, Almaty');
    await dialog.getByLabel('Notes').fill('Arrives around 15:00');
    await setMoment(dialog, 'Received', '2027-03-15', '10:00');
    await dialog.getByRole('button', { name: 'Record the request' }).click();
    await expect(dialog).toBeHidden();
    await expect(statusWith(page, 'Request No. 1 recorded.')).toBeVisible();

    // The equipment checklist shows what the open request needs and the station lacks.
    await openView(page, 'Station equipment');
    const gaps = page.getByTestId('equipment-gaps');
    await expect(gaps).toContainText('Braille ballot stencil: 1 open request,');
    await expect(gaps).toContainText('Step-free access / ramp: 1 open request,');
    await expectNoAxeViolations(page, 'station equipment');
    await page.getByRole('button', { name: 'Update Braille ballot stencils' }).click();
    const equipment = page.getByRole('dialog', { name: 'Update: Braille ballot stencils' });
    await expectNoAxeViolations(page, 'equipment dialog');
    await equipment.getByLabel('Availability').selectOption({ label: 'Available' });
    await equipment.getByLabel('How many').fill('-2');
    await equipment.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(equipment.getByLabel('How many')).toBeFocused();
    await expect(equipment.getByLabel('How many')).toHaveAccessibleDescription(
      /Enter a whole number from 0 to 10000\./,
    );
    await equipment.getByLabel('How many').fill('3');
    await equipment.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(equipment).toBeHidden();
    await expect(statusWith(page, 'Braille ballot stencils: Available.')).toBeVisible();
    await expect(gaps).not.toContainText('Braille ballot stencil:');
    await expect(gaps).toContainText('Step-free access / ramp: 1 open request,');

    await openView(page, 'Register');
    const request = await openRequest(page, 1);
    await expect(request).toContainText('Society of the Blind, Almaty');
    // A correction before any outcome, with its reason; the history keeps the old value.
    await request.getByRole('button', { name: 'Correct the request' }).click();
    let correct = page.getByRole('dialog', { name: 'Correct request No. 1' });
    await correct.getByLabel('Notes').fill('Arrives around 16:00');
    await correct.getByRole('button', { name: 'Record the correction' }).click();
    await expect(correct.getByLabel('Reason for the correction')).toBeFocused();
    await expectNoAxeViolations(page, 'correction dialog with an error');
    await correct.getByLabel('Reason for the correction').fill('She called to say she is later');
    await correct.getByRole('button', { name: 'Record the correction' }).click();
    await expect(correct).toBeHidden();
    const history = request.getByRole('list').filter({ hasText: 'Recorded:' });
    await expect(history).toContainText('“Arrives around 15:00” → “Arrives around 16:00”');
    await expect(history).toContainText('Reason: She called to say she is later');

    // The stencil: prepared, then provided.
    await request
      .getByRole('button', { name: 'Prepared: Braille ballot stencil', exact: true })
      .click();
    let step = page.getByRole('dialog', {
      name: 'Prepared: Braille ballot stencil, request No. 1',
    });
    await expectNoAxeViolations(page, 'item step dialog');
    await step.getByLabel('Note').fill('Stencil for the Mazhilis ballot set aside');
    await step.getByRole('button', { name: 'Prepared', exact: true }).click();
    await expect(step).toBeHidden();
    await expect(
      statusWith(request, 'Prepared: Braille ballot stencil, request No. 1.'),
    ).toBeVisible();
    await request
      .getByRole('button', { name: 'Provided: Braille ballot stencil', exact: true })
      .click();
    step = page.getByRole('dialog', { name: 'Provided: Braille ballot stencil, request No. 1' });
    await setMoment(step, 'When', '2027-03-19', '12:40');
    await step.getByRole('button', { name: 'Provided', exact: true }).click();
    await expect(step).toBeHidden();
    const items = request.getByRole('table', { name: 'Items of the request' });
    await expect(items.getByRole('row', { name: /Braille ballot stencil/ })).toContainText(
      'Provided, Mar 19, 2027, 12:40.',
    );
    // No step is offered for the stencil now; the details are still corrected, with a reason.
    await expect(request.getByRole('button', { name: /: Braille ballot stencil$/ })).toHaveCount(0);
    await request.getByRole('button', { name: 'Correct the request' }).click();
    correct = page.getByRole('dialog', { name: 'Correct request No. 1' });
    await correct.getByLabel('Notes').fill('Stencil handed over in the hall');
    await correct.getByLabel('Reason for the correction').fill('Written down after the visit');
    await correct.getByRole('button', { name: 'Record the correction' }).click();
    await expect(correct).toBeHidden();
    await expect(history).toContainText(
      '“Arrives around 16:00” → “Stencil handed over in the hall”',
    );
    await expect(history).toContainText('Reason: Written down after the visit');

    // The ramp could not be provided: the request is closed.
    await request
      .getByRole('button', { name: 'Could not be provided: Step-free access / ramp' })
      .click();
    step = page.getByRole('dialog', {
      name: 'Could not be provided: Step-free access / ramp, request No. 1',
    });
    await step.getByRole('button', { name: 'Could not be provided', exact: true }).click();
    await expect(step.getByLabel('Reason')).toBeFocused();
    await step.getByLabel('Reason').fill('The portable ramp is broken; she was carried in');
    await step.getByRole('button', { name: 'Could not be provided', exact: true }).click();
    await expect(step).toBeHidden();
    await expect(request).toContainText('Request status: Closed');
    await request.getByRole('button', { name: 'Close', exact: true }).click();

    // The register: filtered, then saved as CSV and printed to PDF.
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Open' });
    await expect(registerRows(page)).toHaveCount(0);
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Closed' });
    await expect(registerRows(page)).toHaveCount(1);
    await expectNoAxeViolations(page, 'register filtered');
    const csvPath = join(dataDir, 'register.csv');
    await saveFileAs(csvPath, () =>
      page.getByRole('button', { name: 'Save as CSV (spreadsheet)' }).click(),
    );
    await expect(statusWith(page, 'register.csv')).toBeVisible();
    const csv = readFileSync(csvPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(csv[0]).toBe(
      'No.;Received;Requester;Address (home voting);Asked for;Status;Members assigned;Outcome',
    );
    expect(csv[1]).toContain(`1;2027-03-15 10:00;"${asel}`);
    expect(csv[1]).toContain('Braille ballot stencil: Provided');
    expect(csv[1]).toContain('Could not be provided');
    expect(csv[1]).toContain('The portable ramp is broken');
    const pdfPath = join(dataDir, 'register.pdf');
    await saveFileAs(pdfPath, () => printIn(page, 'kk'));
    await expect(statusWith(page, 'register.pdf')).toBeVisible();
    const registerText = pdfPages(pdfPath).join('\n');
    expect(registerText).toContain('Арнайы жағдайлар туралы өтініштер тізілімі');
    expect(registerText).toContain('1-бет, барлығы 1');
    expect(registerText).toContain('Комиссия хатшысы');
    expect(registerText).not.toMatch(/\d{2}\.\d{2}\.\d{0,3}\s*$/m);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
