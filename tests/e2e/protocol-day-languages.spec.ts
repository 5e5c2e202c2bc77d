/**
 * The voting day's key path in Kazakh and in Russian, both sides real: supervisor mode makes
 * the precinct's package; the precinct laptop loads it, and in the chosen language the chair
 * opens the voting, closes it, enters the count and signs the protocol; its PDF in that
 * language is read back (figures in words, line labels); the export goes to supervisor mode,
 * whose Results show the precinct's figures under headings in that language. Axe runs on each
 * screen in the language. (English, with every step by keyboard: protocol-day.spec.ts.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openPackage } from '../../src/main/core/airgap/package-file';
import { SAMPLE_BALLOT } from '../../src/main/bench/sample-ballot';
import { translate, type MessageKey } from '../../src/shared/i18n';
import { pdfPages } from '../support/pdf-text';
import { expect, launchApp, test, type Launched } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { logIn, logInWithTemporaryPin, logOut, resetPinOf } from './support/flows';
import { api, votingDayView } from './support/protocol-day';
import { packageByCli, startSupervisorMode } from './support/supervisor';
import { loadPackageAtFirstRun, PACKAGE_CHAIR, PACKAGE_MEMBER } from './support/sync';

// Voting day, 08:30 in Almaty.
const CLOCK = '2027-03-19T03:30:00Z';
test.use({ clockStart: CLOCK });

const CHAIR_PIN = '918273';
const MEMBER_PIN = '135790';

/** The count entered: 30 received, 3 issued, 27 unused, 3 in the box, 1 invalid, 2 valid. */
const COUNT = {
  ballots_received: 30,
  unused: 27,
  in_stationary_boxes: 3,
  in_portable_boxes: 0,
  invalid: 1,
  valid: 2,
} as const;

const LANGUAGES = [
  {
    language: 'kk',
    button: 'Қазақша',
    pdf: 'protocol.pdfKk',
    // The figures in words as the law's forms write them.
    words: ['30 отыз', '27 жиырма жеті', '3 үш', '2 екі', '1 бір'],
  },
  {
    language: 'ru',
    button: 'Русский',
    pdf: 'protocol.pdfRu',
    words: ['30 тридцать', '27 двадцать семь', '3 три', '2 два', '1 один'],
  },
] as const;

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The package's chair, as the first-run screen names it. */
async function chairIdOf(packagePath: string, code: string): Promise<string> {
  const read = await openPackage(readFileSync(packagePath), code);
  if (!read.ok) throw new Error(read.problem);
  return read.content.members.find((m) => m.role === 'chair')?.member_id ?? '';
}

async function chooseLanguage(page: Page, button: string, tag: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
}

/** Logs in, and waits for the sections (in English) before anything else. */
async function logInAs(page: Page, name: string, pin: string): Promise<void> {
  await logIn(page, name, pin);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
}

for (const { language, button, pdf, words } of LANGUAGES) {
  const t = (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(language, key, params);

  test(`the voting day in ${language}: opening → count → protocol PDF → supervisor's results`, async ({
    page,
    openFileAs,
    saveFileAs,
  }) => {
    test.setTimeout(180_000);
    const work = mkdtempSync(join(tmpdir(), `precinct-desk-protocol-${language}-`));
    const centralDir = join(work, 'central');
    mkdirSync(centralDir);
    let central: Launched | null = null;
    try {
      // Supervisor mode, a second app on its own data folder, makes the precinct's package.
      central = await launchApp(centralDir, CLOCK);
      const fingerprint = await startSupervisorMode(central.page);
      const made = packageByCli(centralDir, work, 6);
      await loadPackageAtFirstRun(
        page,
        openFileAs,
        {
          path: made.packagePath,
          code: made.code,
          chairId: await chairIdOf(made.packagePath, made.code),
        },
        fingerprint.replace(/ /g, ''),
        CHAIR_PIN,
      );
      await page.getByRole('button', { name: 'Continue' }).click();
      await logIn(page, PACKAGE_CHAIR, CHAIR_PIN);
      const temporary = await resetPinOf(page, PACKAGE_MEMBER);
      await logOut(page);
      await logInWithTemporaryPin(page, PACKAGE_MEMBER, temporary, MEMBER_PIN);
      await logOut(page);
      await logInAs(page, PACKAGE_CHAIR, CHAIR_PIN);

      // The opening, in the language.
      await chooseLanguage(page, button, language);
      const sections = page.getByRole('navigation', { name: t('nav.label') });
      await sections.getByRole('button', { name: t('nav.protocol'), exact: true }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: t('protocol.title') }),
      ).toBeVisible();
      await expectNoAxeViolations(page, `opening and count before the opening (${language})`);
      await page.getByRole('button', { name: t('protocol.open') }).click();
      const opening = page.getByRole('dialog', { name: t('protocol.openingTitle') });
      await opening.getByLabel(t('protocol.ballotsReceived')).fill('30');
      await opening.getByLabel(t('protocol.allocationFor', { name: PACKAGE_MEMBER })).fill('10');
      await opening.getByLabel(t('protocol.stationarySeal')).fill('S-0001');
      await opening.getByLabel(t('protocol.portableSeal')).fill('S-0002');
      await expectNoAxeViolations(page, `opening dialog (${language})`);
      await opening.getByRole('button', { name: t('protocol.open') }).click();
      await expect(opening).toBeHidden();
      await expectNoAxeViolations(page, `voting opened (${language})`);

      // The member issues three ballots (the screens for it are another scenario's).
      await chooseLanguage(page, 'English', 'en');
      await logOut(page);
      await logInAs(page, PACKAGE_MEMBER, MEMBER_PIN);
      for (const voter of made.voters.slice(0, 3)) {
        await api(page, 'issueBallot', { iin: voter.iin, documentChecked: true, helperName: null });
      }
      await logOut(page);
      await logInAs(page, PACKAGE_CHAIR, CHAIR_PIN);
      await chooseLanguage(page, button, language);

      // The close and the count, in the language.
      await sections.getByRole('button', { name: t('nav.protocol'), exact: true }).click();
      const views = t('protocol.views');
      await votingDayView(page, t('protocol.view.balances'), views);
      await expect(
        page
          .getByRole('table', { name: t('protocol.balances') })
          .getByRole('row', { name: new RegExp(PACKAGE_MEMBER) }),
      ).toHaveText(new RegExp(`${PACKAGE_MEMBER}\\s*10\\s*0\\s*3\\s*0\\s*0\\s*7`));
      await expectNoAxeViolations(page, `ballots through the day (${language})`);
      await page.getByRole('button', { name: t('protocol.close') }).click();
      const closing = page.getByRole('alertdialog', { name: t('protocol.closeTitle') });
      await expectNoAxeViolations(page, `close dialog (${language})`);
      await closing.getByRole('button', { name: t('protocol.close') }).click();
      await expect(closing).toBeHidden();
      await votingDayView(page, t('protocol.view.count'), views);
      await expect(page.getByLabel(t('protocol.line.issued_at_station'))).toHaveValue('3');
      for (const [line, value] of Object.entries(COUNT)) {
        if (line === 'ballots_received') continue;
        await page
          .getByLabel(t(`protocol.line.${line}` as MessageKey), { exact: true })
          .fill(String(value));
      }
      const [aqZhol, auyl, respublica] = SAMPLE_BALLOT.questions[0]!.options;
      for (const [option, votes] of [
        [aqZhol!, 2],
        [auyl!, 0],
        [respublica!, 0],
      ] as const) {
        await page
          .getByLabel(t('protocol.votesFor', { option: `${option.name.kk} / ${option.name.ru}` }), {
            exact: true,
          })
          .fill(String(votes));
      }
      // Every control relation holds: none says it does not.
      const fails = t('protocol.relationFails').split('(')[0]!.trim();
      await expect(page.getByText(`: ${fails}`)).toHaveCount(0);
      await expectNoAxeViolations(page, `count (${language})`);
      await page.getByRole('button', { name: t('protocol.sign') }).click();
      const [signedBefore] = t('protocol.versionHeading', { version: 1, time: '\u0000' }).split(
        '\u0000',
      );
      await expect(
        page.getByRole('heading', { level: 2, name: new RegExp(`^${escaped(signedBefore!)}`) }),
      ).toBeVisible();
      await expectNoAxeViolations(page, `protocol versions (${language})`);

      // The protocol's PDF in the language, read back.
      const pdfPath = join(work, `protocol-${language}.pdf`);
      await saveFileAs(pdfPath, () => page.getByRole('button', { name: t(pdf) }).click());
      await expect.poll(() => readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfPages(pdfPath).join('\n').replace(/\s+/g, ' ');
      expect(text).toContain(t('protocol.doc.protocolTitle'));
      for (const figure of words) expect(text).toContain(figure);
      for (const line of ['ballots_received', 'unused', 'invalid', 'valid'] as const) {
        expect(text).toContain(t(`protocol.line.${line}`));
      }
      expect(text).toContain(aqZhol!.name[language]);
      expect(text).toContain(PACKAGE_CHAIR);
      expect(text).toContain(PACKAGE_MEMBER);

      // The export, imported in supervisor mode: the precinct's figures in its results.
      await sections.getByRole('button', { name: t('nav.sync'), exact: true }).click();
      const stick = join(work, 'stick');
      mkdirSync(stick);
      await saveFileAs(join(stick, 'precinct-412.pdsync'), () =>
        page.getByRole('button', { name: t('sync.export') }).click(),
      );
      await expect(page.getByTestId('export-result').getByRole('status')).toBeVisible();
      const supervisor = central.page;
      await central.openFileAs(stick, () =>
        supervisor.getByRole('button', { name: 'Choose a folder…' }).click(),
      );
      await expect(supervisor.getByTestId('import-counts')).toContainText(
        '1 of 1 files: 1 accepted',
      );
      await chooseLanguage(supervisor, button, language);
      await supervisor
        .getByRole('navigation', { name: t('supervisor.nav.label') })
        .getByRole('button', { name: t('supervisor.nav.results'), exact: true })
        .click();
      await expect(
        supervisor.getByRole('heading', { level: 1, name: t('results.title') }),
      ).toBeVisible();
      const table = supervisor.getByTestId('results-table');
      const headings = ['results.col.status', 'results.col.issued', 'results.col.valid'] as const;
      for (const heading of headings) {
        await expect(
          table.getByRole('columnheader', { name: t(heading), exact: true }),
        ).toBeVisible();
      }
      const row = table.getByRole('row').filter({ hasText: 'School No. 12' });
      const cells = row.locator('th, td');
      await expect(cells.nth(3)).toHaveText(t('results.status.consistent'));
      await expect(cells.nth(6)).toHaveText('3');
      await expect(cells.nth(7)).toHaveText('2');
      await expectNoAxeViolations(supervisor, `supervisor: results (${language})`);
    } finally {
      await central?.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
}
