/**
 * The process the kill tests end with SIGKILL: it opens a copy of a data folder through the
 * app's own core and writes as fast as it can, printing after each commit what the parent must
 * find again afterwards. Bundled with the app's code before the tests run (harness.ts);
 * its first argument names the work.
 */
import { readFileSync, writeSync } from 'node:fs';
import { flushCompileCache } from 'node:module';
import { createAppCore } from '../../../src/main/core/app-core';
import { createContext } from '../../../src/main/core/context';
import { initCentralStore } from '../../../src/main/core/features/supervisor/central-access';
import { systemClock } from '../../../src/main/core/kernel/clock';
import { readDoor } from '../../../src/main/core/kernel/at-rest/door-file';
import { RequestService } from '../../../src/main/core/features/accommodations/request-service';
import { InfoLogService } from '../../../src/main/core/features/infolog/infolog-service';
import { BallotService } from '../../../src/main/core/features/voters/ballot-service';
import { VoterService } from '../../../src/main/core/features/voters/voter-service';
import { SAMPLE_ENTRIES } from '../../../src/shared/infolog/sample-entries';
import { headlessHost, ManualClock } from '../core';

const say = (line: string) => writeSync(1, `${line}\n`);

interface EventsJob {
  dataDir: string;
  /** The member recording (a member: ballots are issued by members). */
  memberId: string;
  /** The store key (hex), as the member's PIN unwraps it from the door (kernel/at-rest). */
  storeKey: string;
  /** The instant the child's clock starts at (voting day, precinct time). */
  startIso: string;
}

/**
 * Records ballots, accommodation requests, information log entries and list corrections in
 * turn, through the features' own services (what their operations run once the member's
 * session is checked, without reading back the screens' views), and prints the last seq of
 * this laptop after each one's commit.
 */
function recordEvents(job: EventsJob): void {
  const clock = new ManualClock(Date.parse(job.startIso));
  const door = readDoor(job.dataDir);
  if (!door) throw new Error('no door file');
  const key = Buffer.from(job.storeKey, 'hex');
  const ctx = createContext({
    dataDir: job.dataDir,
    clock,
    host: headlessHost,
    access: { key, door },
  });
  const { db, log } = ctx;
  const ballots = new BallotService(db, log, clock);
  const voters = new VoterService(db, log, clock, ballots, () => undefined);
  const infolog = new InfoLogService(db, log, clock, ctx.precinct);
  const requests = new RequestService(db, log, clock, ctx.precinct);
  const precinct = ctx.precinct.require();
  const lastSeq = db.prepare<[string], { seq: number }>(
    'SELECT max(seq) AS seq FROM events WHERE device_id = ?',
  );
  // Each voter on the list is given at most one ballot.
  const iins = db
    .prepare<[], { iin: string }>("SELECT iin FROM voters WHERE status = 'listed' ORDER BY id")
    .all()
    .map((v) => v.iin);
  const actor = job.memberId;
  // A kill never lets Node write its compile cache at exit: written now, later trials start
  // from it.
  flushCompileCache();
  say('ready');
  for (let i = 0; ; i++) {
    clock.advance(50);
    // Once every voter has a ballot (a kill landing late), the ballot writes become inquiries.
    const listDone = i >> 2 >= iins.length;
    const iin = iins[(i >> 2) % iins.length] ?? '';
    // Earlier that day: the clock stands in the evening, before the polls close.
    const minute = i % 720;
    const hour = String(7 + Math.floor(minute / 60)).padStart(2, '0');
    const at = `${precinct.votingDay}T${hour}:${String(minute % 60).padStart(2, '0')}`;
    switch (i % 4) {
      case 0:
        if (listDone) infolog.record(at, SAMPLE_ENTRIES.inquiry, actor);
        else ballots.issue(voters.require(iin), null, precinct, actor);
        break;
      case 1:
        infolog.record(at, SAMPLE_ENTRIES.inquiry, actor);
        break;
      case 2:
        requests.record(
          {
            receivedAt: at,
            receivedById: actor,
            requester: { by: 'iin', iin, fullName: null },
            kinds: ['braille_stencil'],
            channel: 'in_person',
            intermediary: null,
            contactPhone: null,
            address: null,
            otherDescription: null,
            notes: null,
            reasonCategory: null,
            healthNote: null,
          },
          actor,
        );
        break;
      default:
        voters.correct(
          {
            iin,
            field: 'address',
            value: `Almaty, Abai Ave ${i}`,
            reason: 'Moved within the precinct',
            documentRef: null,
          },
          precinct.votingDay,
          actor,
        );
    }
    say(String(lastSeq.get(ctx.deviceId)?.seq ?? 0));
  }
}

/**
 * Opens a data folder as the app does at its start (a folder of the previous format is
 * encrypted in place then), printing `start` before and `opened MS` after, MS the opening's
 * own duration.
 */
function openFolder(dataDir: string): void {
  flushCompileCache();
  say('start');
  const started = performance.now();
  const core = createAppCore({ dataDir, clock: systemClock, host: headlessHost });
  say(`opened ${Math.round(performance.now() - started)}`);
  core.close();
}

interface CentralInitJob {
  dataDir: string;
  account: string;
  /** A file holding the passphrase (never the command line). */
  secretFile: string;
}

/**
 * Makes a supervisor folder's administrator as the app's first form does (a plain central
 * store of the previous format is encrypted in place then), printing `start` and `opened MS`.
 */
async function centralInit(job: CentralInitJob): Promise<void> {
  const passphrase = readFileSync(job.secretFile, 'utf8').replace(/\r?\n$/, '');
  flushCompileCache();
  say('start');
  const started = performance.now();
  const opened = await initCentralStore(job.dataDir, job.account, passphrase, Date.now());
  say(`opened ${Math.round(performance.now() - started)}`);
  opened.db.close();
}

const [work, jobJson] = process.argv.slice(2);
const works: Record<string, (job: string) => void | Promise<void>> = {
  events: (job) => recordEvents(JSON.parse(job) as EventsJob),
  open: (dataDir) => openFolder(dataDir),
  'central-init': (job) => centralInit(JSON.parse(job) as CentralInitJob),
};
const run = works[work ?? ''];
if (!run) {
  process.stderr.write(`Unknown work: ${work ?? ''}\n`);
  process.exit(2);
}
try {
  await run(jobJson ?? '{}');
} catch (error) {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}
