import type { PackagePreview } from '../../../../shared/sync/sync-contract';
import { roleKey } from '../../i18n/message-keys';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatCalendarDate, formatInstant } from '../../ui/date-time-format';
import { fingerprintGroups } from './sync-text';

/** The central key's fingerprint, grouped for comparison with the paper act, and the summary. */
export function PackagePreviewView({ preview }: { preview: PackagePreview }) {
  const t = useT();
  const language = useLanguage();
  const p = preview.precinct;
  return (
    <>
      <h3>{t('package.fingerprint')}</h3>
      <p className="fingerprint" data-testid="central-fingerprint">
        {fingerprintGroups(preview.centralFingerprint).map((group, index) => (
          <span key={index} className="fingerprint-group">
            {group}{' '}
          </span>
        ))}
      </p>
      <p>{t('package.fingerprintHint')}</p>
      <h3>{t('package.summary')}</h3>
      <p>{t(`package.kind.${preview.kind}`)}</p>
      <dl className="package-summary">
        <dt>{t('package.election')}</dt>
        <dd>{preview.election.name}</dd>
        <dt>{t('package.votingDay')}</dt>
        <dd>{formatCalendarDate(preview.election.votingDay, language)}</dd>
        <dt>{t('package.precinct')}</dt>
        <dd>{t('package.precinctName', { number: p.number, name: p.name })}</dd>
        <dt>{t('package.place')}</dt>
        <dd>
          {p.region}, {p.district}
        </dd>
        <dt>{t('package.address')}</dt>
        <dd>{p.address}</dd>
        <dt>{t('package.timeZone')}</dt>
        <dd>{p.timeZone}</dd>
        <dt>{t('package.voters')}</dt>
        <dd>{preview.voterRows}</dd>
        <dt>
          {t('package.revision', {
            revision: preview.revision,
            date: formatInstant(preview.createdAt, p.timeZone, language),
          })}
        </dt>
        <dd>{preview.packageId}</dd>
      </dl>
      <h3>{t('package.members')}</h3>
      <ul>
        {preview.members.map((m) => (
          <li key={m.memberId}>
            {m.fullName} — {t(roleKey(m.role))}
          </li>
        ))}
      </ul>
    </>
  );
}
