import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import type { VotingDayView } from '@shared/protocol/protocol-contract';
import { defaultProtocolLines } from '@shared/protocol/protocol-line-labels';
import { button, renderScreen } from '../../api/screen-test';
import { ProtocolHomeCard } from './ProtocolHomeCard';
import { ProtocolScreen } from './ProtocolScreen';

const closedDay: VotingDayView = {
  ballot: {
    kind: 'referendum',
    questions: [
      {
        id: 'q1',
        text: { kk: 'Сұрақ', ru: 'Вопрос' },
        options: [
          { id: 'yes', name: { kk: 'Иә', ru: 'Да' } },
          { id: 'no', name: { kk: 'Жоқ', ru: 'Нет' } },
        ],
      },
    ],
  },
  lines: defaultProtocolLines(),
  quorumRule: 'more_than_half',
  members: [
    { id: 'm-chair', name: 'Aigerim Sadykova', role: 'chair', issues: false },
    { id: 'm-member', name: 'Yerlan Zhaksybekov', role: 'member', issues: true },
    { id: 'm-deputy', name: 'Nurlan Omarov', role: 'deputy_chair', issues: true },
  ],
  quorumNeeded: 2,
  opening: {
    openedAt: '2027-03-19T02:00:00Z',
    presentMemberIds: ['m-chair', 'm-member', 'm-deputy'],
    quorum: 2,
    ballotsReceived: 10,
    serialFrom: null,
    serialTo: null,
    allocations: [{ memberId: 'm-member', ballots: 10 }],
    boxes: [{ kind: 'stationary', number: '1', seal: 'S-1' }],
    observers: [],
  },
  closedAt: '2027-03-19T15:00:00Z',
  stock: 0,
  balances: [],
  totals: { issuedAtStation: 3, issuedAtHome: 0, spoiled: 0 },
  reports: [],
  observersPresent: [],
  control: { voters_on_list: 20, ballot_events_at_station: 3 },
  versions: [],
  laptops: [
    {
      slot: 1,
      label: null,
      own: true,
      deviceId: 'd1',
      lastEventAt: null,
      exportedAfterClose: true,
    },
    {
      slot: 2,
      label: 'sections М–Я',
      own: false,
      deviceId: 'd2',
      lastEventAt: null,
      exportedAfterClose: false,
    },
  ],
  copiesIssued: [],
};

const field = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the voting day screen', () => {
  it('says in Kazakh that a package without a ballot has no protocol', async () => {
    renderScreen(<ProtocolScreen />, {
      language: 'kk',
      handlers: { getVotingDay: () => ({ ...closedDay, ballot: null }) },
    });
    expect(await screen.findByText(translate('kk', 'protocol.noBallot'))).toBeTruthy();
  });

  it('checks the count as typed, asks for each failing relation’s explanation, then signs', async () => {
    const { mock } = renderScreen(<ProtocolScreen />, {
      handlers: { getVotingDay: () => closedDay, signProtocol: () => closedDay },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Count' }));
    expect(
      (screen.getByLabelText('Ballots issued to voters at the polling station') as HTMLInputElement)
        .value,
    ).toBe('3');
    expect(screen.getByText(/Not every laptop has exported after the close/)).toBeTruthy();
    field('Unused ballots cancelled', '6');
    field('Ballots found in the stationary boxes', '3');
    field('Ballots found in the portable boxes', '0');
    field('Invalid ballots', '1');
    field('Valid ballots', '2');
    field('Votes for: Иә / Да', '2');
    field('Votes for: Жоқ / Нет', '0');
    expect(screen.getByText(/: does not hold \(10 and 9\)/)).toBeTruthy();
    fireEvent.click(button('Sign the protocol'));
    expect(mock.callsOf('signProtocol')).toEqual([]);
    fireEvent.change(screen.getByLabelText(/^Explanation: Received/), {
      target: { value: 'One ballot torn at the opening.' },
    });
    fireEvent.click(button('Sign the protocol'));
    await screen.findByRole('button', { name: 'Sign the protocol' });
    expect(mock.callsOf('signProtocol')).toEqual([
      {
        figures: {
          ballots_received: 10,
          issued_at_station: 3,
          issued_at_home: 0,
          spoiled: 0,
          unused: 6,
          in_stationary_boxes: 3,
          in_portable_boxes: 0,
          questions: [{ question_id: 'q1', valid: 2, invalid: 1, votes: { yes: 2, no: 0 } }],
        },
        explanations: { ballots_balance: 'One ballot torn at the opening.' },
        signedByMemberIds: ['m-chair', 'm-member', 'm-deputy'],
        correctionReason: null,
      },
    ]);
  });
});

describe('copies issued to observers', () => {
  it('asks for the observer, records the copy of the chosen version, and lists it', async () => {
    const observer = { entryId: 'e-obs', name: 'Dana Abenova', organisation: 'Party A' };
    const before = { ...closedDay, observersPresent: [observer], versions: [signedVersion] };
    const after: VotingDayView = {
      ...before,
      copiesIssued: [
        {
          entryId: 'e-copy',
          observerName: observer.name,
          organisation: observer.organisation,
          document: 'protocol',
          version: 1,
          issuedAt: '2027-03-19T16:05:00Z',
        },
      ],
    };
    let issued = false;
    const { mock } = renderScreen(<ProtocolScreen />, {
      language: 'ru',
      handlers: {
        getVotingDay: () => (issued ? after : before),
        issueDocumentCopy: () => {
          issued = true;
          return after;
        },
      },
    });
    fireEvent.click(
      await screen.findByRole('button', { name: translate('ru', 'protocol.view.versions') }),
    );
    expect(screen.getByText(translate('ru', 'protocolCopies.none'))).toBeTruthy();
    fireEvent.click(button(translate('ru', 'protocolCopies.issue')));
    const dialog = await screen.findByRole('dialog');
    expect(
      (screen.getByLabelText(translate('ru', 'protocolCopies.document')) as HTMLSelectElement)
        .value,
    ).toBe('p-1');
    fireEvent.click(button(translate('ru', 'protocolCopies.submit')));
    expect(await screen.findByText(translate('ru', 'protocolCopies.chooseObserver'))).toBeTruthy();
    expect(mock.callsOf('issueDocumentCopy')).toEqual([]);
    field(translate('ru', 'protocolCopies.observer'), 'e-obs');
    fireEvent.click(button(translate('ru', 'protocolCopies.submit')));
    await screen.findByTestId('copies-issued');
    expect(dialog.isConnected).toBe(false);
    expect(mock.callsOf('issueDocumentCopy')).toEqual([
      { observerEntryId: 'e-obs', document: 'protocol', protocolId: 'p-1' },
    ]);
    expect(screen.getByTestId('copies-issued').textContent).toContain(
      'копия протокола об итогах голосования, версия 1 — Dana Abenova (Party A)',
    );
  });
});

describe('the protocol on the voting-day home', () => {
  it('says the voting closed and the count is next, in Russian, and opens the screen', async () => {
    let opened = 0;
    renderScreen(<ProtocolHomeCard onOpen={() => void opened++} />, {
      language: 'ru',
      handlers: { getVotingDay: () => closedDay },
    });
    expect(
      await screen.findByText(/^Голосование закрыто в .*: далее подсчёт и протокол\.$/),
    ).toBeTruthy();
    fireEvent.click(button(translate('ru', 'protocol.home.action')));
    expect(opened).toBe(1);
  });

  it('names the signed version, and shows nothing for a package without a ballot', async () => {
    const signed = { ...closedDay, versions: [{ ...signedVersion, version: 2 }] };
    const { unmount } = renderScreen(<ProtocolHomeCard onOpen={() => undefined} />, {
      handlers: { getVotingDay: () => signed },
    });
    expect(await screen.findByText(/^Protocol version 2 signed at /)).toBeTruthy();
    unmount();
    renderScreen(<ProtocolHomeCard onOpen={() => undefined} />, {
      handlers: { getVotingDay: () => ({ ...closedDay, ballot: null }) },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('home-protocol')).toBeNull();
  });
});

const signedVersion: VotingDayView['versions'][number] = {
  protocolId: 'p-1',
  version: 1,
  supersedes: null,
  correctionReason: null,
  figures: {
    ballots_received: 10,
    issued_at_station: 3,
    issued_at_home: 0,
    spoiled: 0,
    unused: 7,
    in_stationary_boxes: 3,
    in_portable_boxes: 0,
    questions: [{ question_id: 'q1', valid: 3, invalid: 0, votes: { yes: 2, no: 1 } }],
  },
  explanations: {},
  signedBy: [{ id: 'm-chair', name: 'Aigerim Sadykova', role: 'chair' }],
  signedAt: '2027-03-19T16:00:00Z',
};
