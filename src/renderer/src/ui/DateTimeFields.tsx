import type { ReactNode } from 'react';
import {
  Button,
  DatePicker,
  Group,
  I18nProvider,
  Label,
  Text,
  TimeField,
} from 'react-aria-components';
import type { CalendarDate, Time } from '@internationalized/date';
import { useLanguage, useT } from '../i18n/use-t';
import { CalendarPopover } from './DateCalendar';
import { NamedDateInput } from './DateSegments';
import { FIELD_LOCALES, dateText, timeText, toCalendarDate, toTime } from './date-time-fields';

interface DateTimeFieldProps {
  label: string;
  hint?: string | null;
  /** Translated problem, read with the field. */
  error?: string | null;
  /** Say the problem at once (forms without an error summary). */
  announceError?: boolean;
  /** `YYYY-MM-DD` for a date, `HH:MM` for a time; '' for none. */
  value: string;
  onValueChange: (value: string) => void;
  required?: boolean;
  autoFocus?: boolean;
  className?: string;
  /** Marked invalid without a text of its own (a group's problem said once, under the group). */
  invalid?: boolean;
  /** Ids of texts read with the field besides its own (a group's hint and problem). */
  describedBy?: string;
  /** Dates only: the earliest and latest allowed, `YYYY-MM-DD`. */
  min?: string;
  max?: string;
}

/**
 * A date typed as the app's language writes it (DD.MM.YYYY; DD/MM/YYYY in English), from
 * react-aria's accessible date field: each part a spin button, typed digits move on to the
 * next part, arrows step it; or picked from a calendar (react-aria's `DatePicker`: the
 * button or Alt+Down opens it). The value stays `YYYY-MM-DD` ('' while empty or half typed).
 */
export function DateTextField(props: DateTimeFieldProps) {
  const t = useT();
  const language = useLanguage();
  const { value, onValueChange, min, max, label } = props;
  return (
    <I18nProvider locale={FIELD_LOCALES[language]}>
      <DatePicker<CalendarDate>
        className={fieldClass(props.className)}
        value={toCalendarDate(value)}
        onChange={(date) => onValueChange(dateText(date))}
        minValue={toCalendarDate(min) ?? undefined}
        maxValue={toCalendarDate(max) ?? undefined}
        granularity="day"
        firstDayOfWeek="mon"
        {...commonProps(props)}
      >
        <FieldParts
          {...props}
          calendar={
            <Button className="date-calendar-button" aria-label={t('date.calendar.open')}>
              <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
                <rect
                  x="1.5"
                  y="3"
                  width="13"
                  height="11.5"
                  rx="1"
                  fill="none"
                  stroke="currentColor"
                />
                <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
              </svg>
            </Button>
          }
        />
        <CalendarPopover fieldLabel={label} />
      </DatePicker>
    </I18nProvider>
  );
}

/** A time of day on the 24-hour clock (`HH:MM`), from react-aria's accessible time field. */
export function TimeTextField(props: DateTimeFieldProps) {
  const language = useLanguage();
  const { value, onValueChange } = props;
  return (
    <I18nProvider locale={FIELD_LOCALES[language]}>
      <TimeField<Time>
        className={fieldClass(props.className)}
        value={toTime(value)}
        onChange={(time) => onValueChange(timeText(time))}
        hourCycle={24}
        granularity="minute"
        {...commonProps(props)}
      >
        <FieldParts {...props} />
      </TimeField>
    </I18nProvider>
  );
}

const fieldClass = (extra: string | undefined) =>
  extra ? `field date-time-field ${extra}` : 'field date-time-field';

function commonProps({ error, invalid, describedBy, required, autoFocus }: DateTimeFieldProps) {
  return {
    isInvalid: Boolean(error) || Boolean(invalid),
    'aria-describedby': describedBy,
    isRequired: required,
    autoFocus,
    // The app's forms say what is wrong themselves, in the app's language.
    validationBehavior: 'aria' as const,
    // 09:05 and 05.03.2027, as Kazakhstan writes them, not 9:05 and 5.3.2027.
    shouldForceLeadingZeros: true,
  };
}

function FieldParts(props: DateTimeFieldProps & { calendar?: ReactNode }) {
  const { label, hint, error, announceError, calendar } = props;
  return (
    <>
      <Label>{label}</Label>
      {hint ? (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      ) : null}
      {calendar ? (
        <Group className="date-picker-group">
          <NamedDateInput />
          {calendar}
        </Group>
      ) : (
        <NamedDateInput />
      )}
      {error ? (
        <Text
          slot="errorMessage"
          className="field-error"
          elementType="p"
          role={announceError ? 'alert' : undefined}
        >
          {error}
        </Text>
      ) : null}
    </>
  );
}
