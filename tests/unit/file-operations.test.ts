/**
 * No operation of the contract reads or writes a file the page names by path. Every operation
 * is looked at through its input schema: one that carries a file handle (or any field named
 * like a path or a file) must have a case here, or this test fails. Each such field is then
 * given raw paths of every form — absolute, relative, `file://`, with `..` — and the operation
 * must refuse (`invalid_input` or `file_handle_invalid`) and leave the files and the stores as
 * they were. The in-app picker's three path-taking operations take paths by design: they only
 * list folders and bind paths to handles, and refuse every path that is not absolute.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  contract,
  fileHandleSchema,
  OPERATION_NAMES,
  type OperationName,
} from '../../src/shared/api';
import { CHAIR_PIN, makeTestCore, setUpPrecinct, type TestCore } from '../support/core';
import { tableDigests } from '../support/store-digest';
import { startCentral } from '../support/supervisor';
import { adminStore } from '../support/cli';

/** Where a case runs: a set-up precinct with its chair logged in, or supervisor mode. */
type Where = 'precinct' | 'supervisor';

/**
 * Every operation that carries a file, with the rest of a valid input. A new operation with a
 * handle (or a field named like a path) fails the first test until it is added here.
 */
const HANDLE_CASES: Record<string, { where: Where; rest: Record<string, unknown> }> = {
  savePdf: { where: 'precinct', rest: { html: '<p>x</p>' } },
  saveTextFile: { where: 'precinct', rest: { text: 'x' } },
  exportListReport: { where: 'precinct', rest: { reportId: 'r-1' } },
  exportSyncFile: { where: 'precinct', rest: { full: true } },
  previewPackage: { where: 'precinct', rest: {} },
  loadPackage: {
    where: 'precinct',
    rest: { handoverCode: 'ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2', centralFingerprint: 'a'.repeat(64) },
  },
  importPeerFiles: { where: 'precinct', rest: {} },
  setBackupFolder: { where: 'precinct', rest: {} },
  previewBackup: { where: 'precinct', rest: {} },
  restoreBackup: {
    where: 'precinct',
    rest: { handoverCode: 'ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2', chairId: 'm-chair', secret: '481516' },
  },
  checkVoterFile: { where: 'precinct', rest: {} },
  importSyncFiles: { where: 'supervisor', rest: {} },
  checkPackageInputs: { where: 'supervisor', rest: {} },
  createPackage: { where: 'supervisor', rest: {} },
  saveCentralCsv: { where: 'supervisor', rest: { report: 'turnout' } },
  makeKeyBackup: { where: 'supervisor', rest: { passphrase: 'a backup passphrase of words' } },
  restoreKeyBackup: {
    where: 'supervisor',
    rest: {
      backupPassphrase: 'a backup passphrase of words',
      account: 'Dana Second',
      passphrase: 'second laptop passphrase',
    },
  },
  openReturnedLaptop: { where: 'supervisor', rest: {} },
  importReturnedLaptop: { where: 'supervisor', rest: {} },
};

/** The in-app picker's steps: a typed path is listed or bound to a handle, never read. */
const PICKER_CASES: Partial<Record<OperationName, (path: string) => Record<string, unknown>>> = {
  listDirectory: (path) => ({ path }),
  bindOpenFile: (path) => ({ path, filters: [], folders: true }),
  bindSaveFile: (path) => ({
    path,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    replace: true,
  }),
};

/** Dropped files carry bytes and a name, never a path: kept under the data folder only. */
const BYTES_CASES = ['stageDroppedFile'] as const;

/** A text field so named carries a file: a path, a handle, or a file's bytes. */
const PATH_LIKE = /path|file|folder|dir|handle|base64|bytes/i;

interface Field {
  key: string;
  /** The field holds a handle, or a list of handles. */
  handle: 'one' | 'many' | null;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The fields of a schema, at any depth, named and told whether they carry handles. */
function fieldsOf(schema: z.ZodType, key = ''): Field[] {
  if (schema === fileHandleSchema) return [{ key, handle: 'one' }];
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([name, inner]) => [
        ...(PATH_LIKE.test(name) && holdsText(inner) ? [{ key: name, handle: null }] : []),
        ...fieldsOf(inner, name),
      ]);
    case 'array':
      if (def.element === fileHandleSchema) return [{ key, handle: 'many' }];
      return def.element ? fieldsOf(def.element, key) : [];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return def.innerType ? fieldsOf(def.innerType, key) : [];
    case 'pipe':
      return [def.in, def.out].flatMap((inner) => (inner ? fieldsOf(inner, key) : []));
    case 'union':
      return (def.options ?? []).flatMap((inner) => fieldsOf(inner, key));
    default:
      return [];
  }
}

/** Whether a schema takes text, or a list of texts, at its top (a flag or a number does not). */
function holdsText(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === 'string') return true;
  const inner = def.element ?? def.innerType ?? def.in;
  if (inner) return holdsText(inner);
  return (def.options ?? []).some(holdsText);
}

const inputOf = (name: OperationName) => contract[name].input as z.ZodType;
const handleFields = (name: OperationName) =>
  fieldsOf(inputOf(name)).filter((field) => field.handle !== null);
const carriesFile = (name: OperationName) => fieldsOf(inputOf(name)).length > 0;

const UNKNOWN_HANDLE = `fh_${'A'.repeat(32)}`;

let folder = '';
let precinct: TestCore;
let supervisor: TestCore;
/** Raw paths of every form, to files that stand there and to names that do not. */
let rawPaths: string[] = [];
/** Relative paths resolve against the working folder: nothing may appear there either. */
const RELATIVE = ['list.csv', './list.csv', '../list.csv', 'new-file.pdsync'];

/** The folder's files with their bytes and times: any read-then-write or new file shows. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const s = statSync(path);
      if (s.isDirectory()) walk(path);
      else out[path] = `${s.mtimeMs}:${readFileSync(path).toString('hex')}`;
    }
  };
  walk(folder);
  return out;
}

async function centralDigest(): Promise<Record<string, string>> {
  const db = await adminStore(supervisor.dataDir);
  try {
    return tableDigests(db);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'precinct-desk-raw-paths-'));
  const files = ['list.csv', 'p.pdpkg', 'a.pdsync', 'spec.json', 'out.pdf', 'report.csv'];
  for (const name of files) writeFileSync(join(folder, name), `${name} as it stands`);
  mkdirSync(join(folder, 'stick'));
  writeFileSync(join(folder, 'stick', 'b.pdsync'), 'b');
  const parent = basename(folder);
  rawPaths = [
    ...files.map((name) => join(folder, name)),
    join(folder, 'stick'),
    join(folder, 'new-file.pdsync'),
    ...files.map((name) => `file://${join(folder, name)}`),
    ...files.map((name) => `${folder}/../${parent}/${name}`),
    ...RELATIVE,
  ];
  precinct = makeTestCore();
  const ids = await setUpPrecinct(precinct);
  await precinct.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
  supervisor = makeTestCore();
  await startCentral(supervisor);
});

afterAll(() => {
  precinct?.dispose();
  supervisor?.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('no operation reads or writes a file by a path from the page', () => {
  it('knows every operation that carries a file (a new one without a case fails here)', () => {
    const carrying = OPERATION_NAMES.filter(carriesFile).sort();
    const cased = [...Object.keys(HANDLE_CASES), ...Object.keys(PICKER_CASES), ...BYTES_CASES];
    expect(carrying).toEqual([...new Set(cased)].sort());
    // An operation with a handle field is a handle case; the others carry none.
    for (const name of OPERATION_NAMES) {
      expect(handleFields(name).length > 0, name).toBe(name in HANDLE_CASES);
    }
  });

  it('refuses a raw path of every form in every handle field, and changes nothing', async () => {
    const files = snapshot();
    const precinctBefore = tableDigests(precinct.core.db);
    const centralBefore = await centralDigest();
    let calls = 0;
    for (const [name, { where, rest }] of Object.entries(HANDLE_CASES)) {
      const op = name as OperationName;
      const t = where === 'precinct' ? precinct : supervisor;
      const fields = handleFields(op);
      const valid = Object.fromEntries(
        fields.map((f) => [f.key, f.handle === 'many' ? [UNKNOWN_HANDLE] : UNKNOWN_HANDLE]),
      );
      // The rest of the input is valid: a refusal below is the path's, nothing else's.
      expect(inputOf(op).safeParse({ ...rest, ...valid }).success, name).toBe(true);
      // A well-formed handle that was never issued reads and writes nothing either.
      expect(await t.call(op, { ...rest, ...valid }), name).toMatchObject({
        ok: false,
        error: { code: 'file_handle_invalid' },
      });
      for (const field of fields) {
        for (const raw of rawPaths) {
          const value = field.handle === 'many' ? [UNKNOWN_HANDLE, raw] : raw;
          const result = await t.call(op, { ...rest, ...valid, [field.key]: value });
          calls += 1;
          expect(result.ok, `${name}.${field.key} = ${raw}`).toBe(false);
          if (!result.ok) {
            expect(['invalid_input', 'file_handle_invalid'], `${name}: ${raw}`).toContain(
              result.error.code,
            );
          }
        }
        // A path put beside the handle, under another name, is no way around it either.
        const beside = await t.call(op, { ...rest, [field.key]: undefined, path: rawPaths[0] });
        expect(beside.ok, name).toBe(false);
      }
    }
    // Every field of every case was tried with every form.
    const fieldCount = Object.keys(HANDLE_CASES).flatMap((name) =>
      handleFields(name as OperationName),
    ).length;
    expect(fieldCount).toBeGreaterThanOrEqual(Object.keys(HANDLE_CASES).length);
    expect(calls).toBe(fieldCount * rawPaths.length);
    expect(snapshot()).toEqual(files);
    for (const relative of RELATIVE)
      expect(statSync(resolve(relative), { throwIfNoEntry: false })).toBeUndefined();
    expect(tableDigests(precinct.core.db)).toEqual(precinctBefore);
    expect(await centralDigest()).toEqual(centralBefore);
  });

  it('lets the in-app picker list and bind only absolute paths, reading no file', async () => {
    const files = snapshot();
    for (const [name, input] of Object.entries(PICKER_CASES)) {
      const op = name as OperationName;
      for (const raw of [...RELATIVE, `file://${join(folder, 'list.csv')}`, `file://${folder}`]) {
        const result = await precinct.call(op, input(raw));
        expect(result, `${name}: ${raw}`).toMatchObject({
          ok: false,
          error: { code: 'invalid_input' },
        });
      }
      // An absolute path with `..` stands for the tidied path; nothing is read or written.
      const target = op === 'listDirectory' ? 'stick' : 'report.csv';
      const tidied = await precinct.call(op, input(`${folder}/stick/../${target}`));
      expect(tidied.ok, name).toBe(true);
    }
    expect(snapshot()).toEqual(files);
  });

  it('keeps dropped bytes under the data folder, whatever the name says', async () => {
    const files = snapshot();
    for (const name of BYTES_CASES) {
      for (const raw of [...rawPaths, '/etc/passwd', '..', '.']) {
        const staged = await supervisor.call(name, { name: raw, base64: 'AQID' });
        expect(staged.ok, raw).toBe(true);
        if (staged.ok) expect(staged.value.name).not.toMatch(/[/\\]|^\./);
      }
    }
    expect(snapshot()).toEqual(files);
    for (const relative of RELATIVE)
      expect(statSync(resolve(relative), { throwIfNoEntry: false })).toBeUndefined();
    const kept = readdirSync(join(supervisor.dataDir, 'dropped'));
    expect(kept.length).toBe(rawPaths.length + 3);
  });
});
