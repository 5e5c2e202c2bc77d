/**
 * `npm run bench -- --bombs`: how fast, and within how much memory, files built to exhaust a
 * reader are refused: each crafted workbook goes through the list check as the app runs it
 * (the directory check here, the scan and the parse in the workbook worker), and an attachment
 * part that inflates to a gigabyte is read as a rebuild reads it. Each runs in a child process
 * of its own, so its peak RSS is its own; beside them, a plain 100,000-row workbook read the
 * same way.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../core/feature-list';
import { checkListFile, RowChecker } from '../core/features/voters';
import { attachmentText } from '../core/features/voters/attachments';
import { note, peakRssMiB, report } from './report';
import { attachmentBomb, plainWorkbook, XLSX_BOMBS, type XlsxBomb } from './xlsx-bombs';
import { sampleVoters } from './sample-voters';

export const BOMB_CHILD_FLAG = '--bomb-child';
/** `--bomb-write NAME FOLDER ROWS`: writes one case's file (a larger plain workbook, say). */
export const BOMB_WRITE_FLAG = '--bomb-write';

const PLAIN_ROWS = 100_000;
const CASES = [...(Object.keys(XLSX_BOMBS) as XlsxBomb[]), 'attachment_bomb', 'plain_workbook'];

interface Outcome {
  refused: string | null;
  seconds: number;
  peakRssMiB: number;
}

/** The crafted files, or the plain workbook, written to `dir`; the path of `name`'s. */
export function writeCase(dir: string, name: string, plainRows: number): string {
  const path = join(dir, `${name}.xlsx`);
  const bytes =
    name === 'plain_workbook'
      ? plainWorkbook([
          ['ИИН', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Адрес'],
          ...[...sampleVoters(plainRows)].map((v) => [
            v.iin,
            v.last_name,
            v.first_name,
            v.patronymic ?? '',
            v.birth_date,
            v.address,
          ]),
        ])
      : XLSX_BOMBS[name as XlsxBomb]();
  writeFileSync(path, bytes);
  return path;
}

/**
 * The parent: writes each case's file, then reads it in a child of its own, which prints its
 * outcome as JSON (so the child's peak RSS is the reading alone, not the making).
 */
export function bombsBench(plainRows = PLAIN_ROWS): void {
  const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-bombs-'));
  try {
    for (const name of CASES) {
      const path = name === 'attachment_bomb' ? '' : writeCase(dir, name, plainRows);
      const child = spawnSync(
        process.execPath,
        [process.argv[1] as string, BOMB_CHILD_FLAG, name, path],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      const line = child.stdout.trim().split('\n').at(-1) ?? '';
      if (child.status !== 0 || !line.startsWith('{')) {
        throw new Error(`bomb case ${name} failed: ${child.stderr || child.stdout}`);
      }
      const outcome = JSON.parse(line) as Outcome;
      report(`bounded parsing: ${name}`, outcome.seconds * 1000, 'ms', {
        peak_rss_mib: outcome.peakRssMiB,
        refused: outcome.refused ? 1 : 0,
      });
      if (outcome.refused) note(`  ${name}: ${outcome.refused}`);
      rmSync(path, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The child: reads its case's file (or builds the attachment part), timed, and prints the outcome. */
export async function bombChild(name: string, path: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-bomb-'));
  try {
    let run: () => Promise<void>;
    if (name === 'attachment_bomb') {
      const db = openStore(join(dir, 'store'));
      db.prepare('INSERT INTO attachments (id, part, bytes) VALUES (?, 0, ?)').run(
        'bomb',
        attachmentBomb(1),
      );
      run = async () => {
        for (const text of attachmentText(db, 'bomb', '0'.repeat(64))) void text;
      };
    } else {
      run = async () => {
        await checkListFile({ path }, new RowChecker({ votingDay: null, list: null }));
      };
    }
    const start = process.hrtime.bigint();
    let refused: string | null = null;
    try {
      await run();
    } catch (error) {
      refused = error instanceof Error ? error.message : String(error);
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const outcome: Outcome = { refused, seconds, peakRssMiB: peakRssMiB() };
    console.log(JSON.stringify(outcome));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
