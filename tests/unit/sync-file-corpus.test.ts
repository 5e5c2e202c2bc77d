/**
 * A corpus of bad sync files offered to the central commission's store: each made by code from
 * a good file or from the key of an enrolled laptop (as if stolen), each refused with its code
 * (docs/sync-format.md, docs/central-store.md) by `sync import` and `sync verify`, and each
 * leaving the store's content exactly as it was (only the import log gains its line).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RejectCode } from '../../src/shared/supervisor/supervisor-contract';
import type { PackageContent } from '../../src/shared/sync/package-content';
import type { EventRow } from '../../src/main/core/kernel/events/event-log';
import { newSigningKeyPair, signBytes } from '../../src/main/core/airgap/keys';
import { certify } from '../../src/main/core/airgap/sync-file';
import { newHandoverCode } from '../../src/main/core/airgap/handover-code';
import { importAll } from '../../src/main/core/features/supervisor/import-run';
import { runCli } from '../../src/main/cli/run-cli';
import { adminDoor, asAdmin } from '../support/cli';
import { sampleVoters } from '../../src/main/bench/sample-voters';
import {
  addPrecinct,
  centralFixture,
  enrolDevice,
  VOTING_DAY,
  type CentralFixture,
} from '../support/supervisor';
import { makeTestCore, readHandle } from '../support/core';
import { tableDigests } from '../support/store-digest';
import {
  canMakePipes,
  chainAfter,
  eventLine,
  flipByte,
  guardedPipe,
  headerOf,
  lineEnd,
  namedPipe,
  rechained,
  recordChain,
  resigned,
  sealSync,
  setByte,
  sparseFile,
  withFirstLine,
  type RecordedEvent,
  type SealInput,
  type Signer,
} from '../support/bad-files';

/** The codes of the import, the code being added for events outside authority, and the package reader's. */
type Code = RejectCode | 'unauthorized_event' | 'not_a_package';

// ---- the world the files are offered to --------------------------------------------------

interface World {
  fx: CentralFixture;
  /** The central store's data folder, for the command line. */
  dataDir: string;
  /** Precinct p-7 of the election, whose laptops dev-a and dev-b are enrolled. */
  content: PackageContent;
  chair: string;
  member: string;
  iins: string[];
  /** dev-a: its key is the one a test holds as if stolen. */
  a: Signer;
  /** dev-b: another laptop of the same precinct. */
  b: Signer;
  /** dev-a's log: six ballots issued by the member. */
  aRows: EventRow[];
  bRows: EventRow[];
  /** All of dev-a's log, as its laptop exports it. */
  good: Buffer;
  /** A file of `events` signed by dev-a (or `input.signer`) for p-7. */
  seal(events: readonly EventRow[], input?: Partial<SealInput>): Buffer;
  /** Imports a file the test needs stored first; fails the test unless it is accepted. */
  accept(bytes: Buffer): void;
}

const signer = (content: PackageContent, deviceId: string, slot: number): Signer => {
  const d = enrolDevice(content, deviceId, slot);
  return {
    deviceId,
    publicKey: d.key.publicKey,
    privateKeyPem: d.key.privateKeyPem,
    certificate: d.certificate,
  };
};

let world: World | null = null;
afterEach(() => {
  world?.fx.dispose();
  world = null;
});

async function makeWorld(): Promise<World> {
  const fx = centralFixture();
  const voters = [...sampleVoters(10, VOTING_DAY, 7)];
  // Three laptop slots: dev-a takes 1, dev-b 2; slot 3 is free (its key still in the package).
  const content = await addPrecinct(fx, 'p-7', 7, voters, undefined, 3);
  await addPrecinct(fx, 'p-8', 8);
  // Another election the central commission also made a package for.
  await addPrecinct(fx, 'p-9', 9, undefined, 'kz-2028-referendum');
  const chair = content.members.find((m) => m.role === 'chair')?.member_id as string;
  const member = content.members.find((m) => m.role === 'member')?.member_id as string;
  const iins = voters.map((v) => v.iin);
  const ballot = (i: number): RecordedEvent => [
    'ballot.issued',
    member,
    {
      ballot_id: `b-${i}`,
      iin: iins[i] as string,
      place: 'station',
      helper_name: null,
      document_checked: true,
    },
  ];
  const a = signer(content, 'dev-a', 1);
  const b = signer(content, 'dev-b', 2);
  const aRows = recordChain('dev-a', [0, 1, 2, 3, 4, 5].map(ballot));
  const bRows = recordChain('dev-b', [6, 7].map(ballot));
  const seal = (events: readonly EventRow[], input: Partial<SealInput> = {}) =>
    sealSync({
      signer: a,
      electionId: content.election.election_id,
      precinctId: content.precinct.precinct_id,
      events,
      recipients: [fx.keys.encryption.publicKey, content.precinct_key.encryption_public_key],
      ...input,
    });
  // The command line opens the store as the administrator, through its door.
  await adminDoor(join(fx.dir, 'central'), fx.storeKey);
  const w: World = {
    fx,
    dataDir: join(fx.dir, 'central'),
    content,
    chair,
    member,
    iins,
    a,
    b,
    aRows,
    bRows,
    good: seal(aRows),
    seal,
    accept(bytes) {
      const run = importAll(fx.ctx, [
        fx.file(`first-${createHash('sha256').update(bytes).digest('hex')}.pdsync`, bytes),
      ]);
      expect(run.files[0]).toMatchObject({ status: 'accepted' });
    },
  };
  world = w;
  return w;
}

// ---- helpers for the cases ---------------------------------------------------------------

/** Bytes that look like nothing: SHA-256 in counter mode, the same at every run. */
function noise(length: number, seed: string): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; parts.length * 32 < length; i++) {
    parts.push(createHash('sha256').update(`${seed}:${i}`).digest());
  }
  return Buffer.concat(parts).subarray(0, length);
}

/** The header line replaced by `header` as is, the signature left as it was. */
function withHeaderLine(bytes: Buffer, header: Record<string, unknown>): Buffer {
  return Buffer.concat([
    bytes.subarray(0, lineEnd(bytes, 1) + 1),
    Buffer.from(JSON.stringify(header), 'utf8'),
    bytes.subarray(lineEnd(bytes, 2)),
  ]);
}

const without = (header: Record<string, unknown>, field: string) => {
  const copy = { ...header };
  delete copy[field];
  return copy;
};

/** Files the store refuses by what it holds: for them, what it holds is made first. */
function revokeDevice(w: World, deviceId: string): void {
  w.fx.db
    .prepare(
      `UPDATE devices SET revoked_at = '2027-03-19T13:00:00.000Z', revoked_by = 'Supervisor',
         revoked_reason = 'Laptop stolen', revoked_head_seq = head_seq WHERE device_id = ?`,
    )
    .run(deviceId);
}

// ---- the corpus ---------------------------------------------------------------------------

/** What a case offers: a file's bytes, or a path it made itself (a folder, a pipe, a huge file). */
type Offer = Buffer | { path: string; pipe?: boolean };

interface Case {
  name: string;
  build: (w: World) => Offer | Promise<Offer>;
  code: Code;
  /** Offered to `package verify` and package load instead of the sync import. */
  asPackage?: boolean;
  /** Tables the refusal itself writes besides the import log (a fork's alarm). */
  writes?: string[];
  /** Skipped on this platform. */
  skip?: boolean;
}

const ENVELOPE: Case[] = [
  {
    name: 'magic line: one byte changed (PRECINCT-DESK-RYNC)',
    build: (w) => flipByte(w.good, 'PRECINCT-DESK-'.length),
    code: 'not_a_sync_file',
  },
  {
    name: 'magic wrong: another format of ours (PRECINCT-DESK-BACKUP 1)',
    build: (w) => withFirstLine(w.good, 'PRECINCT-DESK-BACKUP 1'),
    code: 'not_a_sync_file',
  },
  {
    name: 'magic line: a future version (PRECINCT-DESK-SYNC 3)',
    build: (w) => withFirstLine(w.good, 'PRECINCT-DESK-SYNC 3'),
    code: 'unsupported_version',
  },
  {
    name: 'magic line: version 2 (a restored range) over a header without one',
    build: (w) => withFirstLine(w.good, 'PRECINCT-DESK-SYNC 2'),
    code: 'malformed',
  },
  {
    name: 'line ends turned into CRLF on the way',
    build: (w) => {
      const end = lineEnd(w.good, 3);
      const head = w.good
        .subarray(0, end + 1)
        .toString('latin1')
        .replaceAll('\n', '\r\n');
      return Buffer.concat([Buffer.from(head, 'latin1'), w.good.subarray(end + 1)]);
    },
    code: 'not_a_sync_file',
  },
  {
    name: 'header: one byte changed',
    build: (w) => flipByte(w.good, w.good.indexOf('2027-03-19T15') + 3),
    code: 'bad_signature',
  },
  {
    name: 'header: a byte that breaks its JSON',
    build: (w) => setByte(w.good, lineEnd(w.good, 1) + 1, 0x28),
    code: 'malformed',
  },
  {
    name: 'signature line: one base64 character changed',
    build: (w) => {
      const at = lineEnd(w.good, 2) + 10;
      return setByte(w.good, at, w.good[at] === 0x41 ? 0x42 : 0x41);
    },
    code: 'bad_signature',
  },
  {
    name: 'signature line: a character outside base64',
    build: (w) => setByte(w.good, lineEnd(w.good, 2) + 10, 0x2e),
    code: 'malformed',
  },
  {
    name: 'body: one byte changed',
    build: (w) => flipByte(w.good, lineEnd(w.good, 3) + 40),
    code: 'body_mismatch',
  },
  {
    name: 'body: its last byte (the GCM tag) changed',
    build: (w) => flipByte(w.good, w.good.length - 1),
    code: 'body_mismatch',
  },
  { name: 'an empty file', build: () => Buffer.alloc(0), code: 'not_a_sync_file' },
  {
    name: 'truncated inside the magic line, before the format name',
    build: (w) => w.good.subarray(0, 8),
    code: 'not_a_sync_file',
  },
  {
    name: 'truncated inside the magic line, after PRECINCT-DESK-',
    build: (w) => w.good.subarray(0, 16),
    code: 'malformed',
  },
  {
    name: 'truncated inside the header',
    build: (w) => w.good.subarray(0, lineEnd(w.good, 1) + 40),
    code: 'malformed',
  },
  {
    name: 'truncated inside the signature line',
    build: (w) => w.good.subarray(0, lineEnd(w.good, 2) + 30),
    code: 'malformed',
  },
  {
    name: 'truncated right after the signature line (no body)',
    build: (w) => w.good.subarray(0, lineEnd(w.good, 3) + 1),
    code: 'body_mismatch',
  },
  {
    name: 'truncated inside the body',
    build: (w) => w.good.subarray(0, w.good.length - 100),
    code: 'body_mismatch',
  },
  {
    name: 'bytes appended after the body',
    build: (w) => Buffer.concat([w.good, Buffer.from('\n')]),
    code: 'body_mismatch',
  },
  { name: 'random bytes', build: () => noise(4096, 'random'), code: 'not_a_sync_file' },
  {
    name: 'the magic line, then random bytes',
    build: () => Buffer.concat([Buffer.from('PRECINCT-DESK-SYNC 1\n'), noise(4096, 'after')]),
    code: 'malformed',
  },
];

const HEADER: Case[] = [
  {
    name: 'header missing a field (certificate), signed again',
    build: (w) => resigned(w.good, w.a.privateKeyPem, (h) => without(h, 'certificate')),
    code: 'malformed',
  },
  {
    name: 'header missing its slot number, signed again',
    build: (w) => resigned(w.good, w.a.privateKeyPem, (h) => without(h, 'slot')),
    code: 'malformed',
  },
  {
    name: 'a header from before device slots (an enrolment signature, no certificate)',
    build: (w) =>
      resigned(w.good, w.a.privateKeyPem, (h) => ({
        ...without(without(without(h, 'certificate'), 'slot'), 'slot_public_key'),
        enrollment_signature: h.certificate,
      })),
    code: 'malformed',
  },
  {
    name: 'header missing body_sha256, signed again',
    build: (w) => resigned(w.good, w.a.privateKeyPem, (h) => without(h, 'body_sha256')),
    code: 'malformed',
  },
  {
    name: 'header with a field added after signing',
    build: (w) => withHeaderLine(w.good, { ...headerOf(w.good), priority: 'urgent' }),
    code: 'bad_signature',
  },
  {
    name: 'header field of the wrong type (first_seq as text), signed again',
    build: (w) => resigned(w.good, w.a.privateKeyPem, (h) => ({ ...h, first_seq: '1' })),
    code: 'malformed',
  },
  {
    name: 'header field of the wrong type (recipients as one string), signed again',
    build: (w) =>
      resigned(w.good, w.a.privateKeyPem, (h) => ({
        ...h,
        recipients: (h.recipients as string[]).join(','),
      })),
    code: 'malformed',
  },
  {
    name: 'header that is a JSON array, signed again',
    build: (w) => resigned(w.good, w.a.privateKeyPem, (h) => Object.entries(h)),
    code: 'malformed',
  },
  {
    name: 'header whose event_count disagrees with its range, signed again',
    build: (w) => resigned(w.good, w.a.privateKeyPem, (h) => ({ ...h, event_count: 5 })),
    code: 'malformed',
  },
  {
    name: 'header whose counts add up to another total, signed again',
    build: (w) =>
      resigned(w.good, w.a.privateKeyPem, (h) => ({ ...h, counts: { 'ballot.issued': 7 } })),
    code: 'malformed',
  },
  {
    name: 'header naming a longer body than there is, signed again',
    build: (w) =>
      resigned(w.good, w.a.privateKeyPem, (h) => ({
        ...h,
        body_bytes: (h.body_bytes as number) + 1,
      })),
    code: 'body_mismatch',
  },
];

const KIND_AND_SIZE: Case[] = [
  {
    name: 'a precinct package offered as a sync file',
    build: (w) =>
      readFileSync(
        (
          w.fx.db.prepare("SELECT path FROM packages WHERE precinct_id = 'p-7'").get() as {
            path: string;
          }
        ).path,
      ),
    code: 'not_a_sync_file',
  },
  {
    name: 'a sync file offered to package verify and to package load',
    build: (w) => w.good,
    code: 'not_a_package',
    asPackage: true,
  },
  {
    name: 'a sparse file of 257 MiB, refused before it is read',
    build: (w) => ({ path: sparseFile(join(w.fx.dir, 'huge.pdsync'), 257 * 1024 * 1024) }),
    code: 'too_large',
  },
  {
    name: 'a named pipe in the import folder: refused without being opened, no hang',
    build: (w) => {
      const folder = join(w.fx.dir, 'stick');
      mkdirSync(folder);
      namedPipe(join(folder, 'a.pdsync'));
      return { path: folder, pipe: true };
    },
    code: 'malformed',
    // Skipped only where the system has no mkfifo (a named pipe cannot be made there, so
    // there is nothing to refuse); on Linux and macOS, CI included, it runs.
    skip: !canMakePipes,
  },
];

const TRUST: Case[] = [
  {
    name: 'a device certified by a slot key the central store never made',
    build: (w) => {
      const foreign = newSigningKeyPair();
      const slots = w.content.slots.map((s) =>
        s.slot === 3 ? { ...s, public_key: foreign.publicKey, key_pem: foreign.privateKeyPem } : s,
      );
      const stranger = signer({ ...w.content, slots }, 'dev-x', 3);
      const rows = chainAfter(null, 'dev-x', [
        {
          type: 'ballot.issued',
          actor: w.member,
          payload: {
            ballot_id: 'x-1',
            document_checked: true,
            helper_name: null,
            iin: w.iins[9],
            place: 'station',
          },
        },
      ]);
      return w.seal(rows, { signer: stranger });
    },
    code: 'unknown_slot',
  },
  {
    name: 'a revoked device: a file beyond its head at revocation',
    build: (w) => {
      w.accept(w.seal(w.aRows.slice(0, 3)));
      revokeDevice(w, 'dev-a');
      return w.good;
    },
    code: 'revoked_device',
  },
  {
    name: 'another election in the header than the enrolment (one central knows)',
    build: (w) => w.seal(w.aRows, { electionId: 'kz-2028-referendum' }),
    code: 'wrong_election',
  },
  {
    name: 'an election the central commission never made packages for',
    build: (w) => w.seal(w.aRows, { electionId: 'kz-2031-other' }),
    code: 'wrong_election',
  },
  {
    name: 'another precinct of the same election in the header than the enrolment',
    build: (w) => w.seal(w.aRows, { precinctId: 'p-8' }),
    code: 'unknown_device',
  },
  {
    name: "another laptop's device id, signed by a stolen key with that key's certificate",
    build: (w) => {
      w.accept(w.seal(w.bRows, { signer: w.b }));
      const more = chainAfter(w.bRows.at(-1) ?? null, 'dev-b', [
        { type: 'member.logged_in', actor: w.member, payload: { member_id: w.member } },
      ]);
      return w.seal(more, { signer: { ...w.a, deviceId: 'dev-b' } });
    },
    code: 'unknown_device',
  },
  {
    name: "another laptop's device id, a known laptop's key certified anew with the free slot",
    build: (w) => {
      // One key is one device: dev-a's key, known here, claims no other id.
      w.accept(w.seal(w.aRows.slice(0, 3)));
      w.accept(w.seal(w.bRows, { signer: w.b }));
      const free = w.content.slots.find((s) => s.slot === 3);
      if (!free?.key_pem) throw new Error('slot 3 is offered');
      const signature = certify(free.key_pem, {
        device_id: 'dev-b',
        device_public_key: w.a.publicKey,
        election_id: w.content.election.election_id,
        precinct_id: 'p-7',
        slot: 3,
      });
      const more = chainAfter(w.bRows.at(-1) ?? null, 'dev-b', [
        { type: 'member.logged_in', actor: w.member, payload: { member_id: w.member } },
      ]);
      const certificate = { slot: 3, slotPublicKey: free.public_key, signature };
      return w.seal(more, { signer: { ...w.a, deviceId: 'dev-b', certificate } });
    },
    code: 'unknown_device',
  },
  {
    name: 'a body encrypted to the precinct key only, not to the central one',
    build: (w) => w.seal(w.aRows, { recipients: [w.content.precinct_key.encryption_public_key] }),
    code: 'body_mismatch',
  },
  {
    name: 'a later file of a device with a bad certificate signature (its first file was fine)',
    build: (w) => {
      w.accept(w.seal(w.aRows.slice(0, 3)));
      const forged = signBytes(newSigningKeyPair().privateKeyPem, Buffer.from('x')).toString(
        'base64',
      );
      const certificate = { ...w.a.certificate, signature: forged };
      return w.seal(w.aRows.slice(3), { signer: { ...w.a, certificate } });
    },
    code: 'unknown_device',
  },
];

/** dev-a's rows with one event's payload changed (its ballot id), hashes left as they were. */
const alteredPayload = (rows: readonly EventRow[], index: number): EventRow[] =>
  rows.map((r, i) =>
    i === index ? { ...r, payload_json: r.payload_json.replace('"b-', '"B-') } : r,
  );

const CHAIN: Case[] = [
  {
    name: 'stolen key: events reordered',
    build: (w) => {
      const [e1, e2, e3, ...rest] = w.aRows as [EventRow, EventRow, EventRow, ...EventRow[]];
      return w.seal(w.aRows, { lines: [e1, e3, e2, ...rest].map(eventLine) });
    },
    code: 'chain_broken',
  },
  {
    name: 'stolen key: an event duplicated',
    build: (w) => {
      const [e1, e2, e3, e4, e5] = w.aRows as EventRow[];
      return w.seal(w.aRows, {
        lines: [e1, e2, e2, e3, e4, e5].map((e) => eventLine(e as EventRow)),
      });
    },
    code: 'chain_broken',
  },
  {
    name: 'stolen key: an event missing (a gap inside the file)',
    build: (w) => {
      const kept = w.aRows.filter((e) => e.seq !== 3);
      // The header tells the truth about what the body holds: five events, seq 1 to 5.
      return w.seal(kept, {
        lines: kept.map(eventLine),
        header: (h) => ({ ...h, last_seq: 5, event_count: 5 }),
      });
    },
    code: 'chain_broken',
  },
  {
    name: 'stolen key: a payload changed without rehashing',
    build: (w) => w.seal(w.aRows, { lines: alteredPayload(w.aRows, 2).map(eventLine) }),
    code: 'chain_broken',
  },
  {
    name: 'stolen key: a payload changed and rehashed, unlike the chain the store holds',
    build: (w) => {
      w.accept(w.good);
      return w.seal(
        rechained(w.aRows, 2, (r) => ({
          ...r,
          payload_json: r.payload_json.replace('"b-', '"B-'),
        })),
      );
    },
    code: 'fork',
    writes: ['alarms'],
  },
  {
    name: 'stolen key: an event of another device inside the file',
    build: (w) => {
      const lines = w.aRows.map(eventLine);
      lines[1] = eventLine(w.bRows[1] as EventRow);
      return w.seal(w.aRows, { lines });
    },
    code: 'chain_broken',
  },
  {
    name: 'stolen key: an extra event line after the ones the header counts',
    build: (w) => w.seal(w.aRows.slice(0, 5), { lines: w.aRows.map(eventLine) }),
    code: 'chain_broken',
  },
  {
    name: 'stolen key: a head_hash no event reaches',
    build: (w) => w.seal(w.aRows, { header: (h) => ({ ...h, head_hash: 'e'.repeat(64) }) }),
    code: 'chain_broken',
  },
  {
    name: 'stolen key: a plain body without its last newline',
    build: (w) =>
      w.seal(w.aRows, { plain: Buffer.from(w.aRows.map(eventLine).join('\n'), 'utf8') }),
    code: 'malformed',
  },
];

/** dev-a's first ballots, then events its actors may not record. */
const withEvents = (w: World, events: Parameters<typeof chainAfter>[2]) =>
  w.seal([...w.aRows.slice(0, 2), ...chainAfter(w.aRows[1] ?? null, 'dev-a', events)]);

const AUTHORITY: Case[] = [
  {
    name: 'stolen key: a member records ballot.undone',
    build: (w) =>
      withEvents(w, [
        {
          type: 'ballot.undone',
          actor: w.member,
          payload: { ballot_id: 'b-0', iin: w.iins[0], reason: 'Spoiled' },
        },
      ]),
    code: 'unauthorized_event',
    writes: ['alarms'],
  },
  {
    name: 'stolen key: a member records member.deactivated of the chair',
    build: (w) =>
      withEvents(w, [
        {
          type: 'member.deactivated',
          actor: w.member,
          payload: { member_id: w.chair, reason: 'Removed', replaced_by: w.member },
        },
      ]),
    code: 'unauthorized_event',
    writes: ['alarms'],
  },
  {
    name: 'stolen key: the chair records ballot.issued (the chair issues no ballots)',
    build: (w) =>
      withEvents(w, [
        {
          type: 'ballot.issued',
          actor: w.chair,
          payload: {
            ballot_id: 'b-c',
            document_checked: true,
            helper_name: null,
            iin: w.iins[8],
            place: 'station',
          },
        },
      ]),
    code: 'unauthorized_event',
    writes: ['alarms'],
  },
  {
    name: 'stolen key: an event by an actor who is no member of the precinct',
    build: (w) =>
      withEvents(w, [
        {
          type: 'ballot.issued',
          actor: 'm-intruder',
          payload: {
            ballot_id: 'b-i',
            document_checked: true,
            helper_name: null,
            iin: w.iins[9],
            place: 'station',
          },
        },
      ]),
    code: 'unauthorized_event',
    writes: ['alarms'],
  },
];

const VERSION_ZERO: Case = {
  name: 'magic line: version 0 (PRECINCT-DESK-SYNC 0)',
  build: (w) => withFirstLine(w.good, 'PRECINCT-DESK-SYNC 0'),
  code: 'unsupported_version',
};

const CORPUS: readonly Case[] = [
  ...ENVELOPE,
  VERSION_ZERO,
  ...HEADER,
  ...KIND_AND_SIZE,
  ...TRUST,
  ...CHAIN,
  ...AUTHORITY,
];

// ---- running a case ----------------------------------------------------------------------

async function cli(...argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), fail: (l) => out.push(l) });
  return { code, out };
}

const importLog = (w: World) =>
  w.fx.db.prepare('SELECT status, code FROM imports ORDER BY id').all() as {
    status: string;
    code: string | null;
  }[];

/** Runs `work`; a named pipe's case under a guard, and the run must not have waited on it. */
async function noHang<T>(offer: Offer, work: () => T | Promise<T>): Promise<T> {
  if (Buffer.isBuffer(offer) || !offer.pipe) return work();
  const pipe = join(offer.path, 'a.pdsync');
  const { value, released } = await guardedPipe(pipe, work);
  expect(released, 'the reader opened the pipe and waited on it').toBe(false);
  return value;
}

async function runCase(c: Case): Promise<void> {
  const w = await makeWorld();
  const offer = await c.build(w);
  const path = Buffer.isBuffer(offer) ? w.fx.file('offered.pdsync', offer) : offer.path;
  const ignored = ['imports', ...(c.writes ?? [])];
  const before = tableDigests(w.fx.db, { exclude: ignored });
  const logBefore = importLog(w).length;

  if (c.asPackage) {
    const codeFile = w.fx.file('offered.code', newHandoverCode());
    const verified = await cli('package', 'verify', path, '--code-file', codeFile);
    expect(verified).toEqual({ code: 1, out: [`${path}: ${c.code}`] });
    const t = makeTestCore();
    try {
      // Named as a package (a .pdsync handle is no package's at all), its contents are refused.
      const named = `${path}.pdpkg`;
      copyFileSync(path, named);
      expect(await t.call('previewPackage', { handle: await readHandle(t, named) })).toMatchObject({
        ok: false,
        error: { code: c.code },
      });
      expect((await t.must('getAppState', {})).setUp).toBe(false);
    } finally {
      t.dispose();
    }
  } else {
    const run = await noHang(offer, () => importAll(w.fx.ctx, [path]));
    expect(run.files.map((f) => [f.status, f.code, f.newEvents])).toEqual([
      ['rejected', c.code, 0],
    ]);
    expect(importLog(w).slice(logBefore)).toEqual([{ status: 'rejected', code: c.code }]);
    const verified = await noHang(offer, () =>
      cli('sync', 'verify', ...asAdmin(), '--data-dir', w.dataDir, path),
    );
    expect(verified.code).toBe(1);
    expect(verified.out).toHaveLength(1);
    expect(verified.out[0]?.endsWith(`: ${c.code}`)).toBe(true);
  }
  expect(tableDigests(w.fx.db, { exclude: ignored })).toEqual(before);
}

describe('a corpus of bad sync files offered to the central store', () => {
  it('starts from a file the store accepts, and counts at least forty cases', async () => {
    const w = await makeWorld();
    const run = importAll(w.fx.ctx, [w.fx.file('good.pdsync', w.good)]);
    expect(run.files[0]).toMatchObject({ status: 'accepted', newEvents: 6 });
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  describe('refused with their code, the store unchanged', () => {
    for (const c of CORPUS) {
      // `skip`: only the named-pipe cases, on a system without mkfifo (see their entries).
      (c.skip ? it.skip : it)(c.name, () => runCase(c));
    }
  });
});
