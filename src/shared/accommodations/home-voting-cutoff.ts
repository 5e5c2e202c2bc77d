/**
 * The home-voting cut-off: a request to vote at the place of stay is accepted until a
 * precinct-local time on voting day (12:00 by default, set per election; docs/domain.md, "Home
 * voting"). The rule compares precinct-local wall times, so it holds in the precinct's own zone
 * wherever the laptop's clock is set, at a mission abroad as at home.
 */
import { DEFAULT_HOME_VOTING_CUTOFF } from './accommodation-kinds';

/** The cut-off as a precinct-local moment `YYYY-MM-DDTHH:MM`. */
export function homeVotingCutoffMoment(
  votingDay: string,
  cutoffTime: string = DEFAULT_HOME_VOTING_CUTOFF,
): string {
  return `${votingDay}T${cutoffTime}`;
}

/**
 * Late: received after the cut-off (docs/domain.md, "Home voting"), so a request taken at 12:00
 * exactly is in time and one at 12:01 is late; any day after voting day is late too. Both moments are precinct-local `YYYY-MM-DDTHH:MM`, which sort as text.
 */
export function isLateForHomeVoting(
  receivedLocal: string,
  votingDay: string,
  cutoffTime: string = DEFAULT_HOME_VOTING_CUTOFF,
): boolean {
  return receivedLocal > homeVotingCutoffMoment(votingDay, cutoffTime);
}
