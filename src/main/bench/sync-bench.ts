/**
 * The sync bench (targets in docs/benchmarks.md, "Sync"): exporting a busy voting day
 * (3,000 events) ≤ 50 ms; a supervisor importing 1,000 such files (3 million events:
 * signatures, decryption, chains) ≤ 30 s and re-importing them ≤ 3 s, with peak RSS; the
 * dashboard over 1,000 precincts ≤ 200 ms; and the import's time per event beside SQLite's own
 * plain INSERT of rows of the same size, measured in the same run. Run alone with
 * `npm run bench -- --sync-only`.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
// SQLite's plain INSERTs through the stores' own driver, opened without a key: the same engine.
import Database from 'better-sqlite3-multiple-ciphers';
import type { PackageContent } from '@shared/sync/package-content';
import { openCentralDatabase } from '../core/features/supervisor/supervisor-db';
import { makeCentralKeys } from '../core/features/supervisor/central-keys';
import { dashboard } from '../core/features/supervisor/supervisor-views';
import { importAll } from '../core/features/supervisor/import-run';
import type { Db } from '../core/kernel/db/database';
import type { EventRow } from '../core/kernel/events/event-log';
import { DEFAULT_MAX_FILE_BYTES } from '../core/airgap/container';
import {
  decodeSyncBody,
  decryptSyncBody,
  openSyncFile,
  type SyncHeader,
} from '../core/airgap/sync-file';
import { eventPayloadSchemas } from '../core/events';
import { deviceAuthority } from '../core/features/supervisor/device-authority';
import {
  benchPrecinct,
  benchSyncFile,
  busyDay,
  EVENTS_PER_FILE,
  SYNC_GENERATE_FLAG,
} from './sync-bench-data';
import {
  benchStoreKey,
  measuringStore,
  note,
  peakRssMiB,
  percentile,
  report,
  seconds,
} from './report';
import { openStore } from '../core/feature-list';

const TARGETS = { exportMs: 50, importS: 30, reimportS: 3, dashboardMs: 200 };

/** Export as a laptop does it: read the range, build, write atomically, read back and check. */
function exportOnce(db: Db, content: PackageContent, path: string): void {
  const events = db
    .prepare<[], EventRow>("SELECT * FROM events WHERE device_id = 'dev-x' ORDER BY seq")
    .all();
  const bytes = benchSyncFile(content, 'dev-x', events);
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w');
  writeSync(fd, bytes);
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temporary, path);
  const opened = openSyncFile(readFileSync(path));
  if (!opened.ok) throw new Error(`the exported file does not verify: ${opened.problem}`);
  const keys = [
    {
      publicKey: content.precinct_key.encryption_public_key,
      privateKeyPem: content.precinct_key.encryption_key_pem,
    },
  ];
  const plain = decryptSyncBody(opened.header, opened.envelope.body, keys);
  if (!plain || !decodeSyncBody(opened.header, plain).ok)
    throw new Error('the exported body does not read back');
}

function exportBench(dir: string, central: Parameters<typeof benchPrecinct>[1]): void {
  const db = openStore(join(dir, 'precinct'));
  const content = benchPrecinct(99_999, central);
  const insert = db.prepare(
    'INSERT INTO events (device_id, seq, hlc, type, actor, payload_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const e of busyDay(99_999, 'dev-x')) {
      insert.run(e.device_id, e.seq, e.hlc, e.type, e.actor, e.payload_json, e.prev_hash, e.hash);
    }
  })();
  const times: number[] = [];
  for (let i = 0; i < 7; i++)
    times.push(seconds(() => exportOnce(db, content, join(dir, 'export.sync')))[1] * 1000);
  db.close();
  const median = percentile(
    [...times].sort((a, b) => a - b),
    50,
  );
  report('sync export, busy voting day (3,000 events)', median, 'ms', {
    target_ms: TARGETS.exportMs,
    ratio_to_target: median / TARGETS.exportMs,
  });
}

/** SQLite's own speed: plain INSERTs of event-sized rows, one transaction, same pragmas. */
function sqlitePlainInsertMicros(dir: string, sample: EventRow[]): number {
  const raw = new Database(join(dir, 'plain.db'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec(
    'CREATE TABLE plain (device_id TEXT, seq INTEGER, line TEXT, hash TEXT, PRIMARY KEY (device_id, seq)) STRICT',
  );
  const insert = raw.prepare('INSERT INTO plain VALUES (?, ?, ?, ?)');
  const rows = 300_000;
  const [, s] = seconds(() =>
    raw.transaction(() => {
      for (let i = 0; i < rows; i++) {
        const e = sample[i % sample.length] as EventRow;
        insert.run(`d${Math.floor(i / sample.length)}`, e.seq, e.payload_json, e.hash);
      }
    })(),
  );
  raw.close();
  return (s / rows) * 1e6;
}

/**
 * What the trust checks cost per event, measured alone on one precinct's busy day: each
 * payload parsed by its schema (in the reader) and re-authorised against the device's chain
 * (in the writer), as the import does them.
 */
function trustCheckMicros(
  db: Db,
  centralFingerprint: string,
): { schemasUs: number; authorityUs: number } {
  const rows = busyDay(0, 'dev-0');
  const header = { device_id: 'dev-0', device_public_key: '' } as SyncHeader;
  const schemas = eventPayloadSchemas as Record<string, { parse(v: unknown): unknown }>;
  const rounds = 5;
  const perEvent = (s: number) => (s / (rounds * rows.length)) * 1e6;
  let events: { seq: number; type: string; actor: string | null; payload: unknown }[] = [];
  const [, parseSeconds] = seconds(() => {
    for (let r = 0; r < rounds; r++) {
      events = rows.map((row) => ({
        seq: row.seq,
        type: row.type,
        actor: row.actor,
        payload: schemas[row.type]?.parse(JSON.parse(row.payload_json)),
      }));
    }
  });
  const [, checkSeconds] = seconds(() => {
    for (let r = 0; r < rounds; r++) {
      const authority = deviceAuthority(db, 'p-0', header, centralFingerprint);
      for (const event of events) {
        const refused = authority.check(event);
        if (refused) throw new Error(`bench event refused: ${refused.type} (${refused.reason})`);
      }
    }
  });
  return { schemasUs: perEvent(parseSeconds), authorityUs: perEvent(checkSeconds) };
}

/**
 * `files`: how many sync files the supervisor imports (`--sync-files`); `variant`: the central
 * store plain or encrypted (a random key, as `central init` makes one).
 */
export function syncBench(dir: string, files: number, variant: 'plain' | 'encrypted'): void {
  measuringStore(variant);
  const storeKey = benchStoreKey(variant);
  const db = openCentralDatabase(join(dir, 'central'), true, storeKey) as Db;
  const keys = makeCentralKeys(db, new Date().toISOString());
  const central = { signing: keys.signing, encryption: keys.encryption };
  writeFileSync(join(dir, 'central.json'), JSON.stringify(central));
  exportBench(dir, central);

  const [generated, generateSeconds] = seconds(() =>
    spawnSync(
      process.execPath,
      [process.argv[1] as string, SYNC_GENERATE_FLAG, dir, String(files)],
      {
        stdio: ['pipe', 'inherit', 'inherit'],
        input: storeKey ? storeKey.toString('hex') : '',
      },
    ),
  );
  if (generated.status !== 0) throw new Error('generating the sync files failed');
  note(
    `Generated ${files} sync files of ${EVENTS_PER_FILE} events and their precincts in ${generateSeconds.toFixed(1)} s.`,
  );

  const ctx = { db, keys, maxBytes: DEFAULT_MAX_FILE_BYTES, now: () => new Date().toISOString() };
  const folder = join(dir, 'files');
  const [first, importSeconds] = seconds(() => importAll(ctx, [folder]));
  if (first.accepted !== files || first.newEvents !== files * EVENTS_PER_FILE) {
    throw new Error(
      `import accepted ${first.accepted} files, ${first.newEvents} events (first refusal: ${first.files.find((f) => f.code)?.code ?? 'none'})`,
    );
  }
  const [again, reimportSeconds] = seconds(() => importAll(ctx, [folder]));
  if (again.alreadyImported !== files) throw new Error('re-import changed something');
  const boards: number[] = [];
  for (let i = 0; i < 7; i++) {
    const [board, s] = seconds(() => dashboard(db));
    if (board.precinctsKnown !== files || board.reporting !== files)
      throw new Error('dashboard incomplete');
    boards.push(s * 1000);
  }
  const events = files * EVENTS_PER_FILE;
  const perEventMicros = (importSeconds / events) * 1e6;
  const sqliteMicros = sqlitePlainInsertMicros(dir, busyDay(0, 'dev-0'));
  const trustMicros = trustCheckMicros(db, keys.fingerprint);
  db.close();
  report(`supervisor import, ${files} files`, importSeconds, 's', {
    events,
    target_s: TARGETS.importS,
    ratio_to_target: importSeconds / TARGETS.importS,
    events_per_s: events / importSeconds,
  });
  report('  time per imported event', perEventMicros, 'µs', {
    sqlite_plain_insert_us: sqliteMicros,
    ratio_ours_to_sqlite_time: perEventMicros / sqliteMicros,
  });
  // Payloads are parsed by their schemas in the reader's thread, beside the writer; the writer
  // re-authorises each event in its transaction.
  report('  payload schemas per event (reader thread)', trustMicros.schemasUs, 'µs', {
    ratio_to_import_per_event: trustMicros.schemasUs / perEventMicros,
  });
  report('  re-authorising per event (writer)', trustMicros.authorityUs, 'µs', {
    ratio_to_import_per_event: trustMicros.authorityUs / perEventMicros,
  });
  report(`supervisor re-import, ${files} files`, reimportSeconds, 's', {
    target_s: TARGETS.reimportS,
    ratio_to_target: reimportSeconds / TARGETS.reimportS,
  });
  const boardMs = percentile(
    [...boards].sort((a, b) => a - b),
    50,
  );
  report(`dashboard over ${files} precincts`, boardMs, 'ms', {
    worst_ms: Math.max(...boards),
    target_ms: TARGETS.dashboardMs,
    ratio_to_target: boardMs / TARGETS.dashboardMs,
  });
  report('peak RSS of the sync bench', peakRssMiB(), 'MiB');
}
