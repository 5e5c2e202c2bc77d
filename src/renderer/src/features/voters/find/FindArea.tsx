import { memo, useCallback, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { VoterSummary } from '@shared/voters/voter-api';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { InlineBadges } from '../card/VoterBadges';
import { useVoterErrorText } from '../voter-error';
import { formatBirthDate, formatCount, maskIin, voterFullName } from '../../../ui/voter-text';
import { useVotersNavStore } from '../voters-store';
import { usePermission } from '../../../app-state/use-permission';
import { useVirtualWindow } from './use-virtual-window';
import { useVoterSearchStore } from './voter-search-store';

/** Height of one result row in CSS pixels (the windowing needs it fixed). */
const ROW_HEIGHT = 64;
const NO_VOTERS: VoterSummary[] = [];

/**
 * One search box over the whole list (IIN, names in any script, birth date, address) with the
 * results as a listbox the keyboard drives from the box: arrows move, Enter opens the voter's
 * card, Escape clears. Only the rows in view are drawn.
 */
export function FindArea() {
  const t = useT();
  const language = useLanguage();
  const errorText = useVoterErrorText();
  const query = useVoterSearchStore((state) => state.query);
  const answered = useVoterSearchStore((state) => state.answered);
  const result = useVoterSearchStore((state) => state.result);
  const error = useVoterSearchStore((state) => state.error);
  const active = useVoterSearchStore((state) => state.active);
  const setQuery = useVoterSearchStore((state) => state.setQuery);
  const setActive = useVoterSearchStore((state) => state.setActive);
  const flush = useVoterSearchStore((state) => state.flush);
  const openCard = useVotersNavStore((state) => state.openCard);
  const listRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const listId = `${id}-results`;
  const hintId = `${id}-hint`;
  const voters = result?.voters ?? NO_VOTERS;
  const view = useVirtualWindow(listRef, voters.length, ROW_HEIGHT);
  const openAt = useCallback(
    (index: number) => {
      const voter = voters[index];
      if (!voter) return;
      setActive(index);
      openCard(voter.iin);
    },
    [voters, setActive, openCard],
  );

  // The whole list, alphabetically, until something is typed.
  useEffect(() => {
    void flush();
  }, [flush]);

  function move(index: number) {
    if (voters.length === 0) return;
    const next = Math.max(0, Math.min(voters.length - 1, index));
    setActive(next);
    view.scrollToIndex(next);
  }

  async function openChosen() {
    const fresh = await flush();
    const list = fresh?.voters ?? [];
    const chosen = useVoterSearchStore.getState().active;
    if (chosen >= 0 && list[chosen]) {
      openCard(list[chosen].iin);
    } else if (list.length === 1 && list[0]) {
      openCard(list[0].iin);
    } else if (list.length > 1) {
      // Several matches and none chosen yet: the first is highlighted, Enter again opens it.
      setActive(0);
      view.scrollToIndex(0);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active <= 0 ? 0 : active - 1),
      PageDown: () => move(active + view.pageSize),
      PageUp: () => move(active - view.pageSize),
      Enter: () => void openChosen(),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  }

  const expanded = voters.length > 0;
  const rows: number[] = [];
  for (let index = view.start; index < view.end; index++) rows.push(index);
  // The highlighted row is always drawn, so aria-activedescendant always names an element.
  if (active >= 0 && active < voters.length && (active < view.start || active >= view.end)) {
    rows.push(active);
  }

  return (
    <section className="voters-area" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('voters.find.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-input`}>{t('voters.find.label')}</label>
        <p id={hintId} className="field-hint">
          {t('voters.find.hint')}
        </p>
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          className="voter-search-input"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          aria-describedby={hintId}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? listId : undefined}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div role="status" className="voter-search-status">
        {answered !== null && result ? <SearchCount query={answered} /> : null}
      </div>
      {answered?.trim() === '' && result?.total === 0 ? <EmptyListNextStep /> : null}
      <ErrorAlert message={errorText(error)} />
      {expanded ? (
        <div
          id={listId}
          ref={listRef}
          role="listbox"
          aria-label={t('voters.find.results')}
          className="voter-results"
        >
          <div
            role="presentation"
            className="voter-results-canvas"
            style={{ height: view.totalHeight }}
          >
            {rows.map((index) => {
              const voter = voters[index];
              if (!voter) return null;
              return (
                <VoterOption
                  key={voter.iin}
                  id={`${listId}-${index}`}
                  voter={voter}
                  index={index}
                  count={voters.length}
                  active={index === active}
                  language={language}
                  onOpen={openAt}
                />
              );
            })}
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** An empty list: the next step, a button to the import for who may import, else who does it. */
function EmptyListNextStep() {
  const t = useT();
  const canImport = usePermission('voters.import');
  const go = useVotersNavStore((state) => state.go);
  return canImport ? (
    <div className="button-row">
      <button type="button" className="button-primary" onClick={() => go('import')}>
        {t('voters.find.goImport')}
      </button>
    </div>
  ) : (
    <p>{t('voters.find.askImport')}</p>
  );
}

/** How many voters the search found, read out politely after each search. */
function SearchCount({ query }: { query: string }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const result = useVoterSearchStore((state) => state.result);
  if (!result) return null;
  const count = (n: number) => formatCount(n, language);
  if (result.total === 0) {
    return <p>{query.trim() === '' ? t('voters.find.listEmpty') : t('voters.find.none')}</p>;
  }
  if (result.truncated) {
    return (
      <p>
        {t(result.totalCapped ? 'voters.find.countCapped' : 'voters.find.countTruncated', {
          shown: count(result.voters.length),
          total: count(result.total),
        })}
      </p>
    );
  }
  return (
    <p>
      {query.trim() === ''
        ? tp('voters.find.countAll', result.total)
        : tp('voters.find.count', result.total)}
    </p>
  );
}

interface VoterOptionProps {
  id: string;
  voter: VoterSummary;
  index: number;
  count: number;
  active: boolean;
  language: ReturnType<typeof useLanguage>;
  onOpen: (index: number) => void;
}

/**
 * One result: name and status on the first line; birth date, masked IIN and address below.
 * Memoised: moving the highlight redraws two rows, not every row in view.
 */
const VoterOption = memo(function VoterOption({
  id,
  voter,
  index,
  count,
  active,
  language,
  onOpen,
}: VoterOptionProps) {
  const t = useT();
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      aria-setsize={count}
      aria-posinset={index + 1}
      className="voter-option"
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
      // Focus stays in the search box; a click only opens the card.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(index)}
    >
      <span className="voter-option-line">
        <span className="voter-option-name">{voterFullName(voter)}</span>
        <InlineBadges voter={voter} />
      </span>
      <span className="voter-option-line voter-option-details">
        {t('voters.find.born', { date: formatBirthDate(voter.birthDate, language) })}
        {' · '}
        {t('voters.find.iin', { iin: maskIin(voter.iin) })}
        {' · '}
        {voter.address}
      </span>
    </div>
  );
});
