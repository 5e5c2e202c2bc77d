import { useEffect } from 'react';
import { PRECINCT_SEARCH_MAX } from '@shared/supervisor/precinct-list-contract';
import { useT } from '../../i18n/use-t';

/** How long typing rests before a search is sent. */
const SEARCH_REST_MS = 300;

/** Calls `send` with the trimmed text once typing has rested. */
export function useRestingSearch(text: string, send: (search: string) => void): void {
  useEffect(() => {
    const timer = setTimeout(() => send(text.trim()), SEARCH_REST_MS);
    return () => clearTimeout(timer);
  }, [text, send]);
}

/** A search box for a table of precincts: a precinct's number, or a part of its name. */
export function PrecinctSearchField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('precinctList.search')}</label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={PRECINCT_SEARCH_MAX}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('precinctList.searchHint')}
      </p>
    </div>
  );
}
