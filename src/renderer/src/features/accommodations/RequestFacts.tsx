import type { ReactNode } from 'react';
import type { RequestView } from '@shared/accommodations/accommodation-contract';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatCalendarDate } from '../../ui/date-time-format';
import { maskIin } from '../../ui/voter-text';
import { channelKey, formatMoment, kindsText, reasonKey } from './accommodations-text';

/** A request's data as a list of terms and values; sensitive ones only when the core sent them. */
export function RequestFacts({ request }: { request: RequestView }) {
  const t = useT();
  const language = useLanguage();
  const { requester } = request;
  const channel = t(channelKey(request.channel));
  const facts: [string, ReactNode][] = [
    [t('accommodations.field.received'), formatMoment(request.received.local, language)],
    [t('accommodations.field.receivedBy'), request.receivedBy.name ?? t('audit.unknownMember')],
    [
      t('accommodations.field.channel'),
      request.intermediary ? `${channel}: ${request.intermediary}` : channel,
    ],
    [t('accommodations.field.requester'), requester.fullName],
    [
      t('accommodations.field.onList'),
      requester.onList ? (
        t('accommodations.onList')
      ) : (
        <strong className="flag-not-on-list">{t('accommodations.notOnListFlag')}</strong>
      ),
    ],
  ];
  if (requester.iin) facts.push([t('accommodations.field.iin'), maskIin(requester.iin)]);
  if (requester.birthDate) {
    facts.push([
      t('accommodations.field.birthDate'),
      formatCalendarDate(requester.birthDate, language),
    ]);
  }
  if (request.contactPhone)
    facts.push([t('accommodations.field.contactPhone'), request.contactPhone]);
  facts.push([t('accommodations.field.kinds'), kindsText(request.kinds, t)]);
  if (request.address) facts.push([t('accommodations.field.address'), request.address]);
  if (request.otherDescription) {
    facts.push([t('accommodations.field.otherDescription'), request.otherDescription]);
  }
  if (request.notes) facts.push([t('accommodations.field.notes'), request.notes]);
  if (request.kinds.includes('home_voting')) {
    facts.push([
      t('accommodations.field.homeVotingMark'),
      request.homeVotingMarked ? t('accommodations.marked') : t('accommodations.notMarked'),
    ]);
  }

  return (
    <>
      <dl className="request-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="request-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <SensitiveFacts request={request} />
    </>
  );
}

/** The reason category and health note, for roles allowed to see them; else a plain word why not. */
function SensitiveFacts({ request }: { request: RequestView }) {
  const t = useT();
  if (!request.kinds.includes('home_voting') && !request.sensitive) return null;
  if (request.sensitiveHidden || !request.sensitive) {
    return <p className="notice-small">{t('accommodations.sensitiveHidden')}</p>;
  }
  const { reasonCategory, healthNote } = request.sensitive;
  return (
    <section aria-labelledby="request-sensitive" className="request-sensitive">
      <h4 id="request-sensitive">{t('accommodations.sensitiveHeading')}</h4>
      <dl className="request-facts">
        <div className="request-fact">
          <dt>{t('accommodations.field.reasonCategory')}</dt>
          <dd>{reasonCategory ? t(reasonKey(reasonCategory)) : '—'}</dd>
        </div>
        {healthNote ? (
          <div className="request-fact">
            <dt>{t('accommodations.field.healthNote')}</dt>
            <dd>{healthNote}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
