import type { VotingDayView } from '@shared/protocol/protocol-contract';
import {
  openingActHtml,
  protocolDocumentHtml,
  type DocumentPrecinct,
  type PrintLanguage,
} from '@shared/protocol/protocol-document';
import { useSessionStore } from '../../app-state/session-store';
import { formatInstant } from '../../ui/date-time-format';
import { usePrecinctFileName } from '../../ui/print-heading';

/** What the voting day's PDFs need of the precinct, and the builders of each document. */
export function useProtocolPrint(day: VotingDayView) {
  const precinct = useSessionStore((state) => state.appState?.precinct ?? null);
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const openingName = usePrecinctFileName('opening-act');
  const protocolName = usePrecinctFileName('protocol');
  const documentPrecinct: DocumentPrecinct | null = precinct
    ? {
        number: precinct.precinctNumber,
        name: precinct.precinctName,
        address: precinct.address,
        electionName: precinct.electionName,
        votingDay: precinct.votingDay,
      }
    : null;
  const local = (iso: string, language: PrintLanguage) =>
    formatInstant(iso, precinct?.timeZone, language);

  const openingAct = (language: PrintLanguage): string => {
    if (!documentPrecinct || !day.opening) return '';
    return openingActHtml({
      language,
      precinct: documentPrecinct,
      opening: day.opening,
      members: day.members,
      openedAtLocal: local(day.opening.openedAt, language),
    });
  };

  const protocol = (protocolId: string, language: PrintLanguage): string => {
    const version = day.versions.find((v) => v.protocolId === protocolId);
    if (!documentPrecinct || !day.ballot || !version) return '';
    const superseded = day.versions.find((v) => v.protocolId === version.supersedes);
    return protocolDocumentHtml({
      language,
      precinct: documentPrecinct,
      ballot: day.ballot,
      version,
      lines: day.lines,
      superseded: superseded?.version ?? null,
      control: day.control,
      signedAtLocal: local(version.signedAt, language),
    });
  };

  return {
    nativeDialogs,
    openingAct,
    protocol,
    openingName: (language: PrintLanguage) => `${openingName}-${language}.pdf`,
    protocolName: (version: number, language: PrintLanguage) =>
      `${protocolName}-v${version}-${language}.pdf`,
    timeZone: precinct?.timeZone,
  };
}
