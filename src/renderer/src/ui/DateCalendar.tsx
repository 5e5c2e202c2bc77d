import { useContext, useRef } from 'react';
import {
  Button,
  Calendar,
  CalendarGrid,
  CalendarGridBody,
  CalendarStateContext,
  Dialog,
  Popover,
} from 'react-aria-components';
import { useCalendarCell } from 'react-aria/useCalendar';
import type { CalendarDate } from '@internationalized/date';
import type { MessageKey } from '@shared/i18n';
import { useT } from '../i18n/use-t';

/**
 * Month and weekday names from the app's texts, not the host's `Intl`: Chromium has no Kazakh
 * date data and writes a Kazakh month as "M03" and a weekday as "Mon".
 */
const MONTHS = [
  'date.month.1',
  'date.month.2',
  'date.month.3',
  'date.month.4',
  'date.month.5',
  'date.month.6',
  'date.month.7',
  'date.month.8',
  'date.month.9',
  'date.month.10',
  'date.month.11',
  'date.month.12',
] as const satisfies readonly MessageKey[];
const MONTHS_OF = [
  'date.monthOf.1',
  'date.monthOf.2',
  'date.monthOf.3',
  'date.monthOf.4',
  'date.monthOf.5',
  'date.monthOf.6',
  'date.monthOf.7',
  'date.monthOf.8',
  'date.monthOf.9',
  'date.monthOf.10',
  'date.monthOf.11',
  'date.monthOf.12',
] as const satisfies readonly MessageKey[];
/** Monday first, as weeks start in Kazakhstan. */
const WEEKDAYS = [
  'date.weekday.1',
  'date.weekday.2',
  'date.weekday.3',
  'date.weekday.4',
  'date.weekday.5',
  'date.weekday.6',
  'date.weekday.7',
] as const satisfies readonly MessageKey[];
const WEEKDAYS_SHORT = [
  'date.weekdayShort.1',
  'date.weekdayShort.2',
  'date.weekdayShort.3',
  'date.weekdayShort.4',
  'date.weekdayShort.5',
  'date.weekdayShort.6',
  'date.weekdayShort.7',
] as const satisfies readonly MessageKey[];

/** 0 for Monday … 6 for Sunday. */
const mondayIndex = (date: CalendarDate) => (date.toDate('UTC').getUTCDay() + 6) % 7;

/**
 * The calendar a date field opens (react-aria's `Calendar` in a `Popover`): weeks from Monday,
 * the month, weekdays and each day's name in the app's language. Keyboard: Alt+Down or the
 * button opens it, arrows move by day and week, Page Up/Down by month, Enter picks, Escape
 * closes; focus returns to the field.
 */
export function CalendarPopover({ fieldLabel }: { fieldLabel: string }) {
  const t = useT();
  return (
    <Popover className="date-calendar-popover" placement="bottom start">
      <Dialog
        className="date-calendar"
        aria-label={t('date.calendar.label', { field: fieldLabel })}
      >
        <Calendar<CalendarDate> firstDayOfWeek="mon">
          <header className="date-calendar-header">
            <Button
              slot="previous"
              className="button-secondary"
              aria-label={t('date.calendar.previous')}
            >
              ‹
            </Button>
            <MonthHeading />
            <Button slot="next" className="button-secondary" aria-label={t('date.calendar.next')}>
              ›
            </Button>
          </header>
          <CalendarGrid className="date-calendar-grid">
            <thead aria-hidden="true">
              <tr>
                {WEEKDAYS_SHORT.map((key) => (
                  <th key={key} scope="col">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <CalendarGridBody>{(date) => <DayCell date={date} />}</CalendarGridBody>
          </CalendarGrid>
        </Calendar>
      </Dialog>
    </Popover>
  );
}

/** The month shown, as the app's language writes it ("Март 2027", "2027 ж. наурыз"). */
function MonthHeading() {
  const t = useT();
  const state = useContext(CalendarStateContext);
  if (!state) return null;
  const { month, year } = state.visibleRange.start;
  return (
    <h2 className="date-calendar-heading">
      {t('date.calendar.heading', { month: t(MONTHS[month - 1] ?? MONTHS[0]), year })}
    </h2>
  );
}

/** One day: react-aria's cell (focus, selection, keys), named in the app's language. */
function DayCell({ date }: { date: CalendarDate }) {
  const t = useT();
  const state = useContext(CalendarStateContext);
  const ref = useRef<HTMLDivElement>(null);
  if (!state) throw new Error('A calendar cell outside a calendar');
  const cell = useCalendarCell({ date }, state, ref);
  const label = t('date.calendar.dayLabel', {
    weekday: t(WEEKDAYS[mondayIndex(date)] ?? WEEKDAYS[0]),
    day: date.day,
    month: t(MONTHS_OF[date.month - 1] ?? MONTHS_OF[0]),
    year: date.year,
  });
  return (
    <td {...cell.cellProps}>
      <div
        {...cell.buttonProps}
        aria-label={label}
        ref={ref}
        className="date-calendar-day"
        data-selected={cell.isSelected || undefined}
        data-outside={cell.isOutsideVisibleRange || undefined}
        data-disabled={cell.isDisabled || undefined}
        data-focused={cell.isFocused || undefined}
      >
        {cell.isOutsideVisibleRange ? '' : cell.formattedDate}
      </div>
    </td>
  );
}
