import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeIin } from '@shared/voters/iin';
import { spec, VOTING_DAY } from '../../../tests/support/supervisor';
import { CSV_HEADER, sampleVoters, voterCsvLine } from '../bench/sample-voters';
import { openPackage } from '../core/airgap/package-file';
import { asked, cli, packageCreate, tempFolders, centralInit } from '../../../tests/support/cli';

/** `package create` and `package verify`: the package sealed with a code printed once. */
const folder = tempFolders('precinct-desk-cli-package-');

const voters = [...sampleVoters(6, VOTING_DAY, 5)];
const listText = (rows = voters) => `${CSV_HEADER}\n${rows.map(voterCsvLine).join('\n')}\n`;

/** A central folder with its key, a spec and a list on disk. */
async function central() {
  const base = folder();
  const dir = join(base, 'central');
  await centralInit(dir);
  const specPath = join(base, 'spec.json');
  writeFileSync(specPath, JSON.stringify(spec('p-412', 412)));
  const listPath = join(base, 'list.csv');
  writeFileSync(listPath, listText());
  return { base, dir, specPath, listPath };
}

describe('package create and verify', () => {
  it('writes a signed package, then revision 2 with the same keys and member ids', async () => {
    const { base, dir, specPath, listPath } = await central();
    const out1 = join(base, 'p1.pdpkg');
    const made = await packageCreate({ dir, spec: specPath, voters: listPath, out: out1 });
    expect(made.code).toBe(0);
    const code1 = /Handover code: (\S+)/.exec(made.out)?.[1] ?? '';
    expect(made.out).toContain('shown only this once');
    const first = await openPackage(readFileSync(out1), code1);
    const out2 = join(base, 'p2.pdpkg');
    const made2 = await packageCreate(
      { dir, spec: specPath, voters: listPath, out: out2 },
      '--json',
    );
    expect(made2.code).toBe(0);
    const printed = JSON.parse(made2.out) as Record<string, unknown>;
    expect(Object.keys(printed).sort()).toEqual([
      'file',
      'fingerprint',
      'handover_code',
      'revision',
      'sha256',
    ]);
    expect(printed).toMatchObject({
      file: out2,
      revision: 2,
      sha256: createHash('sha256').update(readFileSync(out2)).digest('hex'),
    });
    const code2 = String(printed.handover_code);
    expect(code2).not.toBe(code1);
    const second = await openPackage(readFileSync(out2), code2);
    expect(await openPackage(readFileSync(out2), code1)).toMatchObject({
      problem: 'wrong_handover_code',
    });
    if (!first.ok || !second.ok) throw new Error('packages do not verify');
    expect(second.header.revision).toBe(2);
    expect(second.content.precinct_key).toEqual(first.content.precinct_key);
    expect(second.content.slots).toEqual(first.content.slots);
    expect(second.content.members).toEqual(first.content.members);
    expect(first.content.voters.rows).toBe(6);

    const verified = await asked(
      code1,
      'package',
      'verify',
      out1,
      '--central-key',
      first.centralFingerprint.toUpperCase(),
    );
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.out).toContain('valid');
    const wrongKey = await asked(
      code1,
      'package',
      'verify',
      out1,
      '--central-key',
      'ab'.repeat(32),
    );
    expect(wrongKey).toMatchObject({ code: 1 });
    expect(wrongKey.out).toContain('wrong_central_key');
    const tampered = readFileSync(out1);
    tampered.writeUInt8((tampered.at(-10) ?? 0) ^ 1, tampered.length - 10);
    writeFileSync(join(base, 'bad.pdpkg'), tampered);
    expect((await asked(code1, 'package', 'verify', join(base, 'bad.pdpkg'))).out).toContain(
      'body_mismatch',
    );
    // The code: from a code file, never from the command line; a wrong one is said so.
    const codeFile = join(base, 'code.txt');
    writeFileSync(codeFile, code2);
    const withFile = await cli('package', 'verify', out2, '--code-file', codeFile);
    expect(withFile).toMatchObject({ code: 0 });
    const wrongCode = await cli('package', 'verify', out1, '--code-file', codeFile);
    expect(wrongCode).toMatchObject({ code: 1 });
    expect(wrongCode.out).toContain('wrong_handover_code');
    const inArgv = await asked(code1, 'package', 'verify', out1, '--code', code1);
    expect(inArgv.code).toBe(2);
    expect(inArgv.err).toContain('never given on the command line');
    // Without a code file it needs nothing and asks nothing: the signature and the header.
    const bare = await asked(code1, 'package', 'verify', out1);
    expect(bare).toMatchObject({ code: 0, questions: [] });
    expect(bare.out).toContain('signature valid');
  });

  it('refuses a list with rows in error (exit 1, no package) and a bad spec (exit 2)', async () => {
    const { base, dir, specPath } = await central();
    const minor = {
      ...(voters[0] as (typeof voters)[number]),
      iin: makeIin('2012-04-05', 'female', 3) ?? '',
      birth_date: '2012-04-05',
    };
    const badList = join(base, 'bad.csv');
    writeFileSync(badList, listText([...voters.slice(1), minor]));
    const out = join(base, 'p.pdpkg');
    const run = await packageCreate({ dir, spec: specPath, voters: badList, out });
    expect(run.code).toBe(1);
    expect(run.out).toContain('under_age');
    expect(existsSync(out)).toBe(false);
    const twoChairs = spec('p-1', 1);
    twoChairs.members.push({ full_name: 'Second Chair', role: 'chair' });
    writeFileSync(specPath, JSON.stringify(twoChairs));
    const bad = await packageCreate({
      dir: dir,
      spec: specPath,
      voters: join(base, 'list.csv'),
      out: out,
    });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('exactly one chair');
    expect(existsSync(out)).toBe(false);
  });
});
