import { dateField, fillDate } from './support/date-fields';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { printIn, setUpAndLogInChair } from './support/flows';
import { embeddedFonts } from '../support/pdf-fonts';
import { pdfPages, pdfPageSize } from '../support/pdf-text';
import {
  bodyRows,
  openInfoLog,
  openView,
  recordEntry,
  setMoment,
  startRecord,
  submitAndClose,
} from './support/infolog';

// 11:00 on 10 March 2027 in Almaty, nine days before voting day (19 March).
test.use({ clockStart: '2027-03-10T06:00:00Z' });

test('one entry of each kind is recorded, corrected, withdrawn and found again', async ({
  page,
}) => {
  await setUpAndLogInChair(page);
  await openInfoLog(page);
  await expectNoAxeViolations(page, 'information log');
  const log = page.getByTestId('infolog-log');

  // A citizen inquiry: its channel and topic start unchosen and, like an empty answer, are
  // refused at their fields; the first takes focus.
  let dialog = await startRecord(page, 'Citizen inquiry');
  await expectNoAxeViolations(page, 'record inquiry dialog');
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  const channel = dialog.getByLabel('Channel');
  await expect(channel).toBeFocused();
  await expect(channel).toHaveAccessibleDescription('Choose one: nothing is chosen in advance.');
  await expect(dialog.getByLabel('Topic')).toHaveAccessibleDescription(
    'Choose one: nothing is chosen in advance.',
  );
  const answer = dialog.getByLabel('Answer given');
  await expect(answer).toHaveAccessibleDescription('Fill in this field.');
  await expectNoAxeViolations(page, 'record inquiry dialog with an error');
  await dialog.getByLabel('Channel').selectOption({ label: 'Phone' });
  await dialog.getByLabel('Topic').selectOption({ label: 'Where to vote' });
  await answer.fill('School No. 12, from 07:00 to 20:00');
  await submitAndClose(page, dialog, 'Record', /Recorded: Citizen inquiry No\. 1\./);

  // Information posted.
  dialog = await startRecord(page, 'Information posted');
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(
    dialog.getByRole('group', { name: 'Where it was posted' }),
  ).toHaveAccessibleDescription('Choose at least one.');
  await dialog.getByLabel('Precinct notice board').check();
  await dialog.getByLabel('Polling place and hours').check();
  await dialog.getByLabel('Kazakh').check();
  await dialog.getByLabel('Russian').check();
  await dialog.getByLabel('Large print').check();
  await submitAndClose(page, dialog, 'Record', /Recorded: Information posted No\. 1\./);

  // A training seminar.
  dialog = await startRecord(page, 'Meeting or seminar');
  await dialog.getByLabel('Kind of event').selectOption({ label: 'Training seminar' });
  await dialog.getByLabel('Place').fill('Assembly hall of School No. 12');
  await dialog.getByLabel('Disability associations').check();
  await dialog.getByLabel('Number of participants').fill('24');
  await dialog.getByLabel('Topics').fill('Voting at the place of stay; Braille stencils');
  await submitAndClose(page, dialog, 'Record', /Recorded: Meeting or seminar No\. 1\./);

  // Foreign media need their accreditation number.
  dialog = await startRecord(page, 'Media visit');
  await dialog.getByLabel('Media outlet').fill('Deutsche Welle');
  await dialog.getByLabel('Journalist').fill('Anna Schmidt');
  await dialog.getByLabel('Foreign media').check();
  await dialog.getByLabel('What was filmed or asked').fill('Asked about observers');
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(dialog.getByLabel('Accreditation number')).toHaveAccessibleDescription(
    /accreditation number issued through the Ministry of Foreign Affairs/,
  );
  await dialog.getByLabel('Accreditation number').fill('MFA 2027/118');
  await submitAndClose(page, dialog, 'Record', /Recorded: Media visit No\. 1\./);

  // An observer: no mandate number, then a departure before the arrival, are refused.
  dialog = await startRecord(page, 'Observer arrival', 'Observer visit');
  await dialog.getByLabel('Sent by').selectOption({ label: 'International organisation' });
  await dialog.getByLabel('Organisation', { exact: true }).fill('OSCE/ODIHR');
  await dialog.getByLabel('Observer’s full name').fill('Jan Kowalski');
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(dialog.getByLabel('Mandate or accreditation number')).toHaveAccessibleDescription(
    'An observer is registered only with a mandate or accreditation number.',
  );
  await dialog.getByLabel('Mandate or accreditation number').fill('ODIHR-0412');
  await setMoment(dialog, 'Arrival', '2027-03-10', '09:00');
  await setMoment(dialog, 'Departure', '2027-03-10', '08:30');
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(
    dateField(dialog.getByRole('group', { name: 'Departure' }), 'Time')
      .getByRole('spinbutton')
      .first(),
  ).toHaveAccessibleDescription(/The departure cannot be earlier than the arrival\./);
  await expectNoAxeViolations(page, 'observer dialog with a refused departure');
  await setMoment(dialog, 'Departure', '', '');
  await submitAndClose(page, dialog, 'Record', /Recorded: Observer visit No\. 1\./);

  // A complaint about the voter list.
  dialog = await startRecord(page, 'Complaint or appeal');
  await dialog.getByLabel('From whom').fill('Серик Ахметов');
  await dialog.getByLabel('Subject').selectOption({ label: 'Voter list' });
  await dialog.getByLabel('What the complaint says').fill('Мать не найдена в списке');
  await submitAndClose(page, dialog, 'Record', /Recorded: Complaint or appeal No\. 1\./);

  await expect(bodyRows(log)).toHaveCount(6);
  await expect(
    log.getByRole('cell', { name: /Jan Kowalski \(International organisation/ }),
  ).toBeVisible();

  // A correction keeps the original beside it, with the reason.
  await page.getByRole('button', { name: 'Correct Meeting or seminar No. 1' }).click();
  dialog = page.getByRole('dialog', { name: 'Correct Meeting or seminar No. 1' });
  await expect(dialog.getByLabel('Number of participants')).toHaveValue('24');
  await expectNoAxeViolations(page, 'correction dialog');
  await dialog.getByLabel('Number of participants').fill('31');
  await dialog.getByRole('button', { name: 'Record the correction' }).click();
  await expect(dialog.getByLabel('Reason for the correction')).toBeFocused();
  await dialog.getByLabel('Reason for the correction').fill('Late arrivals were not counted');
  await submitAndClose(page, dialog, 'Record the correction', /Correction recorded/);
  const seminar = bodyRows(log).filter({ hasText: 'Training seminar' });
  await expect(seminar).toContainText('31 participants');
  await expect(seminar).toContainText('Corrected (1)');
  await seminar.getByText('History (1)').click();
  await expect(seminar).toContainText('Reason: Late arrivals were not counted');
  await expect(seminar).toContainText('24 participants');

  // A withdrawal needs a reason; the entry stays, marked.
  await page.getByRole('button', { name: 'Withdraw Citizen inquiry No. 1' }).click();
  dialog = page.getByRole('alertdialog', { name: 'Withdraw Citizen inquiry No. 1?' });
  await dialog.getByRole('button', { name: 'Withdraw the entry' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Fill in this field.');
  await expectNoAxeViolations(page, 'withdraw dialog with an error');
  await dialog.getByLabel('Reason for withdrawing').fill('Recorded twice');
  await submitAndClose(page, dialog, 'Withdraw the entry', /was withdrawn/);
  await expect(bodyRows(log)).toHaveCount(6);
  await expect(bodyRows(log).filter({ hasText: 'Withdrawn: Recorded twice' })).toHaveCount(1);
  await expectNoAxeViolations(page, 'information log with changes');

  // Filters: kind, words in any case, dates.
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Media visit' });
  await expect(bodyRows(log)).toHaveCount(1);
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'All kinds' });
  await page.getByLabel('Search the texts').fill('odihr');
  await expect(bodyRows(log)).toHaveCount(1);
  await expect(bodyRows(log)).toContainText('Jan Kowalski');
  await page.getByLabel('Search the texts').fill('');
  await fillDate(dateField(page.locator('body'), 'From date'), '2027-03-11');
  await expect(bodyRows(log)).toHaveCount(0);
  await expect(page.getByText('No entries match these filters.')).toBeVisible();
});

test('an observer is checked in and out, and the present-now view follows', async ({ page }) => {
  await setUpAndLogInChair(page);
  await openInfoLog(page);
  await recordEntry(page, '2027-03-10T08:00', {
    kind: 'observer',
    organisationType: 'party',
    organisation: 'Amanat',
    observerName: 'Dauren Abenov',
    mandateNumber: 'A-17',
    departedAt: null,
  });
  const dialog = await startRecord(page, 'Observer arrival', 'Observer visit');
  await dialog.getByLabel('Sent by').selectOption({ label: 'International organisation' });
  await dialog.getByLabel('Organisation', { exact: true }).fill('OSCE/ODIHR');
  await dialog.getByLabel('Observer’s full name').fill('Jan Kowalski');
  await dialog.getByLabel('Mandate or accreditation number').fill('ODIHR-0412');
  await setMoment(dialog, 'Arrival', '2027-03-10', '09:15');
  await submitAndClose(page, dialog, 'Record', /Recorded: Observer visit No\. 2\./);
  await expect(page.getByTestId('observers-present')).toHaveText('2 observers present now');

  await openView(page, 'Observers');
  const register = page.getByTestId('infolog-observers');
  await expect(bodyRows(register)).toHaveCount(2);
  await expectNoAxeViolations(page, 'observers register');
  await page.getByRole('button', { name: 'Check out Jan Kowalski' }).click();
  const checkOut = page.getByRole('dialog', { name: 'Check out Jan Kowalski' });
  await expectNoAxeViolations(page, 'check-out dialog');
  // Leaving before arriving is refused at the time.
  await setMoment(checkOut, 'Departure', '2027-03-10', '09:00');
  await checkOut.getByRole('button', { name: 'Check out', exact: true }).click();
  await expect(
    dateField(checkOut, 'Time').getByRole('spinbutton').first(),
  ).toHaveAccessibleDescription(/The departure cannot be earlier than the arrival\./);
  await setMoment(checkOut, 'Departure', '2027-03-10', '10:45');
  await submitAndClose(page, checkOut, 'Check out', /Jan Kowalski checked out\./);
  await expect(page.getByTestId('observers-present')).toHaveText('1 observer present now');
  const jan = bodyRows(register).filter({ hasText: 'Jan Kowalski' });
  await expect(jan).toContainText('10:45');
  await expect(jan.getByRole('button', { name: 'Check out Jan Kowalski' })).toHaveCount(0);

  await page.getByLabel('Only observers present now').check();
  await expect(bodyRows(register)).toHaveCount(1);
  await expect(bodyRows(register)).toContainText('Dauren Abenov');
  await expect(bodyRows(register)).toContainText('Present');
});

test('complaints get their deadlines, overdue ones stand out, answers are on time or late', async ({
  page,
}) => {
  await setUpAndLogInChair(page);
  await openInfoLog(page);
  // Received on 2 March about campaigning: due by the end of 7 March, so overdue now.
  await recordEntry(page, '2027-03-02T10:00', {
    kind: 'complaint',
    complainant: 'Bolat Kemelov',
    subject: 'campaigning',
    summary: 'Posters inside the school fence',
    response: null,
  });
  // Received this morning about the voter list: due by the end of 13 March.
  await recordEntry(page, '2027-03-10T09:00', {
    kind: 'complaint',
    complainant: 'Серик Ахметов',
    subject: 'voter_list',
    summary: 'Мать не найдена в списке',
    response: null,
  });
  await openView(page, 'Complaints and appeals');
  await expect(page.getByTestId('complaints-overdue')).toHaveText(
    '1 complaint is overdue. Answer it first.',
  );
  const register = page.getByTestId('infolog-complaints');
  const late = bodyRows(register).filter({ hasText: 'Bolat Kemelov' });
  const onTime = bodyRows(register).filter({ hasText: 'Серик Ахметов' });
  await expect(late).toContainText('March 7, 2027 (5 days)');
  await expect(late).toContainText('Overdue');
  await expect(late).toHaveClass(/complaint-overdue/);
  await expect(onTime).toContainText('March 13, 2027 (voter list, 3 days)');
  await expect(onTime).toContainText('Open');
  await expectNoAxeViolations(page, 'complaints register');

  // Before its deadline; an answer dated before the complaint is refused first.
  await page.getByRole('button', { name: 'Answer complaint No. 2' }).click();
  let dialog = page.getByRole('dialog', { name: 'Answer complaint No. 2' });
  await expect(dialog).toContainText('the answer is due by the end of March 13, 2027');
  await expectNoAxeViolations(page, 'answer dialog');
  await setMoment(dialog, 'Answered', '2027-03-10', '08:00');
  await dialog.getByLabel('Response').fill('She was added on the akimat’s certificate.');
  await dialog.getByRole('button', { name: 'Record the answer' }).click();
  await expect(
    dateField(dialog.getByRole('group', { name: 'Answered' }), 'Date')
      .getByRole('spinbutton')
      .first(),
  ).toHaveAccessibleDescription(
    /The answer cannot be dated earlier than the complaint was received\./,
  );
  await setMoment(dialog, 'Answered', '2027-03-10', '10:30');
  await submitAndClose(page, dialog, 'Record the answer', /Answer recorded: complaint No\. 2\./);
  // The Answer button is gone with the answer: focus goes to the top of the screen.
  await expect(page.getByRole('heading', { level: 1, name: 'Information log' })).toBeFocused();
  await expect(onTime).toContainText('Answered');
  await expect(onTime).not.toContainText('after the deadline');

  // After its deadline: forwarded, and marked late.
  await page.getByRole('button', { name: 'Answer complaint No. 1' }).click();
  dialog = page.getByRole('dialog', { name: 'Answer complaint No. 1' });
  await dialog
    .getByLabel('Answer', { exact: true })
    .selectOption({ label: 'Forwarded to a higher commission' });
  await dialog.getByLabel('Response').fill('Campaigning is for the district commission.');
  await dialog.getByLabel('Forwarded to (commission)').fill('Bostandyq district commission');
  await submitAndClose(page, dialog, 'Record the answer', /Answer recorded: complaint No\. 1\./);
  await expect(late).toContainText('Forwarded after the deadline');
  await expect(late).not.toHaveClass(/complaint-overdue/);
  await expect(page.getByTestId('complaints-overdue')).toHaveCount(0);

  // The chair sets other deadlines for complaints recorded from now on.
  const settings = page.getByRole('region', { name: 'Response deadlines' });
  await expect(settings).toContainText('These are the defaults');
  await settings.getByLabel('Days to answer', { exact: true }).fill('7');
  await settings.getByRole('button', { name: 'Save deadlines' }).click();
  await expect(settings).toContainText('within 7 days');
  await expect(settings).toContainText('Set by the chair.');
});

test('the log and each register are exported as CSV and printed as PDF', async ({
  page,
  dataDir,
  saveFileAs,
}) => {
  await setUpAndLogInChair(page);
  await openInfoLog(page);
  await recordEntry(page, '2027-03-09T16:00', {
    kind: 'inquiry',
    channel: 'in_person',
    topic: 'registration_check',
    answer: 'Found in the list; polling station No. 412',
    followUp: false,
  });
  await recordEntry(page, '2027-03-10T09:00', {
    kind: 'complaint',
    complainant: 'Серик Ахметов',
    subject: 'voter_list',
    summary: 'Мать не найдена; "срочно"',
    response: null,
  });
  await recordEntry(page, '2027-03-10T09:30', {
    kind: 'observer',
    organisationType: 'ngo',
    organisation: 'Erkindik Kanaty',
    observerName: 'Aizhan Dosova',
    mandateNumber: 'EK-3',
    departedAt: null,
  });

  const csvPath = `${dataDir}/information-log.csv`;
  await saveFileAs(csvPath, () =>
    page.getByRole('button', { name: 'Save as CSV (spreadsheet)' }).click(),
  );
  await expect(page.getByRole('status').filter({ hasText: 'information-log.csv' })).toBeVisible();
  const bytes = readFileSync(csvPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Date and time;Kind;No.;Details;Recorded by;Status');
  // Oldest first, as in a paper log book; quotes doubled inside a quoted cell.
  expect(lines[1]).toBe(
    '2027-03-09 16:00;Citizen inquiry;1;"In person; Registration check. Answer: Found in the list; polling station No. 412";Aigerim Sadykova;In force',
  );
  expect(lines[2]).toContain(
    '2027-03-10 09:00;Complaint or appeal;1;"From Серик Ахметов (Voter list): Мать не найдена; ""срочно"""',
  );
  expect(lines[3]).toContain('Aizhan Dosova (NGO: Erkindik Kanaty), mandate No. EK-3.');

  // Printed in Kazakh, chosen when printing, while the screen stays in English.
  const pdfPath = `${dataDir}/information-log.pdf`;
  await saveFileAs(pdfPath, () => printIn(page, 'kk'));
  await expect(page.getByRole('status').filter({ hasText: 'information-log.pdf' })).toBeVisible();
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  // Printed with the bundled font alone, whatever fonts the machine has.
  expect(embeddedFonts(readFileSync(pdfPath))).toEqual(['DejaVuSans']);
  const [logWidth, logHeight] = pdfPageSize(pdfPath);
  expect(logWidth).toBeGreaterThan(logHeight);
  const logText = pdfPages(pdfPath).join('\n');
  expect(logText).toContain('Ақпарат журналы');
  expect(logText).not.toContain('Information log');
  expect(logText).toContain('1-бет, барлығы 1');
  expect(logText).toContain('Күні мен уақыты');
  expect(logText).toContain('09.03.2027, 16:00');
  expect(logText).toContain('10.03.2027, 09:30');
  expect(logText).not.toMatch(/\d{2}\.\d{2}\.\d{0,3}\s*$/m);
  expect(logText).toContain('Комиссия төрағасы');
  expect(logText).toContain('Мөр орны');

  await openView(page, 'Observers');
  await saveFileAs(`${dataDir}/observers.csv`, () =>
    page.getByRole('button', { name: 'Save as CSV (spreadsheet)' }).click(),
  );
  await expect(page.getByRole('status').filter({ hasText: 'observers.csv' })).toBeVisible();
  const observers = readFileSync(`${dataDir}/observers.csv`, 'utf8').split('\r\n');
  expect(observers[0]).toBe(
    '\uFEFFNo.;Arrival;Sent by;Observer;Mandate No.;Departure;Recorded by;Status',
  );
  expect(observers[1]).toBe(
    '1;2027-03-10 09:30;NGO: Erkindik Kanaty;Aizhan Dosova;EK-3;Present;Aigerim Sadykova;In force',
  );
  await saveFileAs(`${dataDir}/observers.pdf`, () => printIn(page, 'ru'));
  await expect(page.getByRole('status').filter({ hasText: 'observers.pdf' })).toBeVisible();
  const observersText = pdfPages(`${dataDir}/observers.pdf`)
    .join('\n')
    .replace(/\u00a0/g, ' ');
  expect(observersText).toContain('Журнал наблюдателей');
  expect(observersText).toContain('Страница 1 из 1');
  // The date whole on its line; its time may stand under it.
  expect(observersText).toContain('10 мар. 2027 г.,');
  expect(observersText).toContain('09:30');
  expect(observersText).toContain('Председатель комиссии');
  expect(observersText).toContain('Место для печати');

  await openView(page, 'Complaints and appeals');
  await saveFileAs(`${dataDir}/complaints.csv`, () =>
    page.getByRole('button', { name: 'Save as CSV (spreadsheet)' }).click(),
  );
  await expect(page.getByRole('status').filter({ hasText: 'complaints.csv' })).toBeVisible();
  const complaints = readFileSync(`${dataDir}/complaints.csv`, 'utf8').split('\r\n');
  expect(complaints[0]).toBe(
    '\uFEFFNo.;Received;From;Subject;Content;Answer due;Status;Response;Recorded by',
  );
  expect(complaints[1]).toContain('March 13, 2027 (voter list, 3 days);Open;;Aigerim Sadykova');
  await saveFileAs(`${dataDir}/complaints.pdf`, () => printIn(page, 'en'));
  await expect(page.getByRole('status').filter({ hasText: 'complaints.pdf' })).toBeVisible();
  expect(readFileSync(`${dataDir}/complaints.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfPages(`${dataDir}/complaints.pdf`).join('\n')).toContain('Page 1 of 1');

  // Counts by day: a chart for the eye, a table for everyone, and the same in CSV.
  await openView(page, 'Counts by day');
  const counts = page.getByTestId('infolog-counts');
  await expect(counts.getByRole('row', { name: /March 9, 2027/ })).toContainText('1');
  await expect(counts.getByRole('row', { name: /Total/ }).getByRole('cell').last()).toHaveText('3');
  await expectNoAxeViolations(page, 'counts by day');
  await saveFileAs(`${dataDir}/counts.csv`, () =>
    page.getByRole('button', { name: 'Save as CSV (spreadsheet)' }).click(),
  );
  await expect(page.getByRole('status').filter({ hasText: 'counts.csv' })).toBeVisible();
  const countLines = readFileSync(`${dataDir}/counts.csv`, 'utf8').split('\r\n');
  expect(countLines.slice(1, 4)).toEqual([
    // One column per kind, copies issued to observers last, then the day's total.
    '2027-03-09;1;0;0;0;0;0;0;0;1',
    '2027-03-10;0;0;0;0;1;1;0;0;2',
    'Total;1;0;0;0;1;1;0;0;3',
  ]);
});
