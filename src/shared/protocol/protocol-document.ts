/**
 * The printed documents of the voting day, as self-contained HTML for the host to print to
 * PDF (the same path as every register: `savePdf`): the opening act and the results protocol
 * as the commission signs it, in Kazakh or in Russian, every line with its figure in digits
 * and in words, and a signature line for every member present.
 */
import { PRINT_FONT_STACK } from '../files/print-font';
import { translate, type MessageKey } from '../i18n';
import type { Ballot } from './ballot';
import { checkControlRelations, type ControlContext } from './control-relations';
import { numberInWords } from './number-words';
import type { OpeningView, ProtocolVersionView } from './protocol-contract';
import type { ProtocolFigures } from './protocol-figures';
import { lineLabel } from './protocol-line-labels';
import { ballotLineOrder, questionLineOrder, type ProtocolLine } from './protocol-lines';

export type PrintLanguage = 'kk' | 'ru';

/** What every voting-day document says of the precinct. */
export interface DocumentPrecinct {
  number: number;
  name: string;
  address: string;
  electionName: string;
  votingDay: string;
}

/** A member as a signature line names them. */
export interface DocumentMember {
  name: string;
  role: string;
}

const CSS = `
  @page { size: A4; margin: 14mm 14mm; }
  body { font-family: ${PRINT_FONT_STACK}; color: #000; font-size: 10pt; }
  h1 { font-size: 13pt; text-align: center; margin: 0 0 3mm; }
  h2 { font-size: 11pt; margin: 5mm 0 2mm; }
  p { margin: 0 0 1.5mm; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.5pt solid #000; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
  td.figure { text-align: right; white-space: nowrap; width: 18mm; }
  td.number { width: 10mm; }
  tr { page-break-inside: avoid; }
  .signatures td { border: none; padding: 3mm 1.5mm 0; }
  .signatures .line { border-bottom: 0.5pt solid #000; width: 45mm; }
  .signatures .caption { font-size: 7pt; text-align: center; }
`;

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(language: PrintLanguage, title: string, body: string): string {
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>${body}</body></html>`
  );
}

function texts(language: PrintLanguage) {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    escapeHtml(translate(language, key, params));
  return t;
}

function heading(language: PrintLanguage, title: string, precinct: DocumentPrecinct): string {
  const t = texts(language);
  return (
    `<h1>${escapeHtml(title)}</h1>` +
    `<p>${escapeHtml(precinct.electionName)}</p>` +
    `<p>${t('protocol.doc.precinct', { number: precinct.number, name: precinct.name })}</p>` +
    `<p>${t('protocol.doc.address', { address: precinct.address })}</p>` +
    `<p>${t('protocol.doc.votingDay', { date: precinct.votingDay })}</p>`
  );
}

function signatures(language: PrintLanguage, members: readonly DocumentMember[], time: string) {
  const t = texts(language);
  const rows = members
    .map(
      (m) =>
        `<tr><td>${t(`roles.${m.role}` as MessageKey)}</td><td>${escapeHtml(m.name)}</td>` +
        `<td><div class="line">&nbsp;</div><div class="caption">${t('protocol.doc.signature')}</div></td></tr>`,
    )
    .join('');
  return (
    `<h2>${t('protocol.doc.signatures')}</h2><table class="signatures"><tbody>${rows}</tbody></table>` +
    `<p>${escapeHtml(time)}</p>`
  );
}

/**
 * The protocol's numbered lines: label, figure, figure in words, in the order and with the
 * labels the package gave (`order`: the law's by default).
 */
export function protocolLines(
  figures: ProtocolFigures,
  ballot: Ballot,
  language: PrintLanguage,
  order: readonly ProtocolLine[],
): { number: string; label: string; figure: number; question: string | null }[] {
  const lines: { number: string; label: string; figure: number; question: string | null }[] = [];
  const keys = ballotLineOrder(order);
  keys.forEach((key, index) =>
    lines.push({
      number: String(index + 1),
      label: lineLabel(order, key, language),
      figure: figures[key],
      question: null,
    }),
  );
  let next = keys.length + 1;
  for (const count of figures.questions) {
    const question = ballot.questions.find((q) => q.id === count.question_id);
    const title = question ? question.text[language] : count.question_id;
    for (const key of questionLineOrder(order)) {
      lines.push({
        number: String(next++),
        label: lineLabel(order, key, language),
        figure: count[key],
        question: title,
      });
    }
    for (const option of question?.options ?? []) {
      lines.push({
        number: String(next++),
        label: translate(language, 'protocol.votesFor', { option: option.name[language] }),
        figure: count.votes[option.id] ?? 0,
        question: title,
      });
    }
  }
  return lines;
}

/** The results protocol of one signed version, as the commission signs it. */
export function protocolDocumentHtml(options: {
  language: PrintLanguage;
  precinct: DocumentPrecinct;
  ballot: Ballot;
  version: ProtocolVersionView;
  /** The protocol's lines as the package gave them. */
  lines: readonly ProtocolLine[];
  /** The version it supersedes, for a correction. */
  superseded: number | null;
  control: ControlContext;
  /** The time signed, precinct-local, as the document prints it. */
  signedAtLocal: string;
}): string {
  const { language, precinct, ballot, version } = options;
  const t = texts(language);
  const title = translate(language, 'protocol.doc.protocolTitle');
  let body = heading(language, title, precinct);
  body += `<p>${t('protocol.doc.version', { version: version.version })}</p>`;
  if (version.correctionReason !== null && options.superseded !== null) {
    body += `<p>${t('protocol.doc.correction', { version: options.superseded, reason: version.correctionReason })}</p>`;
  }
  let currentQuestion: string | null = null;
  let rows = '';
  for (const line of protocolLines(version.figures, ballot, language, options.lines)) {
    if (line.question !== null && line.question !== currentQuestion) {
      currentQuestion = line.question;
      rows += `<tr><td colspan="4"><strong>${t('protocol.doc.question', { text: line.question })}</strong></td></tr>`;
    }
    rows +=
      `<tr><td class="number">${line.number}</td><td>${escapeHtml(line.label)}</td>` +
      `<td class="figure">${line.figure}</td><td>${escapeHtml(numberInWords(line.figure, language))}</td></tr>`;
  }
  body +=
    `<table><thead><tr><th>${t('protocol.doc.line')}</th><th></th><th>${t('protocol.doc.figure')}</th>` +
    `<th>${t('protocol.doc.words')}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const checks = checkControlRelations(version.figures, options.control);
  body += `<h2>${t('protocol.doc.checks')}</h2>`;
  for (const check of checks) {
    const key =
      check.question_id === null ? check.relation : `${check.relation}:${check.question_id}`;
    body +=
      `<p>${t(`protocol.relation.${check.relation}`)}: ` +
      `${check.holds ? t('protocol.doc.holds') : t('protocol.doc.fails')} (${check.left}; ${check.right})</p>`;
    const explanation = version.explanations[key];
    if (explanation) body += `<p>${t('protocol.doc.explanation', { text: explanation })}</p>`;
  }
  body += signatures(
    language,
    version.signedBy,
    translate(language, 'protocol.doc.signedAt', { time: options.signedAtLocal }),
  );
  return page(language, title, body);
}

/** The act of the opening, with a signature line for every member present. */
export function openingActHtml(options: {
  language: PrintLanguage;
  precinct: DocumentPrecinct;
  opening: OpeningView;
  members: readonly (DocumentMember & { id: string })[];
  /** The time opened, precinct-local, as the document prints it. */
  openedAtLocal: string;
}): string {
  const { language, precinct, opening } = options;
  const t = texts(language);
  const title = translate(language, 'protocol.doc.openingTitle');
  const names = new Map(options.members.map((m) => [m.id, m]));
  let body = heading(language, title, precinct);
  body += `<p>${t('protocol.doc.openedAt', { time: options.openedAtLocal })}</p>`;
  body += `<p>${t('protocol.doc.present', {
    present: opening.presentMemberIds.length,
    members: options.members.length,
    quorum: opening.quorum,
  })}</p>`;
  body += `<p>${t('protocol.doc.received', {
    count: opening.ballotsReceived,
    words: numberInWords(opening.ballotsReceived, language),
  })}</p>`;
  if (opening.serialFrom !== null || opening.serialTo !== null) {
    body += `<p>${t('protocol.doc.serials', { from: opening.serialFrom ?? '', to: opening.serialTo ?? '' })}</p>`;
  }
  const allocations = opening.allocations
    .map(
      (a) =>
        `<tr><td>${escapeHtml(names.get(a.memberId)?.name ?? a.memberId)}</td>` +
        `<td class="figure">${a.ballots}</td><td>${escapeHtml(numberInWords(a.ballots, language))}</td></tr>`,
    )
    .join('');
  body += `<h2>${t('protocol.doc.allocations')}</h2><table><tbody>${allocations}</tbody></table>`;
  body += `<h2>${t('protocol.doc.boxes')}</h2>`;
  for (const box of opening.boxes) {
    body += `<p>${t(`protocol.box.${box.kind}`)} ${t('protocol.doc.box', { number: box.number, seal: box.seal })}</p>`;
  }
  body += `<h2>${t('protocol.doc.observers')}</h2>`;
  body +=
    opening.observers.length === 0
      ? `<p>${t('protocol.doc.none')}</p>`
      : opening.observers
          .map((o) => `<p>${escapeHtml(o.name)}, ${escapeHtml(o.organisation)}</p>`)
          .join('');
  const present = opening.presentMemberIds
    .map((id) => names.get(id))
    .filter((m): m is DocumentMember & { id: string } => m !== undefined);
  body += signatures(language, present, '');
  return page(language, title, body);
}
