import { ENTRY_KINDS, type EntryKind } from '@shared/infolog/entry-kinds';
import { useT } from '../../i18n/use-t';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { kindKey } from './infolog-text';
import { useInfoLogStore } from './infolog-store';

/** Narrow the log by kind, precinct-local dates, member and words; applied at once. */
export function LogFilters() {
  const t = useT();
  const filters = useInfoLogStore((state) => state.filters);
  const log = useInfoLogStore((state) => state.log);
  const members = log?.members ?? [];
  const setFilters = useInfoLogStore((state) => state.setFilters);
  return (
    <fieldset className="filters">
      <legend>{t('infolog.filters')}</legend>
      <Field label={t('infolog.filterKind')}>
        {(control) => (
          <select
            {...control}
            value={filters.kind}
            onChange={(event) =>
              void setFilters({
                kind: ENTRY_KINDS.find((kind) => kind === event.target.value) ?? ('' as const),
              })
            }
          >
            <option value="">{t('infolog.allKinds')}</option>
            {ENTRY_KINDS.map((kind: EntryKind) => (
              <option key={kind} value={kind}>
                {t(kindKey(kind))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t('infolog.fromDate')}
        type="date"
        value={filters.fromDate}
        onValueChange={(fromDate) => void setFilters({ fromDate })}
      />
      <TextField
        label={t('infolog.toDate')}
        type="date"
        value={filters.toDate}
        onValueChange={(toDate) => void setFilters({ toDate })}
      />
      <Field label={t('infolog.filterMember')}>
        {(control) => (
          <select
            {...control}
            value={filters.memberId}
            onChange={(event) => void setFilters({ memberId: event.target.value })}
          >
            <option value="">{t('infolog.allMembers')}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t('infolog.search')}
        hint={t('infolog.searchHint')}
        type="search"
        autoComplete="off"
        maxLength={200}
        value={filters.text}
        onValueChange={(text) => void setFilters({ text })}
      />
    </fieldset>
  );
}
