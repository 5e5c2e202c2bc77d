import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormDialog } from './FormDialog';
import { CheckboxGroup, SelectField } from './form-fields';
import { MomentField } from './MomentField';
import { momentOf, momentProblem, momentText } from './moment';
import { momentCell } from './plain-table';
import { printDocumentHtml } from './print-document';
import { TextField } from './TextField';

const noop = () => {};

describe('the form dialog', () => {
  const dialog = (busy: boolean, error: string | null) =>
    renderToString(
      h(FormDialog, {
        title: 'Check out',
        explanation: 'The departure time.',
        submitLabel: 'Record departure',
        busy,
        error,
        onSubmit: noop,
        onCancel: noop,
        children: h(TextField, { label: 'Reason', value: '', onValueChange: noop }),
      }),
    );

  it('holds its fields, the refusal as an alert, then submit and cancel', () => {
    const html = dialog(false, 'The time is in the future.');
    expect(html).toMatch(/<h2[^>]*>Check out<\/h2>/);
    expect(html).toContain('aria-describedby');
    expect(html.indexOf('Reason')).toBeLessThan(html.indexOf('role="alert"'));
    expect(html).toMatch(/role="alert"[^>]*>The time is in the future\.<\/p>/);
    expect(html).toMatch(
      /Record departure<\/button><button type="button" class="button-secondary"/,
    );
    expect(html).not.toContain('aria-busy');
  });

  it('says busy on its buttons while the operation runs, without disabling them', () => {
    const html = dialog(true, null);
    expect(html).toContain('aria-busy="true"');
    expect(html.match(/aria-disabled="true"/g)).toHaveLength(2);
    expect(html).not.toMatch(/ disabled=""/);
    expect(html).not.toContain('role="alert"');
  });
});

describe('the kit fields', () => {
  it('offers an empty first choice only when named', () => {
    const options = [{ value: 'a', label: 'A' }] as const;
    const withEmpty = renderToString(
      h(SelectField<'a'>, {
        label: 'Kind',
        value: '',
        emptyLabel: 'All kinds',
        options,
        onValueChange: noop,
      }),
    );
    expect(withEmpty).toMatch(/<option value=""[^>]*>All kinds<\/option>/);
    const without = renderToString(
      h(SelectField<'a'>, { label: 'Kind', value: 'a', options, onValueChange: noop }),
    );
    expect(without).not.toContain('<option value="">');
  });

  it('ties a select error to the control', () => {
    const html = renderToString(
      h(SelectField<'a'>, {
        label: 'Kind',
        value: 'a',
        error: 'Choose one.',
        announceError: true,
        options: [{ value: 'a', label: 'A' }],
        onValueChange: noop,
      }),
    );
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(`id="${describedBy}" class="field-error" role="alert"`);
    expect(html).toContain('aria-invalid="true"');
  });

  it('groups checkboxes under a legend', () => {
    const html = renderToString(
      h(CheckboxGroup<'x' | 'y'>, {
        legend: 'Kinds',
        options: [
          { value: 'x', label: 'X' },
          { value: 'y', label: 'Y' },
        ],
        chosen: ['y'],
        onChange: noop,
      }),
    );
    expect(html).toContain('<legend>Kinds</legend>');
    expect(html.match(/type="checkbox"/g)).toHaveLength(2);
  });

  it('shows a moment as a date and a time field in one group, every part marked when wrong', () => {
    const html = renderToString(
      h(MomentField, {
        legend: 'Arrived',
        error: 'Enter both.',
        value: momentOf('2027-03-10T09:30'),
        onChange: noop,
      }),
    );
    expect(html).toContain('<legend>Arrived</legend>');
    expect(html).toContain('value="2027-03-10"');
    expect(html).toContain('value="09:30:00"');
    // Day, month and year; hours and minutes (two digits each): each part marked invalid.
    const parts = [...html.matchAll(/role="spinbutton"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(parts).toEqual(['10', '03', '2027', '09', '30']);
    expect(html.match(/role="spinbutton"[^>]*aria-invalid="true"/g)).toHaveLength(5);
  });
});

describe('moments and plain tables', () => {
  it('parses, checks and writes a precinct-local moment', () => {
    expect(momentOf(null)).toEqual({ date: '', time: '' });
    expect(momentText(momentOf('2027-03-10T09:30'))).toBe('2027-03-10T09:30');
    expect(momentText({ date: '', time: '' })).toBeNull();
    expect(momentProblem({ date: '', time: '' }, true)).toBe('validation.required');
    expect(momentProblem({ date: '', time: '' }, false)).toBeNull();
    expect(momentProblem({ date: '2027-03-10', time: '' }, false)).toBe('infolog.momentIncomplete');
    expect(momentCell('2027-03-10T09:30', 'sheet', 'en')).toBe('2027-03-10 09:30');
    expect(momentCell(null, 'print', 'en')).toBe('');
  });

  it('prints a table as a self-contained document at its layout, or the empty text', () => {
    const heading = {
      title: 'Log',
      lines: ['Precinct 412'],
      emptyText: 'Nothing.',
      signers: [{ role: 'Chair' }],
    };
    const layout = { orientation: 'landscape' as const, columns: [{ width: 1, keep: true }] };
    const html = printDocumentHtml(heading, { headers: ['No.'], rows: [['1']] }, layout, 'kk');
    expect(html.startsWith('<!doctype html><html lang="kk"')).toBe(true);
    expect(html).toContain('<th scope="col">No.</th>');
    expect(html).toContain('size: A4 landscape');
    expect(html).toContain('<td class="keep">1</td>');
    expect(html).toContain('counter(page)');
    expect(html).toContain('Мөр орны');
    const empty = printDocumentHtml(heading, { headers: ['No.'], rows: [] }, layout, 'en');
    expect(empty).toContain('Nothing.');
  });
});
