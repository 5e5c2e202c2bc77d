import {
  ACCOMMODATION_KINDS,
  ITEM_STATUSES,
  REQUEST_STATUSES,
} from '@shared/accommodations/accommodation-kinds';
import { useT } from '../../i18n/use-t';
import { TextField } from '../../ui/TextField';
import { kindKey, statusKey } from './accommodations-text';
import { useAccommodationsStore } from './accommodations-store';
import { Checkbox, SelectField } from '../../ui/form-fields';

const STATUS_FILTERS = [...REQUEST_STATUSES, ...ITEM_STATUSES] as const;

/** Narrow the register by kind, status, precinct-local dates, words, and people not on the list. */
export function RegisterFilters() {
  const t = useT();
  const filters = useAccommodationsStore((state) => state.filters);
  const setFilters = useAccommodationsStore((state) => state.setFilters);
  return (
    <fieldset className="filters">
      <legend>{t('accommodations.filters')}</legend>
      <SelectField
        label={t('accommodations.filter.kind')}
        value={filters.kind}
        emptyLabel={t('accommodations.filter.allKinds')}
        options={ACCOMMODATION_KINDS.map((value) => ({ value, label: t(kindKey(value)) }))}
        onValueChange={(kind) => void setFilters({ kind })}
      />
      <SelectField
        label={t('accommodations.filter.status')}
        value={filters.status}
        emptyLabel={t('accommodations.filter.allStatuses')}
        options={STATUS_FILTERS.map((value) => ({ value, label: t(statusKey(value)) }))}
        onValueChange={(status) => void setFilters({ status })}
      />
      <TextField
        label={t('accommodations.filter.from')}
        type="date"
        value={filters.fromDate}
        onValueChange={(fromDate) => void setFilters({ fromDate })}
      />
      <TextField
        label={t('accommodations.filter.to')}
        type="date"
        value={filters.toDate}
        onValueChange={(toDate) => void setFilters({ toDate })}
      />
      <TextField
        label={t('accommodations.filter.text')}
        hint={t('accommodations.filter.textHint')}
        type="search"
        autoComplete="off"
        maxLength={200}
        value={filters.text}
        onValueChange={(text) => void setFilters({ text })}
      />
      <Checkbox
        label={t('accommodations.filter.notOnListOnly')}
        checked={filters.notOnListOnly}
        onChange={(notOnListOnly) => void setFilters({ notOnListOnly })}
      />
    </fieldset>
  );
}
