import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { VoterCard } from '@shared/voters/voter-api';
import { renderScreen } from '../../../api/screen-test';
import { VoterActions } from './VoterActions';

const card = (overrides: Partial<VoterCard['voter']>, ballot = false): VoterCard => ({
  voter: {
    iin: '850412300101',
    lastName: 'Сейтқалиев',
    firstName: 'Жанболат',
    patronymic: 'Маратұлы',
    birthDate: '1985-04-12',
    address: 'Алматы, Тимирязев к-сі, 15',
    status: 'listed',
    absentee: false,
    homeVoting: false,
    ballotIssued: ballot,
    removalPending: false,
    precinct: 412,
    ...overrides,
  },
  section: null,
  sectionsDefined: false,
  ballot: ballot
    ? {
        ballotId: 'b1',
        iin: '850412300101',
        issuedAt: '2027-03-19T04:00:00.000Z',
        issuedBy: 'm1',
        issuedByName: 'Yerlan Zhaksybekov',
        place: 'station',
        helperName: null,
        deviceId: 'd1',
      }
    : null,
  absentee: null,
  removal: null,
  history: [],
});

describe('the voter card’s ballot button', () => {
  it.each([
    ['marked for home voting', card({ homeVoting: true }), /asked to vote at home/],
    ['who has a ballot already', card({}, true), /already issued to this voter/],
  ])('is disabled for a voter %s, the reason beside it', (_, shown, reason) => {
    const onAction = vi.fn();
    renderScreen(<VoterActions card={shown} group="ballot" onAction={onAction} />, {
      role: 'member',
      handlers: {},
    });
    const issue = screen.getByRole('button', { name: 'Issue ballot' });
    expect(issue.getAttribute('aria-disabled')).toBe('true');
    expect(issue.className).not.toContain('button-primary');
    const described = document.getElementById(issue.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(reason);
    fireEvent.click(issue);
    expect(onAction).not.toHaveBeenCalled();
  });

  it('is the main action for a voter who can be given one', () => {
    const onAction = vi.fn();
    renderScreen(<VoterActions card={card({})} group="ballot" onAction={onAction} />, {
      role: 'member',
      handlers: {},
    });
    const issue = screen.getByRole('button', { name: 'Issue ballot' });
    expect(issue.getAttribute('aria-disabled')).toBeNull();
    expect(issue.className).toContain('button-primary');
    fireEvent.click(issue);
    expect(onAction).toHaveBeenCalledWith('issue');
  });
});
