import { useState } from 'react';
import {
  checkControlRelations,
  failingRelations,
  type ControlRelation,
} from '@shared/protocol/control-relations';
import type { VotingDayView } from '@shared/protocol/protocol-contract';
import type { ProtocolFigures } from '@shared/protocol/protocol-figures';
import { lineLabel } from '@shared/protocol/protocol-line-labels';
import { ballotLineOrder, questionLineOrder } from '@shared/protocol/protocol-lines';
import { mutate } from '../../api/queries';
import { usePermission } from '../../app-state/use-permission';
import { useErrorText } from '../../app-state/use-error-text';
import { useLanguage, useT } from '../../i18n/use-t';
import { BusyButton } from '../../ui/BusyButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CheckboxGroup } from '../../ui/form-fields';
import { ReasonField, WholeNumberField } from '../../ui/TextField';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { useSubmit } from '../../ui/use-submit';
import { LaptopsList } from './LaptopsList';
import { wholeNumber } from './protocol-numbers';

const GENERAL = [
  'ballots_received',
  'issued_at_station',
  'issued_at_home',
  'spoiled',
  'unused',
  'in_stationary_boxes',
  'in_portable_boxes',
] as const;
type General = (typeof GENERAL)[number];

/** The figures typed so far: every field as text, so a half-typed number stays on screen. */
function initialEntries(day: VotingDayView): Record<string, string> {
  const latest = day.versions.at(-1)?.figures;
  const entries: Record<string, string> = latest
    ? Object.fromEntries(GENERAL.map((key) => [key, String(latest[key])]))
    : {
        ballots_received: String(day.opening?.ballotsReceived ?? ''),
        issued_at_station: String(day.totals.issuedAtStation),
        issued_at_home: String(day.totals.issuedAtHome),
        spoiled: String(day.totals.spoiled),
      };
  for (const q of latest?.questions ?? []) {
    entries[`${q.question_id}.valid`] = String(q.valid);
    entries[`${q.question_id}.invalid`] = String(q.invalid);
    for (const [option, votes] of Object.entries(q.votes)) {
      entries[`${q.question_id}.votes.${option}`] = String(votes);
    }
  }
  return entries;
}

/** The count after the close: the figures, the control relations, the explanations, signing. */
export function CountSection({ day, onSigned }: { day: VotingDayView; onSigned: () => void }) {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const canSign = usePermission('protocol.manage');
  const { busy, error, submit } = useSubmit();
  const { formRef, reveal } = useFocusFirstProblem();
  const [entries, setEntries] = useState(() => initialEntries(day));
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [signers, setSigners] = useState<string[]>(day.opening?.presentMemberIds ?? []);
  const [reason, setReason] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const ballot = day.ballot;
  if (!day.closedAt || !ballot) return <p>{t('protocol.countNotClosed')}</p>;
  const previous = day.versions.at(-1) ?? null;

  const number = (key: string) => wholeNumber(entries[key] ?? '');
  const figures: ProtocolFigures | null = (() => {
    const general = Object.fromEntries(GENERAL.map((key) => [key, number(key)])) as Record<
      General,
      number | null
    >;
    const questions = ballot.questions.map((q) => ({
      question_id: q.id,
      valid: number(`${q.id}.valid`),
      invalid: number(`${q.id}.invalid`),
      votes: Object.fromEntries(q.options.map((o) => [o.id, number(`${q.id}.votes.${o.id}`)])),
    }));
    const all = [
      ...Object.values(general),
      ...questions.flatMap((q) => [q.valid, q.invalid, ...Object.values(q.votes)]),
    ];
    return all.some((n) => n === null) ? null : ({ ...general, questions } as ProtocolFigures);
  })();
  const checks = figures ? checkControlRelations(figures, day.control) : [];
  const failing = failingRelations(checks);

  const field = (key: string, label: string) => (
    <WholeNumberField
      key={key}
      label={label}
      min={0}
      max={10_000_000}
      error={showProblems && number(key) === null ? t('protocol.problem.wholeNumber') : null}
      value={entries[key] ?? ''}
      onValueChange={(value) => setEntries((current) => ({ ...current, [key]: value }))}
    />
  );

  async function sign() {
    setShowProblems(true);
    const missing =
      figures === null ||
      failing.some((key) => !(explanations[key] ?? '').trim()) ||
      (previous !== null && !reason.trim());
    if (missing) {
      reveal();
      return;
    }
    const done = await submit(() =>
      mutate('signProtocol', {
        figures,
        explanations: Object.fromEntries(failing.map((key) => [key, explanations[key]!.trim()])),
        signedByMemberIds: signers,
        correctionReason: previous ? reason.trim() : null,
      }),
    );
    if (done) onSigned();
  }

  const relationLabel = (relation: ControlRelation) => t(`protocol.relation.${relation}`);
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void sign();
      }}
    >
      <h2>{t('protocol.countTitle')}</h2>
      <div className="count-grid">
        {ballotLineOrder(day.lines).map((key) => field(key, lineLabel(day.lines, key, language)))}
      </div>
      {ballot.questions.map((q) => (
        <fieldset key={q.id}>
          <legend>
            {q.text.kk} / {q.text.ru}
          </legend>
          <div className="count-grid">
            {questionLineOrder(day.lines).map((key) =>
              field(`${q.id}.${key}`, lineLabel(day.lines, key, language)),
            )}
            {q.options.map((o) =>
              field(
                `${q.id}.votes.${o.id}`,
                t('protocol.votesFor', { option: `${o.name.kk} / ${o.name.ru}` }),
              ),
            )}
          </div>
        </fieldset>
      ))}
      <h2>{t('protocol.checks')}</h2>
      <ul>
        {checks.map((check) => {
          const key =
            check.question_id === null ? check.relation : `${check.relation}:${check.question_id}`;
          const params = { left: check.left, right: check.right };
          return (
            <li key={key} className={check.holds ? undefined : 'relation-fails'}>
              {relationLabel(check.relation)}:{' '}
              {check.holds
                ? t('protocol.relationHolds', params)
                : t('protocol.relationFails', params)}
              {check.holds ? null : (
                <ReasonField
                  label={`${t('protocol.explanation')}: ${relationLabel(check.relation)}`}
                  error={
                    showProblems && !(explanations[key] ?? '').trim()
                      ? t('errors.explanation_required')
                      : null
                  }
                  value={explanations[key] ?? ''}
                  onValueChange={(value) =>
                    setExplanations((current) => ({ ...current, [key]: value }))
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
      <CheckboxGroup
        legend={t('protocol.signers')}
        options={day.members.map((m) => ({ value: m.id, label: m.name }))}
        chosen={signers}
        onChange={setSigners}
      />
      {previous ? (
        <>
          <p>{t('protocol.correctionExplain', { version: previous.version })}</p>
          <ReasonField
            label={t('protocol.correctionReason')}
            error={showProblems && !reason.trim() ? t('errors.correction_reason_required') : null}
            value={reason}
            onValueChange={setReason}
          />
        </>
      ) : null}
      <LaptopsList day={day} />
      <ErrorAlert message={errorText(error)} />
      {canSign ? (
        <div className="button-row">
          <BusyButton busy={busy}>
            {t(previous ? 'protocol.signCorrection' : 'protocol.sign')}
          </BusyButton>
        </div>
      ) : null}
    </form>
  );
}
