import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../api/screen-test';
import { TextField } from './TextField';

/** A date or time field holding its value, as a form does. */
function Holder({
  type,
  start,
  onValue,
}: {
  type: 'date' | 'time';
  start: string;
  onValue?: (value: string) => void;
}) {
  const [value, setValue] = useState(start);
  return (
    <TextField
      label="Voting day"
      type={type}
      value={value}
      onValueChange={(next) => {
        setValue(next);
        onValue?.(next);
      }}
    />
  );
}

/** What a screen reader says for each part: its own label, then the field's label. */
function partNames(group: HTMLElement): string[] {
  return within(group)
    .getAllByRole('spinbutton')
    .map((part) => {
      const own = part.getAttribute('aria-label') ?? '';
      const ids = (part.getAttribute('aria-labelledby') ?? '').split(' ').filter(Boolean);
      const others = ids
        .filter((id) => id !== part.id)
        .map((id) => document.getElementById(id)?.textContent ?? '');
      return [own, ...others].join('').trim();
    });
}

describe('a date or time field’s parts', () => {
  it.each([
    ['kk', ['күн, Voting day', 'ай, Voting day', 'жыл, Voting day']],
    ['ru', ['день, Voting day', 'месяц, Voting day', 'год, Voting day']],
    ['en', ['day, Voting day', 'month, Voting day', 'year, Voting day']],
  ] as const)('are named in %s from the app’s own texts', (language, names) => {
    renderScreen(<Holder type="date" start="2027-03-19" />, { language });
    expect(partNames(screen.getByRole('group', { name: 'Voting day' }))).toEqual(names);
  });

  it('names a Kazakh time’s hour and minute in Kazakh', () => {
    renderScreen(<Holder type="time" start="08:05" />, { language: 'kk' });
    const group = screen.getByRole('group', { name: 'Voting day' });
    expect(partNames(group)).toEqual(['сағат, Voting day', 'минут, Voting day']);
    expect(
      within(group)
        .getAllByRole('spinbutton')
        .map((part) => part.textContent),
    ).toEqual(['08', '05']);
  });
});

describe('a date field’s calendar', () => {
  it('opens in Kazakh with the month, weekdays from Monday and each day named from the app’s texts, and picks a day', async () => {
    const picked: string[] = [];
    renderScreen(<Holder type="date" start="2027-03-19" onValue={(v) => picked.push(v)} />, {
      language: 'kk',
    });
    fireEvent.click(screen.getByRole('button', { name: /Күнді күнтізбеден таңдау/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Күнтізбе: Voting day' });
    expect(dialog.querySelector('.date-calendar-heading')?.textContent).toBe('2027 ж. наурыз');
    const heads = [...dialog.querySelectorAll('th')].map((th) => th.textContent);
    expect(heads).toEqual(['Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сб', 'Жс']);
    const grid = within(dialog).getByRole('grid');
    // 1 March 2027 is a Monday: the first cell of the first week.
    const first = grid.querySelector('tbody tr td [aria-label]');
    expect(first?.getAttribute('aria-label')).toBe('2027 ж. 1 наурыз, дүйсенбі');
    const selected = within(grid).getByRole('button', { name: /19 наурыз/ });
    expect(selected.getAttribute('aria-label')).toBe('2027 ж. 19 наурыз, жұма');
    fireEvent.click(within(grid).getByRole('button', { name: '2027 ж. 22 наурыз, дүйсенбі' }));
    await waitFor(() => expect(picked.at(-1)).toBe('2027-03-22'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('opens in Russian from the keyboard (Alt+Down) and closes with Escape, the date kept', async () => {
    const picked: string[] = [];
    renderScreen(<Holder type="date" start="2027-03-19" onValue={(v) => picked.push(v)} />, {
      language: 'ru',
    });
    const group = screen.getByRole('group', { name: 'Voting day' });
    const day = within(group).getAllByRole('spinbutton')[0];
    if (!day) throw new Error('day part expected');
    act(() => day.focus());
    fireEvent.keyDown(day, { key: 'ArrowDown', altKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Календарь: Voting day' });
    expect(dialog.querySelector('.date-calendar-heading')?.textContent).toBe('Март 2027');
    expect([...dialog.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Пн',
      'Вт',
      'Ср',
      'Чт',
      'Пт',
      'Сб',
      'Вс',
    ]);
    const selected = dialog.querySelector('[aria-selected="true"] [aria-label]');
    expect(selected?.getAttribute('aria-label')).toBe('пятница, 19 марта 2027 г.');
    fireEvent.keyDown(document.activeElement ?? dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(picked).toEqual([]);
  });
});
