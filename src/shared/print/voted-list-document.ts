/**
 * The printed list of who has voted (docs/printouts.md, "The list of who has voted"): one
 * table per section of the voter list, each voter holding a ballot with the time of issue,
 * through the print-document kit (numbered pages "page N of M", the time printed, the chair's
 * and the secretary's signatures). No IIN is printed, as on every other printout.
 */
import { translatePlural } from '../i18n/plural';
import type { Language } from '../roles';
import type { VotedList, VotedRow, VotedSection } from '../voters/voted-list-api';
import { printDocumentHtml, printWords, type PrintDocument, type PrintTable } from './print-kit';

type Words = ReturnType<typeof printWords>;

/** `YYYY-MM-DD` as the paper lists write it in every language: DD.MM.YYYY. */
export const paperDate = (date: string): string => date.split('-').reverse().join('.');

/** The zone's offset as UTC±H at a moment ("UTC+5"), for the time printed. */
export function offsetLabel(timeZone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part ? part.value.replace('GMT', 'UTC') : timeZone;
  } catch {
    return timeZone;
  }
}

const fullName = (row: VotedRow, t: Words): string =>
  [row.lastName, row.firstName, row.patronymic].filter(Boolean).join(' ') ||
  t('votedList.notOnList');

/** A part's heading: its section and desk, the whole list, or the voters in no section. */
export function partHeading(part: VotedSection, sectionsDefined: boolean, t: Words): string {
  if (part.name !== null) {
    return t('votedList.section', { name: part.name, desk: part.deskLabel ?? '' });
  }
  return t(sectionsDefined ? 'votedList.outside' : 'votedList.wholeList');
}

function partTable(part: VotedSection, t: Words, caption: string | undefined): PrintTable {
  return {
    caption,
    columns: [
      { header: t('votedList.col.number'), width: 6, keep: true, numeric: true },
      { header: t('votedList.col.name'), width: 38 },
      { header: t('votedList.col.birthDate'), width: 18, keep: true },
      { header: t('votedList.col.time'), width: 19, keep: true },
      { header: t('votedList.col.place'), width: 20 },
    ],
    rows: part.rows.map((row) => [
      String(row.number),
      fullName(row, t),
      row.birthDate ? paperDate(row.birthDate) : '',
      row.issuedTime,
      t(row.place === 'station' ? 'votedList.place.station' : 'votedList.place.portable_box'),
    ]),
    emptyText: t('votedList.empty'),
  };
}

/** The list as a print document in `language` (the one chosen when printing). */
export function votedListDocument(list: VotedList, language: Language): PrintDocument {
  const t = printWords(language);
  const precinct = t('common.precinct', { number: list.precinctNumber, name: list.precinctName });
  const heading = (part: VotedSection) => partHeading(part, list.sectionsDefined, t);
  const single = list.parts.length === 1 ? list.parts[0] : undefined;
  const total = list.parts.reduce((sum, part) => sum + part.rows.length, 0);
  const printedAt = new Date(`${list.printedDate}T${list.printedTime}:00Z`);
  const lines = [
    precinct,
    t('votedList.votingDay', { election: list.electionName, day: paperDate(list.votingDay) }),
    ...(single ? [heading(single)] : []),
    t('votedList.printed', {
      date: paperDate(list.printedDate),
      time: list.printedTime,
      zone: offsetLabel(list.timeZone, printedAt),
    }),
    translatePlural(language, 'votedList.count', total),
  ];
  const title = t('votedList.title');
  return {
    language,
    orientation: 'portrait',
    title,
    running: `${title} — ${single ? `${heading(single)} — ` : ''}${precinct}`,
    lines,
    parts: [
      { paragraph: t('votedList.intro') },
      ...list.parts.map((part) =>
        partTable(
          part,
          t,
          single
            ? undefined
            : `${heading(part)} — ${translatePlural(language, 'votedList.count', part.rows.length)}`,
        ),
      ),
    ],
    signers: [{ role: t('print.role.chair') }, { role: t('print.role.secretary') }],
  };
}

/** The list as one self-contained HTML page for a host to print to PDF. */
export const votedListHtml = (list: VotedList, language: Language): string =>
  printDocumentHtml(votedListDocument(list, language));
