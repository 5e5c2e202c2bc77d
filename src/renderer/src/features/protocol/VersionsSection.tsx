import type { VotingDayView } from '@shared/protocol/protocol-contract';
import { protocolLines } from '@shared/protocol/protocol-document';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { SavePdfButton } from '../../ui/SavePdfButton';
import { useProtocolPrint } from './protocol-print';

/** Every signed version of the protocol, oldest first, each with its PDF in kk and ru. */
export function VersionsSection({ day }: { day: VotingDayView }) {
  const t = useT();
  const language = useLanguage();
  const print = useProtocolPrint(day);
  if (day.versions.length === 0 || !day.ballot) return <p>{t('protocol.noVersions')}</p>;
  const ballot = day.ballot;
  // The screen shows the ballot's names in Kazakh for Kazakh, in Russian otherwise.
  const shownIn = language === 'kk' ? 'kk' : 'ru';
  return (
    <div>
      {day.versions.map((version) => {
        const superseded = day.versions.find((v) => v.protocolId === version.supersedes);
        return (
          <article key={version.protocolId} aria-labelledby={`version-${version.version}`}>
            <h2 id={`version-${version.version}`}>
              {t('protocol.versionHeading', {
                version: version.version,
                time: formatInstant(version.signedAt, print.timeZone, language),
              })}
            </h2>
            {superseded ? (
              <p>
                {t('protocol.supersedes', {
                  version: superseded.version,
                  reason: version.correctionReason ?? '',
                })}
              </p>
            ) : null}
            <table className="figures">
              <tbody>
                {protocolLines(version.figures, ballot, shownIn, day.lines).map((line) => (
                  <tr key={line.number}>
                    <td className="number">{line.number}</td>
                    <th scope="row">{line.label}</th>
                    <td className="number">{line.figure}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{version.signedBy.map((s) => s.name).join(', ')}</p>
            <div className="button-row">
              {(['kk', 'ru'] as const).map((printLanguage) => (
                <SavePdfButton
                  key={printLanguage}
                  label={t(printLanguage === 'kk' ? 'protocol.pdfKk' : 'protocol.pdfRu')}
                  defaultName={print.protocolName(version.version, printLanguage)}
                  nativeDialogs={print.nativeDialogs}
                  language={printLanguage}
                  makeHtml={() => print.protocol(version.protocolId, printLanguage)}
                />
              ))}
            </div>
          </article>
        );
      })}
    </div>
  );
}
