import type { PackagePreview } from '@shared/sync/sync-contract';
import { roleKey } from '../../i18n/message-keys';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatCalendarDate, formatInstant } from '../../ui/date-time-format';
import { fingerprintGroups } from './sync-text';

/**
 * The central key's fingerprint, grouped for comparison with the paper act, and the summary:
 * what the signed header says, and what the sealed body says once opened with the code.
 */
export function PackagePreviewView({
  preview,
  headingLevel,
}: {
  preview: PackagePreview;
  /** 2 on the setup screen (under its title), 3 inside the sync screen's package section. */
  headingLevel: 2 | 3;
}) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const language = useLanguage();
  const p = preview.precinct;
  const c = preview.contents;
  return (
    <>
      <Heading>{t('package.fingerprint')}</Heading>
      <p className="fingerprint" data-testid="central-fingerprint">
        {fingerprintGroups(preview.centralFingerprint).map((group, index) => (
          <span key={index} className="fingerprint-group">
            {group}{' '}
          </span>
        ))}
      </p>
      <p>{t('package.fingerprintHint')}</p>
      <Heading>{t('package.summary')}</Heading>
      <p>{t(`package.kind.${preview.kind}`)}</p>
      <dl className="package-summary">
        <dt>{t('package.election')}</dt>
        <dd>{preview.election.name}</dd>
        {c ? (
          <>
            <dt>{t('package.votingDay')}</dt>
            <dd>{formatCalendarDate(c.votingDay, language)}</dd>
          </>
        ) : null}
        <dt>{t('package.precinct')}</dt>
        <dd>{t('package.precinctName', { number: p.number, name: p.name })}</dd>
        {c ? (
          <>
            <dt>{t('package.place')}</dt>
            <dd>
              {c.region}, {c.district}
            </dd>
            <dt>{t('package.address')}</dt>
            <dd>{c.address}</dd>
            <dt>{t('package.timeZone')}</dt>
            <dd>{c.timeZone}</dd>
          </>
        ) : null}
        <dt>{t('package.voters')}</dt>
        <dd>{preview.voterRows}</dd>
        <dt>
          {t('package.revision', {
            revision: preview.revision,
            date: formatInstant(preview.createdAt, c?.timeZone ?? 'UTC', language),
          })}
        </dt>
        <dd>{preview.packageId}</dd>
      </dl>
      {c ? (
        <>
          <Heading>{t('package.members')}</Heading>
          <ul>
            {c.members.map((m) => (
              <li key={m.memberId}>
                {m.fullName} — {t(roleKey(m.role))}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('package.sealedHint')}</p>
      )}
    </>
  );
}
