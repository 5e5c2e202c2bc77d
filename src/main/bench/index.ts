/**
 * `npm run bench`: figures for the foundation's hot paths, each beside SQLite's own speed on
 * the same machine in the same run, so the distance to the limit shows.
 *   - appending events (hash chain + projection) one transaction each, as the app does;
 *   - appending inside one transaction (bulk paths), against plain INSERTs of the same rows;
 *   - verifying the chain.
 * `--json` prints one JSON object per figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../core/clock';
import { openDatabase } from '../core/db/database';
import { ensureDeviceIdentity } from '../core/device/device-identity';
import { verifyChain } from '../core/events/chain-verify';
import { EventLog } from '../core/events/event-log';

const json = process.argv.includes('--json');
let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function report(
  name: string,
  value: number,
  unit: string,
  extra: Record<string, number> = {},
): void {
  sampleRss();
  if (json) {
    const rounded = Object.fromEntries(
      Object.entries(extra).map(([k, v]) => [k, Number(v.toFixed(2))]),
    );
    console.log(JSON.stringify({ name, value: Number(value.toFixed(2)), unit, ...rounded }));
  } else {
    const more = Object.entries(extra)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ');
    console.log(
      `${name.padEnd(44)} ${value.toFixed(0).padStart(10)} ${unit}${more ? `  (${more})` : ''}`,
    );
  }
}

function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-bench-'));
try {
  const db = openDatabase(join(dir, 'app'));
  const device = ensureDeviceIdentity(db, systemClock);
  const log = new EventLog(db, device.deviceId, systemClock);
  const payload = (i: number) => ({ auto_lock_minutes: (i % 60) + 1 });

  const single = 2_000;
  const [, singleSeconds] = time(() => {
    for (let i = 0; i < single; i++) log.record('settings.changed', null, payload(i));
  });
  const bulk = 100_000;
  const [, bulkSeconds] = time(() =>
    db.transaction(() => {
      for (let i = 0; i < bulk; i++) log.record('settings.changed', null, payload(i));
    })(),
  );

  // SQLite's own speed on the same file settings: plain INSERTs of rows of the same size.
  const raw = openDatabase(join(dir, 'raw'));
  raw.exec(
    'CREATE TABLE plain (device_id TEXT, seq INTEGER, hlc TEXT, type TEXT, actor TEXT, payload_json TEXT, prev_hash TEXT, hash TEXT, PRIMARY KEY (device_id, seq)) STRICT',
  );
  const insert = raw.prepare('INSERT INTO plain VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const h = 'f'.repeat(64);
  const insertPlain = (seq: number) =>
    insert.run(
      'd',
      seq,
      '000001764312000000.0000',
      'settings.changed',
      null,
      '{"auto_lock_minutes":1}',
      h,
      h,
    );
  const [, rawSingleSeconds] = time(() => {
    for (let i = 0; i < single; i++) insertPlain(i);
  });
  const [, rawBulkSeconds] = time(() =>
    raw.transaction(() => {
      for (let i = single; i < single + bulk; i++) insertPlain(i);
    })(),
  );

  const [chain, verifySeconds] = time(() => verifyChain(db));
  if (!chain.ok) throw new Error('the benchmark chain did not verify');

  report('event append, one transaction each', single / singleSeconds, 'events/s', {
    sqlite_insert_per_s: single / rawSingleSeconds,
    ratio_ours_to_sqlite_time: singleSeconds / rawSingleSeconds,
  });
  report('event append, bulk in one transaction', bulk / bulkSeconds, 'events/s', {
    sqlite_insert_per_s: bulk / rawBulkSeconds,
    ratio_ours_to_sqlite_time: bulkSeconds / rawBulkSeconds,
  });
  report('chain verification', chain.checked / verifySeconds, 'events/s', {
    events: chain.checked,
  });
  report('peak RSS', peakRss / 1024 / 1024, 'MiB');
  db.close();
  raw.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
