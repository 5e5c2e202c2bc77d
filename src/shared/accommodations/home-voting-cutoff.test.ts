import { describe, expect, it } from 'vitest';
import { homeVotingCutoffMoment, isLateForHomeVoting } from './home-voting-cutoff';

describe('home-voting cut-off', () => {
  it('accepts requests until the cut-off minute on voting day, by default 12:00', () => {
    expect(homeVotingCutoffMoment('2027-03-19')).toBe('2027-03-19T12:00');
    expect(isLateForHomeVoting('2027-03-18T23:59', '2027-03-19')).toBe(false);
    expect(isLateForHomeVoting('2027-03-19T11:59', '2027-03-19')).toBe(false);
    expect(isLateForHomeVoting('2027-03-19T12:00', '2027-03-19')).toBe(false);
    expect(isLateForHomeVoting('2027-03-19T12:01', '2027-03-19')).toBe(true);
    expect(isLateForHomeVoting('2027-03-20T08:00', '2027-03-19')).toBe(true);
  });

  it('follows the time set for the election', () => {
    expect(isLateForHomeVoting('2027-03-19T10:30', '2027-03-19', '10:00')).toBe(true);
    expect(isLateForHomeVoting('2027-03-19T13:30', '2027-03-19', '14:00')).toBe(false);
  });
});
