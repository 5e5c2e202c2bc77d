import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpeningView, ProtocolVersionView } from '@shared/protocol/protocol-contract';
import { openingActHtml, protocolDocumentHtml } from '@shared/protocol/protocol-document';
import { defaultProtocolLines } from '@shared/protocol/protocol-line-labels';
import type { ProtocolLine } from '@shared/protocol/protocol-lines';
import { SAMPLE_BALLOT } from '../bench/sample-ballot';
import { withPrintFont } from '../core/features/files/print-font';
import { chromiumExecutable, chromiumLaunchOptions, renderPdfIn } from './chromium-host';

const executable = chromiumExecutable();
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
// The PDF is rendered by a real Chromium and read back with poppler, as CI installs both.
const withTools = existsSync(executable) && hasPoppler ? describe : describe.skip;

const precinct = {
  number: 412,
  name: 'School No. 12',
  address: 'Almaty, Timiryazev St 15',
  electionName: 'Election of deputies of the Mazhilis',
  votingDay: '2027-03-19',
};
const signers = [
  { id: 'm-chair', name: 'Aigerim Sadykova', role: 'chair' },
  { id: 'm-deputy', name: 'Nurlan Omarov', role: 'deputy_chair' },
  { id: 'm-member', name: 'Yerlan Zhaksybekov', role: 'member' },
];
const version: ProtocolVersionView = {
  protocolId: 'p2',
  version: 2,
  supersedes: 'p1',
  correctionReason: 'The torn ballot was counted as unused.',
  figures: {
    ballots_received: 1500,
    issued_at_station: 1021,
    issued_at_home: 14,
    spoiled: 3,
    unused: 461,
    in_stationary_boxes: 1020,
    in_portable_boxes: 14,
    questions: [
      {
        question_id: 'lists',
        valid: 1012,
        invalid: 22,
        votes: { 'aq-zhol': 345, auyl: 612, respublica: 55 },
      },
    ],
  },
  explanations: { ballots_balance: 'One ballot was found torn in the stock.' },
  signedBy: signers,
  signedAt: '2027-03-19T16:40:00.000Z',
};
/** The package's lines: the unused ballots moved up to line 4 and relabelled. */
const UNUSED_LABEL = {
  kk: 'Жойылған пайдаланылмаған бюллетеньдер саны',
  ru: 'Погашено неиспользованных бюллетеней',
};
const lines: ProtocolLine[] = (() => {
  const law = defaultProtocolLines().filter((line) => line.key !== 'unused');
  return [...law.slice(0, 3), { key: 'unused', label: UNUSED_LABEL }, ...law.slice(3)];
})();

const opening: OpeningView = {
  openedAt: '2027-03-19T01:40:00.000Z',
  presentMemberIds: ['m-chair', 'm-deputy', 'm-member'],
  quorum: 3,
  ballotsReceived: 1500,
  serialFrom: '0412001',
  serialTo: '0413500',
  allocations: [
    { memberId: 'm-deputy', ballots: 700 },
    { memberId: 'm-member', ballots: 600 },
  ],
  boxes: [
    { kind: 'stationary', number: '1', seal: 'S-0001' },
    { kind: 'portable', number: '2', seal: 'S-0002' },
  ],
  observers: [{ entryId: 'o1', name: 'Jan Kowalski', organisation: 'OSCE/ODIHR' }],
};

withTools('the voting day’s PDFs, read back', () => {
  let browser: Browser;
  let folder: string;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions(true, executable));
    // PROTOCOL_PDF_KEEP names a folder to keep the PDFs in, to look at them (pdftoppm -png).
    folder =
      process.env.PROTOCOL_PDF_KEEP ?? mkdtempSync(join(tmpdir(), 'precinct-desk-protocol-pdf-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (!process.env.PROTOCOL_PDF_KEEP) rmSync(folder, { recursive: true, force: true });
  });

  const readBack = async (html: string, name: string): Promise<string> => {
    const path = join(folder, `${name}.pdf`);
    writeFileSync(path, await renderPdfIn(browser, withPrintFont(html)));
    // -raw keeps the text in the order it was written, one table cell after another.
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
  };

  it.each([
    ['kk', 'Хаттама', ['бір мың бес жүз', 'алты жүз он екі', 'жиырма екі', 'Aigerim Sadykova']],
    ['ru', 'Протокол', ['одна тысяча пятьсот', 'шестьсот двенадцать', 'двадцать два']],
  ] as const)(
    'the %s protocol carries every figure in digits and words',
    async (language, title, words) => {
      const text = await readBack(
        protocolDocumentHtml({
          language,
          precinct,
          ballot: SAMPLE_BALLOT,
          version,
          lines,
          superseded: 1,
          control: { voters_on_list: 2000, ballot_events_at_station: 1021 },
          signedAtLocal: '2027-03-19 22:40',
        }),
        `protocol-${language}`,
      );
      expect(text.toLowerCase()).toContain(title.toLowerCase());
      for (const figure of [
        '1500',
        '1021',
        '14',
        '3',
        '461',
        '1020',
        '1012',
        '22',
        '345',
        '612',
        '55',
      ]) {
        expect(text).toMatch(new RegExp(`(^|\\s)${figure}(\\s|$)`));
      }
      for (const phrase of words) expect(text).toContain(phrase);
      for (const signer of signers) expect(text).toContain(signer.name);
      expect(text).toContain('2027-03-19 22:40');
      // The package's label and place of a line: the unused ballots are line 4 here.
      expect(text).toContain(`4 ${UNUSED_LABEL[language]} 461`);
      expect(text).toContain(`5 ${defaultProtocolLines()[3]!.label[language]} 3`);
      expect(text).toContain('One ballot was found torn in the stock.');
      expect(text).toContain(SAMPLE_BALLOT.questions[0]!.options[1]!.name[language]);
    },
  );

  it('the opening act names the ballots, their split, the seals and the observers', async () => {
    const text = await readBack(
      openingActHtml({
        language: 'ru',
        precinct,
        opening,
        members: [...signers, { id: 'm-secretary', name: 'Dana Serikova', role: 'secretary' }],
        openedAtLocal: '2027-03-19 07:40',
      }),
      'opening-ru',
    );
    for (const part of [
      '1500',
      'одна тысяча пятьсот',
      '0412001',
      '700',
      'семьсот',
      'S-0001',
      'S-0002',
      'Jan Kowalski',
      'Nurlan Omarov',
      '07:40',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('Dana Serikova');
  });
});
