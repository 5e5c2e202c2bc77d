import { useContext, useRef, type ReactNode } from 'react';
import {
  DateFieldStateContext,
  DateInput,
  TimeFieldStateContext,
  type DateSegmentProps,
} from 'react-aria-components';
import { useDateSegment } from 'react-aria/useDateField';
import type { MessageKey } from '@shared/i18n';
import { useLanguage, useT } from '../i18n/use-t';
import { FIELD_PLACEHOLDERS } from './date-time-fields';

type Segment = DateSegmentProps['segment'];

/** The parts the app's fields have, named in the app's language. */
const PART_NAMES: Partial<Record<Segment['type'], MessageKey>> = {
  day: 'date.part.day',
  month: 'date.part.month',
  year: 'date.part.year',
  hour: 'date.part.hour',
  minute: 'date.part.minute',
};

/**
 * A date or time field's parts (react-aria's `DateInput`), each a spin button named in the
 * app's language. React-aria names a part from the field's locale (`Intl.DisplayNames`, or its
 * own strings), and it has neither Kazakh strings nor, on Chromium, Kazakh date data: a Kazakh
 * field (laid out as `ru-KZ`) would be heard as "день, месяц, год". Each part here is
 * react-aria's own segment (`useDateSegment`: focus, typing, arrows, announcements) with only
 * its name replaced by the app's (күн, ай, жыл, сағат, минут).
 */
export function NamedDateInput() {
  return (
    <DateInput className="date-time-input">
      {(segment) => <NamedSegment segment={segment} />}
    </DateInput>
  );
}

function NamedSegment({ segment }: { segment: Segment }) {
  const t = useT();
  const language = useLanguage();
  const dateState = useContext(DateFieldStateContext);
  const timeState = useContext(TimeFieldStateContext);
  const state = dateState ?? timeState;
  const ref = useRef<HTMLSpanElement>(null);
  if (!state) throw new Error('A date segment outside a date or time field');
  const { segmentProps } = useDateSegment(segment, state, ref);
  const nameKey = PART_NAMES[segment.type];
  const given = segmentProps['aria-label'];
  // react-aria's label is "<part>, <field's own label>"; only the part's name is replaced.
  const label =
    nameKey && given !== undefined
      ? `${t(nameKey)}${given.includes(',') ? given.slice(given.indexOf(',')) : ''}`
      : given;
  let text: ReactNode = segment.text;
  if (
    segment.isPlaceholder &&
    (segment.type === 'day' || segment.type === 'month' || segment.type === 'year')
  ) {
    text = FIELD_PLACEHOLDERS[language][segment.type];
  }
  return (
    <span
      {...segmentProps}
      aria-label={label}
      ref={ref}
      className="date-time-segment"
      data-type={segment.type}
      data-placeholder={segment.isPlaceholder || undefined}
    >
      {text}
    </span>
  );
}
