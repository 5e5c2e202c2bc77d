import type { MemberInput, PrecinctSetup } from '@shared/api';
import type { PackageContent } from '@shared/sync/package-content';

/** The precinct's setup as a package's content states it (what a manual setup would enter). */
export const setupOf = (c: PackageContent): PrecinctSetup => ({
  electionKind: c.election.kind,
  electionName: c.election.name,
  votingDay: c.election.voting_day,
  votingHours: { opens: c.election.opens, closes: c.election.closes },
  precinctNumber: c.precinct.number,
  precinctName: c.precinct.name,
  region: c.precinct.region,
  district: c.precinct.district,
  address: c.precinct.address,
  timeZone: c.precinct.time_zone,
});

/** A commission member of the package as the members feature records one. */
export const memberInput = (m: { full_name: string; role: MemberInput['role'] }): MemberInput => ({
  fullName: m.full_name,
  role: m.role,
});
