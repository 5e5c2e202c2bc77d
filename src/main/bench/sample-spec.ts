import { SAMPLE_BALLOT } from './sample-ballot';

/**
 * A precinct's SPEC.json (docs/precinct-spec.md) as the bench and the tests make packages
 * from it: a Mazhilis election in Almaty time, a chair and a member.
 */
export interface SampleSpecOptions {
  electionId: string;
  precinctId: string;
  number: number;
  votingDay: string;
  /** Default: "School No. <number>". */
  name?: string;
  /** Default: Almaty. */
  region?: string;
  /** How many laptops (device slots); left out, the spec's default of one. */
  laptops?: number;
  /** Default: Aigerim Sadykova (chair) and Nurlan Omarov (member). */
  members?: { full_name: string; role: string }[];
}

export function sampleSpec(o: SampleSpecOptions) {
  return {
    ...(o.laptops === undefined ? {} : { laptops: o.laptops }),
    election: {
      election_id: o.electionId,
      kind: 'election',
      name: 'Election of deputies of the Mazhilis',
      voting_day: o.votingDay,
      opens: '07:00',
      closes: '20:00',
      ballot: SAMPLE_BALLOT,
    },
    precinct: {
      precinct_id: o.precinctId,
      number: o.number,
      name: o.name ?? `School No. ${o.number}`,
      region: o.region ?? 'Almaty',
      district: 'Bostandyq',
      address: 'Almaty, Timiryazev St 15',
      time_zone: 'Asia/Almaty',
      abroad: false,
      country: null,
    },
    members: o.members ?? [
      { full_name: 'Aigerim Sadykova', role: 'chair' },
      { full_name: 'Nurlan Omarov', role: 'member' },
    ],
  };
}
