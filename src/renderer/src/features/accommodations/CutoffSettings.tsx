import { usePermission } from '../../app-state/use-permission';
import { useState, type FormEvent } from 'react';
import type { AccommodationSettings } from '@shared/accommodations/accommodation-contract';
import type { ApiError } from '@shared/result';
import { mutate } from '../../api/queries';
import { useLanguage, useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { useErrorText } from '../../app-state/use-error-text';
import { formatMoment } from './accommodations-text';
import { useAccommodationsStore } from './accommodations-store';

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The cut-off in one sentence: until when home-voting requests are accepted, and whether past. */
export function cutoffText(
  settings: AccommodationSettings,
  t: ReturnType<typeof useT>,
  language: ReturnType<typeof useLanguage>,
): string {
  const when = settings.cutoff
    ? formatMoment(settings.cutoff.local, language)
    : settings.cutoffTime;
  return [
    t(settings.passed ? 'accommodations.cutoff.passed' : 'accommodations.cutoff.open', {
      time: when,
    }),
    t(`accommodations.cutoff.source.${settings.source}`),
  ].join(' ');
}

/** The home-voting cut-off; the chair may change it for requests recorded from then on. */
export function CutoffSettings() {
  const t = useT();
  const language = useLanguage();
  const settings = useAccommodationsStore((state) => state.settings);
  const canEdit = usePermission('settings.edit');
  if (!settings) return null;
  return (
    <section className="deadline-settings" aria-labelledby="accommodations-cutoff-heading">
      <h3 id="accommodations-cutoff-heading">{t('accommodations.cutoff.heading')}</h3>
      <p>{cutoffText(settings, t, language)}</p>
      {canEdit ? <CutoffForm key={settings.cutoffTime} settings={settings} /> : null}
    </section>
  );
}

function CutoffForm({ settings }: { settings: AccommodationSettings }) {
  const t = useT();
  const errorText = useErrorText();
  const say = useAccommodationsStore((state) => state.say);
  const [time, setTime] = useState(settings.cutoffTime);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!WALL_TIME.test(time)) {
      setProblem(t('accommodations.problem.time'));
      return;
    }
    setProblem(null);
    const result = await mutate('setHomeVotingCutoff', { time });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    say({ key: 'accommodations.notice.cutoffSaved', params: { time }, tone: 'success' });
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        label={t('accommodations.field.cutoffTime')}
        hint={t('accommodations.field.cutoffHint')}
        error={problem}
        announceError
        type="time"
        value={time}
        onValueChange={setTime}
      />
      <ErrorAlert message={errorText(error)} />
      <button type="submit" className="button-secondary">
        {t('accommodations.saveCutoff')}
      </button>
    </form>
  );
}
