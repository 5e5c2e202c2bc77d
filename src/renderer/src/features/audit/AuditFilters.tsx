import { useT } from '../../i18n/use-t';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { useAuditStore } from './audit-store';
import { eventTypeLabel } from '../../i18n/event-type-label';

/** Narrow the log by event type, member and precinct-local dates; applied at once. */
export function AuditFilters() {
  const t = useT();
  const filters = useAuditStore((state) => state.filters);
  const types = useAuditStore((state) => state.data?.types);
  const filterMembers = useAuditStore((state) => state.filterMembers);
  const setFilters = useAuditStore((state) => state.setFilters);
  const members = Object.entries(filterMembers).sort(([, a], [, b]) => a.localeCompare(b));

  return (
    <fieldset className="filters">
      <legend>{t('audit.filters')}</legend>
      <Field label={t('audit.filterType')}>
        {(control) => (
          <select
            {...control}
            value={filters.type}
            onChange={(event) => void setFilters({ type: event.target.value })}
          >
            <option value="">{t('audit.allTypes')}</option>
            {(types ?? []).map((type) => (
              <option key={type} value={type}>
                {eventTypeLabel(type, t)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('audit.filterMember')}>
        {(control) => (
          <select
            {...control}
            value={filters.actorId}
            onChange={(event) => void setFilters({ actorId: event.target.value })}
          >
            <option value="">{t('audit.allMembers')}</option>
            {members.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t('audit.fromDate')}
        type="date"
        value={filters.fromDate}
        onValueChange={(fromDate) => void setFilters({ fromDate })}
      />
      <TextField
        label={t('audit.toDate')}
        type="date"
        value={filters.toDate}
        onValueChange={(toDate) => void setFilters({ toDate })}
      />
    </fieldset>
  );
}
