import { BusyButton } from '../../../ui/BusyButton';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { SectionsState } from '@shared/voters/voter-api';
import { callApi } from '../../../api/precinct-client';
import { mutate } from '../../../api/queries';
import { useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSubmit } from '../../../ui/use-submit';
import { usePermission } from '../../../app-state/use-permission';
import { useVoterErrorText } from '../voter-error';
import {
  checkDrafts,
  draftOf,
  emptyDraft,
  problemsOfRefusal,
  toInputs,
  type DraftProblems,
  type SectionDraft,
} from './section-drafts';
import { SectionEditor } from './SectionEditor';
import { SectionsTable } from './SectionsTable';

/** Most sections the core keeps. */
const MAX_SECTIONS = 100;

/**
 * The list split into sections, each issued from one laptop (as the paper list is split into
 * books among members). The chair sets them; everyone sees them and this laptop's id.
 */
export function SectionsArea() {
  const t = useT();
  const id = useId();
  const errorText = useVoterErrorText();
  const canEdit = usePermission('settings.edit');
  const [state, setState] = useState<SectionsState | null>(null);
  const [loadError, setLoadError] = useState<ReturnType<typeof useSubmit>['error']>(null);

  useEffect(() => {
    let current = true;
    void callApi('getSections', {}).then((result) => {
      if (!current) return;
      if (result.ok) setState(result.value);
      else setLoadError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <section className="voters-area" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('voters.sections.title')}</h2>
      <p>{t('voters.sections.intro')}</p>
      <ErrorAlert message={errorText(loadError)} />
      {state ? (
        <>
          <div className="device-id-box">
            <p>{t('voters.sections.thisLaptop')}</p>
            <p className="device-id" data-testid="this-device-id">
              {state.thisDeviceId}
            </p>
            <p className="field-hint">{t('voters.sections.thisLaptopHint')}</p>
          </div>
          {canEdit ? (
            // The drafts stay as typed after a save: they are what was saved.
            <SectionsForm state={state} onSaved={setState} />
          ) : (
            <SectionsTable state={state} />
          )}
        </>
      ) : null}
    </section>
  );
}

function SectionsForm({
  state,
  onSaved,
}: {
  state: SectionsState;
  onSaved: (state: SectionsState) => void;
}) {
  const t = useT();
  const errorText = useVoterErrorText();
  const { busy, error, setError, submit } = useSubmit();
  const [drafts, setDrafts] = useState<SectionDraft[]>(() =>
    state.sections.map((section) => draftOf(section, state.knownDevices)),
  );
  const [problems, setProblems] = useState<DraftProblems>({});
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);

  function change(key: number, patch: Partial<SectionDraft>) {
    setSaved(false);
    setDrafts((current) => current.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  }

  function add() {
    if (drafts.length >= MAX_SECTIONS) return;
    const draft = emptyDraft(state.thisDeviceId);
    setDrafts((current) => [...current, draft]);
    setAddedKey(draft.key);
    setSaved(false);
  }

  function remove(key: number) {
    setDrafts((current) => current.filter((d) => d.key !== key));
    setSaved(false);
    addRef.current?.focus();
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const check = checkDrafts(drafts);
    setProblems(check);
    setSaved(false);
    if (Object.keys(check).length > 0) {
      setError(null);
      return;
    }
    const done = await submit(() => mutate('setSections', { sections: toInputs(drafts) }));
    if (done) {
      setSaved(true);
      onSaved(done.value);
    }
  }

  const refusal = error ? problemsOfRefusal(error, drafts) : null;
  const shown = refusal ?? problems;
  return (
    <form noValidate onSubmit={(event) => void save(event)}>
      {Object.keys(shown).length > 0 ? (
        <p role="alert" className="message message-error">
          {t('validation.summary')}
        </p>
      ) : null}
      {drafts.length === 0 ? <p>{t('voters.sections.none')}</p> : null}
      {drafts.map((draft, index) => (
        <SectionEditor
          key={draft.key}
          draft={draft}
          number={index + 1}
          problems={shown[draft.key] ?? {}}
          knownDevices={state.knownDevices}
          thisDeviceId={state.thisDeviceId}
          focusOnMount={draft.key === addedKey}
          onChange={(patch) => change(draft.key, patch)}
          onRemove={() => remove(draft.key)}
        />
      ))}
      <div className="button-row">
        <button
          ref={addRef}
          type="button"
          className="button-secondary"
          aria-disabled={drafts.length >= MAX_SECTIONS || undefined}
          onClick={add}
        >
          {t('voters.sections.add')}
        </button>
      </div>
      <ErrorAlert message={refusal ? null : errorText(error)} />
      <div role="status">
        {saved ? <p className="message message-success">{t('voters.sections.saved')}</p> : null}
      </div>
      <div className="button-row">
        <BusyButton busy={busy}>{t('voters.sections.save')}</BusyButton>
      </div>
    </form>
  );
}
