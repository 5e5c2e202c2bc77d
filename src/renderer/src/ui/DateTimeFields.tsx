import type { ReactNode } from 'react';
import {
  DateField,
  DateInput,
  DateSegment,
  I18nProvider,
  Label,
  Text,
  TimeField,
  type DateSegmentProps,
} from 'react-aria-components';
import type { CalendarDate, Time } from '@internationalized/date';
import { useLanguage } from '../i18n/use-t';
import {
  FIELD_LOCALES,
  FIELD_PLACEHOLDERS,
  dateText,
  timeText,
  toCalendarDate,
  toTime,
} from './date-time-fields';

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
 * next part, arrows step it. The value stays `YYYY-MM-DD` ('' while empty or half typed).
 */
export function DateTextField(props: DateTimeFieldProps) {
  const language = useLanguage();
  const { value, onValueChange, min, max } = props;
  return (
    <I18nProvider locale={FIELD_LOCALES[language]}>
      <DateField<CalendarDate>
        className={fieldClass(props.className)}
        value={toCalendarDate(value)}
        onChange={(date) => onValueChange(dateText(date))}
        minValue={toCalendarDate(min) ?? undefined}
        maxValue={toCalendarDate(max) ?? undefined}
        granularity="day"
        {...commonProps(props)}
      >
        <FieldParts {...props} />
      </DateField>
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

function FieldParts({ label, hint, error, announceError }: DateTimeFieldProps) {
  const language = useLanguage();
  const placeholder = (segment: DateSegmentProps['segment']): ReactNode => {
    if (!segment.isPlaceholder) return segment.text;
    const type = segment.type;
    return type === 'day' || type === 'month' || type === 'year'
      ? FIELD_PLACEHOLDERS[language][type]
      : segment.text;
  };
  return (
    <>
      <Label>{label}</Label>
      {hint ? (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      ) : null}
      <DateInput className="date-time-input">
        {(segment) => (
          <DateSegment segment={segment} className="date-time-segment">
            {placeholder(segment)}
          </DateSegment>
        )}
      </DateInput>
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
