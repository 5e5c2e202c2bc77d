import type { EntryDetails } from '@shared/infolog/entry-schemas';
import { assertNever } from '@shared/result';

/** The free texts an entry holds (what the text filter searches), in field order. */
export function entryTexts(details: EntryDetails): string[] {
  switch (details.kind) {
    case 'inquiry':
      return [details.answer];
    case 'notice':
      return [details.otherLanguage];
    case 'meeting':
      return [details.place, details.topics];
    case 'media':
      return [details.outlet, details.journalist, details.accreditation, details.coverage];
    case 'observer':
      return [details.organisation, details.observerName, details.mandateNumber];
    case 'complaint':
      return [
        details.complainant,
        details.summary,
        details.response?.text ?? '',
        details.response?.forwardedTo ?? '',
      ];
    case 'copy_issued':
      return [details.observerName, details.organisation];
    default:
      return assertNever(details);
  }
}
