import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  OperationName,
  OperationOutput,
  ParsedInput,
  PrecinctSetup,
} from '../../src/shared/api';
import type { Result } from '../../src/shared/result';
import { createAppCore, type AppCore } from '../../src/main/core/app-core';
import type { Clock } from '../../src/main/core/kernel/clock';
import { dispatch } from '../../src/main/core/boundary/dispatch';
import { EVENT_REGISTRY } from '../../src/main/core/feature-list';
import { authorityProblem } from '../../src/main/core/kernel/authority';
import type { Role } from '../../src/shared/roles';
import type { HostServices } from '../../src/main/core/boundary/host-services';
import { DomainError } from '../../src/shared/result';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  readonly overridden = true;
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
  set(iso: string): void {
    this.current = Date.parse(iso);
  }
}

/**
 * Core tests run without a browser: no dialogs, and a fixed document in place of a rendered
 * PDF (rendering belongs to the hosts and is tested end to end in both).
 */
export const TEST_PDF_BYTES = Buffer.from('%PDF-1.7\n% core test document\n');
export const headlessHost: HostServices = {
  info: { kind: 'chromium', nativeDialogs: false },
  showSaveDialog: () => Promise.resolve(null),
  showOpenDialog: () => Promise.resolve(null),
  renderPdf: () => Promise.resolve(TEST_PDF_BYTES),
  printDocument: () =>
    Promise.reject(new DomainError('forbidden', 'The browser prints the page itself')),
};

export const SAMPLE_PRECINCT: PrecinctSetup = {
  electionKind: 'election',
  electionName: 'Election of deputies of the Mazhilis',
  votingDay: '2027-03-19',
  votingHours: { opens: '07:00', closes: '20:00' },
  precinctNumber: 412,
  precinctName: 'School No. 12',
  region: 'Almaty',
  district: 'Bostandyq',
  address: 'Almaty, Timiryazev St 15',
  timeZone: 'Asia/Almaty',
};

export const CHAIR_PIN = '481516';

/**
 * scrypt's cost for the store key's wraps in unit tests (2^12 rather than the app's 2^17): the
 * same wraps, recorded with their cost, made in milliseconds so hundreds of set-ups stay fast.
 * The app's cost is measured and tested in kernel/at-rest.
 */
export const TEST_WRAP_COST = 12;

export interface TestCore {
  core: AppCore;
  clock: ManualClock;
  dataDir: string;
  /** Calls an operation through the same door as the hosts. */
  call<K extends OperationName>(name: K, input: unknown): Promise<Result<OperationOutput<K>>>;
  /** Calls and unwraps, failing the test on an error value. */
  must<K extends OperationName>(
    name: K,
    input: ParsedInput<K> | Record<string, never>,
  ): Promise<OperationOutput<K>>;
  reopen(): TestCore;
  dispose(): void;
}

export function makeTestCore(
  startIso = '2027-03-01T05:00:00Z',
  dataDir?: string,
  clock?: ManualClock,
  /** Host services in place of the headless host (a printer that records, say). */
  host: HostServices = headlessHost,
): TestCore {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'precinct-desk-test-'));
  const testClock = clock ?? new ManualClock(Date.parse(startIso));
  const core = createAppCore({ dataDir: dir, clock: testClock, host, wrapCost: TEST_WRAP_COST });
  const call = <K extends OperationName>(name: K, input: unknown) =>
    dispatch(core.handlers, name, input) as Promise<Result<OperationOutput<K>>>;
  return {
    core,
    clock: testClock,
    dataDir: dir,
    call,
    async must(name, input) {
      const result = await call(name, input);
      if (!result.ok)
        throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    reopen() {
      core.close();
      return makeTestCore(startIso, dir, testClock, host);
    },
    dispose() {
      const problems = ownEventsOutsideAuthority(core);
      core.close();
      rmSync(dir, { recursive: true, force: true });
      if (problems.length > 0) {
        throw new Error(`Events outside their declared authority:\n${problems.join('\n')}`);
      }
    },
  };
}

/**
 * Every event this laptop recorded through the app's own operations, checked against its
 * type's declared authority: each test that disposes its core checks the declarations too.
 * (Events from other laptops' files are the imports' to check.)
 */
function ownEventsOutsideAuthority(core: AppCore): string[] {
  // A test that closed its database itself, or took its tables apart on purpose, is done with it.
  if (!core.unlocked || !core.db.open) return [];
  const tables = core.db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
    .all()
    .map((t) => t.name);
  if (!tables.includes('members') || !tables.includes('events')) return [];
  const roles = new Map(
    core.db
      .prepare<[], { id: string; role: Role }>('SELECT id, role FROM members')
      .all()
      .map((m) => [m.id, m.role]),
  );
  const rows = core.db
    .prepare<[string], { seq: number; type: string; actor: string | null; payload_json: string }>(
      'SELECT seq, type, actor, payload_json FROM events WHERE device_id = ? ORDER BY seq',
    )
    .all(core.deviceId);
  const problems: string[] = [];
  for (const row of rows) {
    const definition = EVENT_REGISTRY.definition(row.type);
    if (!definition) {
      problems.push(`#${row.seq} ${row.type}: no feature declares it`);
      continue;
    }
    const event = { type: row.type, actor: row.actor, payload: JSON.parse(row.payload_json) };
    const problem = authorityProblem(definition, event, roles.get(row.actor ?? '') ?? null);
    if (problem) problems.push(`#${row.seq} ${problem}`);
  }
  return problems;
}

/**
 * Sets the precinct up (the sample one unless another is given) with a chair, a deputy, a
 * secretary and a member; returns their ids.
 */
export async function setUpPrecinct(t: TestCore, precinct: PrecinctSetup = SAMPLE_PRECINCT) {
  const { recoveryCode } = await t.must('completeSetup', {
    precinct,
    members: [
      { fullName: 'Aigerim Sadykova', role: 'chair' },
      { fullName: 'Nurlan Omarov', role: 'deputy_chair' },
      { fullName: 'Dana Serikova', role: 'secretary' },
      { fullName: 'Yerlan Zhaksybekov', role: 'member' },
    ],
    chairPin: CHAIR_PIN,
    clockConfirmed: true,
  });
  const members = await t.must('listLoginMembers', {});
  const id = (role: string) => members.find((m) => m.role === role)?.id ?? '';
  return {
    recoveryCode,
    chair: id('chair'),
    deputy: id('deputy_chair'),
    secretary: id('secretary'),
    member: id('member'),
  };
}

/** Logs a member in with a temporary PIN from the chair and replaces it with `pin`. */
export async function withOwnPin(
  t: TestCore,
  chairId: string,
  memberId: string,
  pin: string,
): Promise<void> {
  await t.must('login', { memberId: chairId, pin: CHAIR_PIN });
  const { temporaryPin } = await t.must('resetMemberPin', { memberId });
  await t.must('logout', {});
  await t.must('login', { memberId, pin: temporaryPin });
  await t.must('changeOwnPin', { currentPin: temporaryPin, newPin: pin });
}

/** The in-app picker's save step, as the UI takes it: a write handle for `path`. */
export async function writeHandle(
  t: TestCore,
  path: string,
  extension: string,
  replace = false,
): Promise<string> {
  const filters = [{ name: extension, extensions: [extension] }];
  return (await t.must('bindSaveFile', { path, filters, replace })).handle;
}

/**
 * The in-app picker's open step, as the UI takes it: a read handle for the file at `path` (a
 * folder handle for a folder). Any ending is bound here; each operation checks its own kind.
 */
export async function readHandle(t: TestCore, path: string): Promise<string> {
  return (await t.must('bindOpenFile', { path, filters: [], folders: true })).handle;
}

/** Read handles for several files or folders (see readHandle). */
export async function readHandles(t: TestCore, paths: readonly string[]): Promise<string[]> {
  const handles: string[] = [];
  for (const path of paths) handles.push(await readHandle(t, path));
  return handles;
}

/**
 * A test file's way to open its core: `open` makes it (a precinct with a list, say) and `keep`
 * hands it to the file's `t`, which the file disposes after each test.
 * `const listed = keeping(precinctWithList, (core) => (t = core));`
 */
export function keeping<A extends unknown[], P extends { t: TestCore }>(
  open: (...args: A) => Promise<P>,
  keep: (core: TestCore) => void,
): (...args: A) => Promise<P> {
  return async (...args) => {
    const opened = await open(...args);
    keep(opened.t);
    return opened;
  };
}
