import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '@shared/roles';
import { callApi } from '../api/precinct-client';
import { refuse } from '../api/mock-precinct';
import { button, renderScreen } from '../api/screen-test';
import { useErrorText } from '../app-state/use-error-text';
import { useT } from '../i18n/use-t';
import { FormDialog } from './FormDialog';
import { SelectField } from './form-fields';
import { MomentField } from './MomentField';
import type { MomentValue } from './moment';
import { Pager } from './Pager';
import { TextField } from './TextField';
import { useFocusFirstProblem } from './use-focus-first-problem';
import { useSubmit } from './use-submit';

const LANGUAGE_CHOICES = [
  { value: 'kk', label: 'Kazakh' },
  { value: 'ru', label: 'Russian' },
] as const;

/** A dialog built the way every feature builds one: kit fields, useSubmit, the form dialog. */
function LanguageDialog({ onDone, noteLimit }: { onDone: () => void; noteLimit?: number }) {
  const t = useT();
  const errorText = useErrorText();
  const { busy, error, submit } = useSubmit();
  const { formRef, reveal } = useFocusFirstProblem();
  const [note, setNote] = useState('');
  const [language, setLanguage] = useState<Language | ''>('');
  const [problems, setProblems] = useState<{ note?: string; language?: string }>({});

  async function send() {
    const found = {
      ...(note.trim() ? {} : { note: t('validation.required') }),
      ...(language ? {} : { language: t('validation.required') }),
    };
    setProblems(found);
    if (found.note || found.language || !language) {
      reveal();
      return;
    }
    if (await submit(() => callApi('setLanguage', { language }))) onDone();
  }

  return (
    <FormDialog
      title="Interface language"
      submitLabel="Save"
      busy={busy}
      error={errorText(error)}
      onSubmit={send}
      onCancel={onDone}
      formRef={formRef}
    >
      <TextField
        label="Note"
        value={note}
        maxLength={noteLimit}
        error={problems.note}
        onValueChange={setNote}
      />
      <SelectField<Language>
        label="Language"
        value={language}
        emptyLabel="Choose…"
        options={LANGUAGE_CHOICES}
        error={problems.language}
        onValueChange={setLanguage}
      />
    </FormDialog>
  );
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the form dialog', () => {
  it('moves focus to the first problem and sends nothing while a field is missing', async () => {
    const { mock } = renderScreen(<LanguageDialog onDone={() => {}} />, {
      handlers: { setLanguage: () => null },
    });
    type('Note', 'for the record');
    fireEvent.click(button('Save'));
    const select = screen.getByLabelText('Language');
    await waitFor(() => expect(document.activeElement).toBe(select));
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Note').getAttribute('aria-invalid')).toBeNull();
    expect(mock.calls).toEqual([]);
  });

  it('is busy while the operation runs, ignores a second press, and closes when it is done', async () => {
    let finish: (value: null) => void = () => {};
    const onDone = vi.fn();
    const { mock } = renderScreen(<LanguageDialog onDone={onDone} />, {
      handlers: { setLanguage: () => new Promise<null>((resolve) => (finish = resolve)) },
    });
    type('Note', 'for the record');
    type('Language', 'ru');
    fireEvent.click(button('Save'));
    await waitFor(() => expect(button('Save').getAttribute('aria-busy')).toBe('true'));
    expect(button('Cancel').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Save'));
    fireEvent.click(button('Cancel'));
    expect(mock.callsOf('setLanguage')).toEqual([{ language: 'ru' }]);
    expect(onDone).not.toHaveBeenCalled();
    await act(async () => finish(null));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(button('Save').getAttribute('aria-busy')).toBeNull();
  });

  it("shows the core's refusal as an alert in the member's language", async () => {
    renderScreen(<LanguageDialog onDone={() => {}} />, {
      language: 'ru',
      handlers: { setLanguage: () => refuse('forbidden') },
    });
    type('Note', 'запись');
    type('Language', 'kk');
    fireEvent.click(button('Save'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ваша роль не позволяет это сделать.',
    );
    expect(button('Save').getAttribute('aria-busy')).toBeNull();
  });
});

describe('a text over its limit', () => {
  it("is kept whole, counted, said in the member's language and refused before sending", async () => {
    const { mock } = renderScreen(<LanguageDialog onDone={() => {}} noteLimit={2000} />, {
      language: 'ru',
      handlers: { setLanguage: () => null },
    });
    const note = screen.getByLabelText('Note') as HTMLInputElement;
    // The browser cuts a paste at `maxlength` without a word: the attribute is never set.
    expect(note.hasAttribute('maxlength')).toBe(false);
    type('Note', 'а'.repeat(1700));
    expect(screen.getByText('1 700 из 2 000 знаков')).toBeTruthy();
    type('Note', 'а'.repeat(16_000));
    expect(note.value).toHaveLength(16_000);
    expect(note.getAttribute('aria-invalid')).toBe('true');
    const described = (note.getAttribute('aria-describedby') ?? '').split(' ');
    const said = described
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ')
      .replace(/\s/g, ' ');
    expect(said).toContain('16 000');
    expect(said).toContain('не более 2 000');
    type('Language', 'kk');
    note.blur();
    fireEvent.click(button('Save'));
    await waitFor(() => expect(document.activeElement).toBe(note));
    expect(mock.calls).toEqual([]);

    type('Note', 'а'.repeat(2000));
    expect(note.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(button('Save'));
    await waitFor(() => expect(mock.callsOf('setLanguage')).toEqual([{ language: 'kk' }]));
  });
});

function PagedList({ total }: { total: number }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(total / 10));
  return (
    <>
      <p data-testid="shown">rows {page * 10 + 1}</p>
      <Pager label="Rows" page={page} pages={pages} onPage={setPage} />
    </>
  );
}

describe('the pager', () => {
  it('steps through the pages and stays put at either end, focus kept on its buttons', () => {
    renderScreen(<PagedList total={25} />);
    const nav = screen.getByRole('navigation', { name: 'Rows' });
    const previous = within(nav).getByRole('button', { name: 'Previous page' });
    const next = within(nav).getByRole('button', { name: 'Next page' });
    expect(nav.textContent).toContain('Page 1 of 3');
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(previous);
    expect(screen.getByTestId('shown').textContent).toBe('rows 1');
    fireEvent.click(next);
    fireEvent.click(next);
    expect(nav.textContent).toContain('Page 3 of 3');
    expect(screen.getByTestId('shown').textContent).toBe('rows 21');
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(next.hasAttribute('disabled')).toBe(false);
    fireEvent.click(next);
    expect(nav.textContent).toContain('Page 3 of 3');
  });

  it("speaks the member's language", () => {
    renderScreen(<PagedList total={5} />, { language: 'kk' });
    expect(screen.getByRole('navigation').textContent).toContain('Бет: 1 / 1');
    expect(screen.getByRole('button', { name: 'Келесі бет' })).toBeTruthy();
  });
});

function MomentHolder({ onChange }: { onChange: (value: MomentValue) => void }) {
  const [value, setValue] = useState<MomentValue>({ date: '2027-03-10', time: '' });
  return (
    <MomentField
      legend="Received"
      error={value.time ? null : 'Enter the time.'}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

/** Types characters as a keyboard does into the focused part of a date or time field. */
function typeKeys(start: HTMLElement, text: string) {
  act(() => start.focus());
  for (const data of text) {
    const target = document.activeElement ?? start;
    act(() => {
      target.dispatchEvent(
        new InputEvent('beforeinput', {
          data,
          inputType: 'insertText',
          bubbles: true,
          cancelable: true,
        }),
      );
    });
  }
}

const segmentsOf = (group: HTMLElement) => within(group).getAllByRole('spinbutton');

/** A date or time field holding what is typed, as a form does. */
function FieldHolder(props: {
  type: 'date' | 'time';
  label: string;
  start: string;
  typed: string[];
}) {
  const [value, setValue] = useState(props.start);
  return (
    <TextField
      label={props.label}
      type={props.type}
      value={value}
      onValueChange={(next) => {
        setValue(next);
        props.typed.push(next);
      }}
    />
  );
}

describe('the date-time field', () => {
  it('takes a date and a time as one value and ties its problem to both fields', () => {
    const changes: MomentValue[] = [];
    renderScreen(<MomentHolder onChange={(value) => changes.push(value)} />, { language: 'en' });
    const group = screen.getByRole('group', { name: 'Received' });
    const [date, time] = within(group).getAllByRole('group');
    if (!date || !time) throw new Error('two fields expected');
    for (const segment of [...segmentsOf(date), ...segmentsOf(time)]) {
      expect(segment.getAttribute('aria-invalid')).toBe('true');
      const described = (segment.getAttribute('aria-describedby') ?? '').split(' ');
      const texts = described.map((id) => document.getElementById(id)?.textContent);
      expect(texts).toContain('Enter the time.');
    }
    const hour = segmentsOf(time)[0];
    if (!hour) throw new Error('hour expected');
    typeKeys(hour, '0945');
    expect(changes.at(-1)).toEqual({ date: '2027-03-10', time: '09:45' });
    expect(screen.queryByText('Enter the time.')).toBeNull();
  });

  it.each([
    ['ru', 'дд.мм.гггг'],
    ['kk', 'кк.аа.жжжж'],
    ['en', 'dd/mm/yyyy'],
  ] as const)('lays a %s date out day first, typed as DD.MM.YYYY', (language, shown) => {
    const typed: string[] = [];
    renderScreen(<FieldHolder label="Day" type="date" start="" typed={typed} />, { language });
    const field = screen.getByRole('group', { name: 'Day' });
    expect(field.textContent?.replace(/[\u2066-\u2069\u200e]/g, '')).toBe(shown);
    const first = segmentsOf(field)[0];
    if (!first) throw new Error('segment expected');
    typeKeys(first, '19032027');
    expect(typed.at(-1)).toBe('2027-03-19');
  });

  it('shows a time on the 24-hour clock in every language', () => {
    const typed: string[] = [];
    renderScreen(<FieldHolder label="Until" type="time" start="17:30" typed={typed} />, {
      language: 'en',
    });
    const field = screen.getByRole('group', { name: 'Until' });
    expect(segmentsOf(field).map((s) => s.textContent)).toEqual(['17', '30']);
    const hour = segmentsOf(field)[0];
    if (!hour) throw new Error('segment expected');
    typeKeys(hour, '0805');
    expect(typed.at(-1)).toBe('08:05');
  });
});

describe('the select field', () => {
  it('answers the chosen value and the empty choice only where one is offered', () => {
    const chosen: string[] = [];
    renderScreen(
      <SelectField<Language>
        label="Language"
        value="kk"
        emptyLabel="Any"
        options={LANGUAGE_CHOICES}
        onValueChange={(value) => chosen.push(value)}
      />,
    );
    const select = screen.getByLabelText('Language');
    fireEvent.change(select, { target: { value: 'ru' } });
    fireEvent.change(select, { target: { value: '' } });
    expect(chosen).toEqual(['ru', '']);
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any', 'Kazakh', 'Russian']);
  });
});
