import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spec, VOTING_DAY } from '../../../tests/support/supervisor';
import { packageWorld } from '../../../tests/support/sync';
import { CSV_HEADER, sampleVoters, voterCsvLine } from '../bench/sample-voters';
import {
  asked,
  centralInit,
  cli,
  packageCreate,
  secretFile,
  tempFolders,
} from '../../../tests/support/cli';

const folder = tempFolders('precinct-desk-cli-endings-');

describe('the command line writes air-gap files only under their own endings', () => {
  it('package create writes only a .pdpkg file (exit 2 otherwise, nothing written)', async () => {
    const base = folder();
    const dir = join(base, 'central');
    expect((await centralInit(dir)).code).toBe(0);
    const specPath = join(base, 'spec.json');
    writeFileSync(specPath, JSON.stringify(spec('p-412', 412)));
    const listPath = join(base, 'list.csv');
    const voters = [...sampleVoters(6, VOTING_DAY, 412)];
    writeFileSync(listPath, `${CSV_HEADER}\n${voters.map(voterCsvLine).join('\n')}\n`);
    const create = (out: string) => packageCreate({ dir, spec: specPath, voters: listPath, out });
    const before = readdirSync(base).sort();
    for (const name of ['p.pkg', 'p.pdsync', 'p', 'p.pdpkg.csv']) {
      const run = await create(join(base, name));
      expect(run.code, name).toBe(2);
      expect(run.err).toContain('--out must name a package file ending in .pdpkg');
    }
    expect(readdirSync(base).sort()).toEqual(before);
    const made = await create(join(base, 'P-412.PDPKG'));
    expect(made.code, made.err).toBe(0);
    expect(existsSync(join(base, 'P-412.PDPKG'))).toBe(true);
  });

  it('sync export writes only a .pdsync file (exit 2 otherwise, nothing written)', async () => {
    const world = packageWorld(3);
    const data = folder();
    expect(
      (await asked(world.code, 'package', 'load', await world.write(), '--data-dir', data)).code,
    ).toBe(0);
    const outDir = folder();
    for (const name of ['x.sync', 'x', 'x.pdpkg', 'x.pdsync.txt']) {
      const refused = await cli(
        'sync',
        'export',
        '--data-dir',
        data,
        '--out',
        join(outDir, name),
        '--code-file',
        secretFile(world.code),
      );
      expect(refused.code, name).toBe(2);
      expect(refused.err).toContain('--out must name a sync file ending in .pdsync');
    }
    expect(readdirSync(outDir)).toEqual([]);
    const written = await cli(
      'sync',
      'export',
      '--data-dir',
      data,
      '--out',
      join(outDir, 'a.pdsync'),
      '--code-file',
      secretFile(world.code),
    );
    expect(written.code, written.err).toBe(0);
    expect(readdirSync(outDir)).toEqual(['a.pdsync']);
  });
});
