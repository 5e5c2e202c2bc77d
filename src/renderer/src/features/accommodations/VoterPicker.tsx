import { FieldError } from '../../ui/Field';
import { useId, useState, type KeyboardEvent } from 'react';
import type { ApiError } from '@shared/result';
import type { VoterSummary } from '@shared/voters/voter-api';
import { callApi } from '../../api/precinct-client';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useErrorText } from '../../app-state/use-error-text';
import { formatBirthDate, maskIin, voterFullName } from '../../ui/voter-text';
import type { ChosenVoter } from './request-form';

/** Most voters one search shows: enough to pick from, few enough to read through. */
const SHOWN = 20;

interface VoterPickerProps {
  chosen: ChosenVoter | null;
  /** Translated problem (no voter chosen, IIN refused). */
  error: string | null;
  onChoose: (voter: ChosenVoter | null) => void;
  /** Nobody matched: record the person as not on the list, with the IIN typed if it was one. */
  onNotListed: (iin: string) => void;
}

/**
 * Finds the requester on the voter list by IIN or by name (the voter screens' search) and
 * lists the matches as radio buttons; one match of a whole IIN is chosen at once.
 */
export function VoterPicker({ chosen, error, onChoose, onNotListed }: VoterPickerProps) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const errorText = useErrorText();
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<VoterSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [searchError, setSearchError] = useState<ApiError | null>(null);

  async function search() {
    const text = query.trim();
    if (!text) return;
    const result = await callApi('searchVoters', { query: text, limit: SHOWN });
    if (!result.ok) {
      setSearchError(result.error);
      setFound(null);
      return;
    }
    setSearchError(null);
    setFound(result.value.voters);
    setTotal(result.value.total);
    const only = result.value.voters[0];
    if (result.value.voters.length === 1 && only && only.iin === text) {
      onChoose({ iin: only.iin, name: voterFullName(only) });
    } else {
      onChoose(null);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches here; it must not send the whole form.
    if (event.key === 'Enter') {
      event.preventDefault();
      void search();
    }
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const typedIin = /^\d{12}$/.test(query.trim()) ? query.trim() : '';

  return (
    <div className="voter-picker">
      <div className="field">
        <label htmlFor={`${id}-query`}>{t('accommodations.picker.label')}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('accommodations.picker.hint')}
        </p>
        <div className="inline-search">
          <input
            id={`${id}-query`}
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="button-secondary" onClick={() => void search()}>
            {t('accommodations.picker.search')}
          </button>
        </div>
        <FieldError id={`${id}-error`} error={error} />
      </div>
      <div role="status">
        {found && found.length === 0 ? <p>{t('accommodations.picker.none')}</p> : null}
        {found && found.length > 0 ? (
          <p>
            {total > found.length
              ? tp('accommodations.picker.countMore', total, { shown: found.length })
              : tp('accommodations.picker.count', found.length)}
          </p>
        ) : null}
        {chosen ? (
          <p className="message message-info">
            {t('accommodations.picker.chosen', { name: chosen.name, iin: maskIin(chosen.iin) })}
          </p>
        ) : null}
      </div>
      <ErrorAlert message={errorText(searchError)} />
      {found && found.length === 0 ? (
        <button type="button" className="button-secondary" onClick={() => onNotListed(typedIin)}>
          {t('accommodations.picker.recordNotListed')}
        </button>
      ) : null}
      {found && found.length > 0 ? (
        <fieldset className="choice-group">
          <legend>{t('accommodations.picker.results')}</legend>
          {found.map((voter) => {
            const optionId = `${id}-${voter.iin}`;
            const name = voterFullName(voter);
            return (
              <div key={voter.iin} className="choice">
                <input
                  id={optionId}
                  type="radio"
                  name={`${id}-voter`}
                  checked={chosen?.iin === voter.iin}
                  onChange={() => onChoose({ iin: voter.iin, name })}
                />
                <label htmlFor={optionId}>
                  {t('accommodations.picker.option', {
                    name,
                    born: formatBirthDate(voter.birthDate, language),
                    iin: maskIin(voter.iin),
                    address: voter.address,
                  })}
                </label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
    </div>
  );
}
