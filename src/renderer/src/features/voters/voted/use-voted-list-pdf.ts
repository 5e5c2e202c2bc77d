import type { Language } from '@shared/roles';
import type { ApiError } from '@shared/result';
import { votedListHtml } from '@shared/print/voted-list-document';
import { callApi } from '../../../api/precinct-client';

/**
 * The list of who has voted as a print document in `language`: read fresh from the core when
 * the member has chosen the language (of one section, or of all when `sectionId` is absent);
 * a refusal is said like any other error. `onRead` hears the hour the list was read at.
 */
export function votedListPdf(
  sectionId: string | undefined,
  onRead?: (hour: string) => void,
): (language: Language) => Promise<string | ApiError> {
  return async (language) => {
    const list = await callApi('getVotedList', sectionId === undefined ? {} : { sectionId });
    if (!list.ok) return list.error;
    onRead?.(`${list.value.printedDate} ${list.value.printedTime.slice(0, 2)}:00`);
    return votedListHtml(list.value, language);
  };
}
