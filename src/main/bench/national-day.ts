/**
 * One precinct's voting day in the national bench: who votes, on which laptop, at what local
 * time, and the laptops' events (ballots, home votes with their requests, inquiries, log
 * entries, a few ballots undone and list corrections) with their hash chains, cut into the
 * 4–6 exports each laptop makes through the day, every file holding what is new since the last.
 */
import { canonicalJson } from '../core/kernel/events/canonical-json';
import { eventHash, GENESIS_HASH } from '../core/kernel/events/event-hash';
import type { EventRow } from '../core/kernel/events/event-log';
import { formatHlc } from '../core/kernel/events/hlc';
import { instantOfRuleTime } from '../core/kernel/time/local-instant';
import { sampleRequest } from './sample-request';
import {
  nationalIin,
  NATIONAL_VOTING_DAY,
  seededRandom,
  type NationalPlan,
  type PlannedPrecinct,
} from './national-plan';

export const chairOf = (p: PlannedPrecinct) => `${p.precinctId}-chair`;
export const memberOf = (p: PlannedPrecinct, laptop: number) => `${p.precinctId}-m${laptop + 1}`;
export const deviceOf = (p: PlannedPrecinct, laptop: number) => `${p.precinctId}-l${laptop + 1}`;

/** The voters on a precinct's list: its own, then the ones planted from other lists. */
export function listOf(plan: NationalPlan, p: PlannedPrecinct): number[] {
  const voters: number[] = [];
  for (let v = p.firstVoter; v < p.firstVoter + p.voters; v++) voters.push(v);
  for (const [voter, other] of plan.conflicts.overlaps) if (other === p.index) voters.push(voter);
  return voters;
}

interface Planned {
  /** Minutes after the opening, local. */
  at: number;
  type: string;
  actor: string;
  payload: Record<string, unknown>;
}

/** Ballots come in a morning and an evening wave (minutes after 07:00, 0 to 780). */
function votingMinute(next: () => number): number {
  const wave = next();
  const centre = wave < 0.45 ? 180 : wave < 0.7 ? 420 : 660;
  const spread = next() + next() + next() - 1.5;
  return Math.min(779, Math.max(0, Math.round(centre + spread * 220)));
}

/**
 * Every laptop's events of the day, in time order, before their sequence numbers: a voter's
 * ballot on the laptop of its turn (a planted double on two), its home vote's request earlier.
 */
function plannedDay(plan: NationalPlan, p: PlannedPrecinct): Planned[][] {
  const next = seededRandom(plan.seed * 100_003 + p.index);
  const doubles = new Set(plan.conflicts.doubles);
  const overlapOther = new Map(plan.conflicts.overlaps.map(([v, other]) => [v, other]));
  const days: Planned[][] = Array.from({ length: p.laptops }, () => []);
  const add = (laptop: number, event: Planned) => days[laptop % p.laptops]?.push(event);
  let counter = 0;
  const ballot = (laptop: number, iin: string, at: number, home: boolean) => {
    const member = memberOf(p, laptop % p.laptops);
    const id = `${deviceOf(p, laptop % p.laptops)}-b${counter++}`;
    if (home) {
      add(laptop, {
        at: Math.max(0, at - 120),
        type: 'accommodation.request_recorded',
        actor: member,
        payload: homeRequest(p, laptop, iin, counter),
      });
    }
    add(laptop, {
      at,
      type: 'ballot.issued',
      actor: member,
      payload: {
        ballot_id: id,
        document_checked: true,
        helper_name: null,
        iin,
        place: home ? 'portable_box' : 'station',
      },
    });
    return id;
  };
  if (p.laptops > 1) {
    // The chair splits the list between the laptops first thing: it vouches for each of them.
    const letters = ['А', 'К', 'Р', 'Я'];
    add(0, {
      at: 0,
      type: 'voters.sections_set',
      actor: chairOf(p),
      payload: {
        sections: Array.from({ length: p.laptops }, (_, i) => ({
          section_id: `${p.precinctId}-s${i + 1}`,
          name: `Section ${i + 1}`,
          rule: { kind: 'alphabet', from: letters[i], to: letters[i + 1] },
          device_id: deviceOf(p, i),
          desk_label: `Desk ${i + 1}`,
        })),
      },
    });
  }
  for (const voter of listOf(plan, p)) {
    const own = voter >= p.firstVoter && voter < p.firstVoter + p.voters;
    const iin = nationalIin(voter);
    const planted = doubles.has(voter);
    // An overlapping voter votes on the other list only when planted as a double.
    if (!own && !planted) continue;
    if (!planted && next() >= p.turnout) continue;
    const at = votingMinute(next);
    const home = !planted && next() < 0.04;
    const laptop = voter % p.laptops;
    const id = ballot(laptop, iin, at, home);
    if (own && planted && !overlapOther.has(voter)) {
      // The same voter at another table a while later.
      ballot(laptop + 1, iin, Math.min(779, at + 30), false);
    }
    if (!planted && next() < 0.003) {
      add(laptop, {
        at: Math.min(779, at + 5),
        type: 'ballot.undone',
        actor: chairOf(p),
        payload: { ballot_id: id, iin, reason: 'Issued by mistake' },
      });
    }
    if (next() < 0.1) {
      add(laptop, {
        at: Math.max(0, at - 1),
        type: 'voter.inquiry_answered',
        actor: memberOf(p, laptop),
        payload: { found: true, method: 'iin' },
      });
    }
    if (own && next() < 0.002) {
      add(laptop, {
        at,
        type: 'voter.corrected',
        actor: memberOf(p, laptop),
        payload: {
          document_ref: null,
          field: 'address',
          iin,
          new_value: 'New address',
          old_value: 'C',
          reason: 'Moved',
        },
      });
    }
  }
  const entries = Math.max(1, Math.round(p.voters / 150));
  for (let e = 0; e < entries; e++) {
    const laptop = e % p.laptops;
    const at = Math.floor(next() * 780);
    add(laptop, {
      at,
      type: 'infolog.entry_recorded',
      actor: memberOf(p, laptop),
      payload: {
        deadline: null,
        details: {
          answer: 'Explained where to vote',
          channel: 'in_person',
          followUp: false,
          kind: 'inquiry',
          topic: 'where_to_vote',
        },
        entry_id: `${deviceOf(p, laptop)}-e${e}`,
        occurred_at: new Date(opening(p) + at * 60_000).toISOString(),
        occurred_local: localMoment(at),
      },
    });
  }
  for (const day of days) day.sort((a, b) => a.at - b.at);
  return days;
}

function homeRequest(p: PlannedPrecinct, laptop: number, iin: string, n: number) {
  const device = deviceOf(p, laptop % p.laptops);
  return sampleRequest({
    requestId: `${device}-r${n}`,
    iin,
    receivedAt: `${NATIONAL_VOTING_DAY}T01:00:00.000Z`,
    receivedLocal: `${NATIONAL_VOTING_DAY}T07:00`,
    receivedBy: memberOf(p, laptop % p.laptops),
    itemId: `${device}-i${n}`,
    kind: 'home_voting',
  });
}

/** The precinct's opening, 07:00 in its own zone, as an instant. */
const opening = (p: PlannedPrecinct) => instantOfRuleTime(NATIONAL_VOTING_DAY, '07:00', p.timeZone);

function localMoment(minutes: number): string {
  const h = 7 + Math.floor(minutes / 60);
  return `${NATIONAL_VOTING_DAY}T${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface LaptopExport {
  laptop: number;
  round: number;
  events: EventRow[];
}

/**
 * Each laptop's day as events with their chain, cut into its exports (4 to 6, at times spread
 * over the day; the last after the close): what each file holds is new since the one before.
 */
export function precinctExports(plan: NationalPlan, p: PlannedPrecinct): LaptopExport[] {
  const next = seededRandom(plan.seed * 7_919 + p.index);
  const start = opening(p);
  const out: LaptopExport[] = [];
  plannedDay(plan, p).forEach((day, laptop) => {
    const deviceId = deviceOf(p, laptop);
    const exports = 4 + Math.floor(next() * 3);
    // Cut minutes: evenly through the day with some jitter, the last one after 20:00.
    const cuts = Array.from({ length: exports - 1 }, (_, k) =>
      Math.round(((k + 1) * 780) / exports + (next() - 0.5) * 40),
    );
    cuts.push(Number.POSITIVE_INFINITY);
    let prev = GENESIS_HASH;
    let seq = 0;
    let lastPhysical = 0;
    let cut = 0;
    let events: EventRow[] = [];
    const flush = () => {
      if (events.length > 0) out.push({ laptop, round: cut + 1, events });
      events = [];
    };
    for (const planned of day) {
      while (planned.at >= (cuts[cut] ?? Infinity)) {
        flush();
        cut++;
      }
      seq++;
      // Events of one minute get distinct, increasing stamps, as a laptop's clock gives them.
      const physical = Math.max(lastPhysical + 1, start + planned.at * 60_000 + (seq % 997) * 37);
      lastPhysical = physical;
      const hlc = formatHlc({ physical, counter: 0 });
      const payloadJson = canonicalJson(planned.payload);
      const hash = eventHash(prev, {
        deviceId,
        seq,
        hlc,
        type: planned.type,
        actor: planned.actor,
        payloadJson,
      });
      events.push({
        device_id: deviceId,
        seq,
        hlc,
        type: planned.type,
        actor: planned.actor,
        payload_json: payloadJson,
        prev_hash: prev,
        hash,
      });
      prev = hash;
    }
    flush();
  });
  return out;
}
