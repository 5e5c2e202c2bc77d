import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The project's own lint configuration, run on code placed where the rule looks. */
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'layers/import-layers')
    .map((m) => m.message);
}

describe('import rules', () => {
  it('refuses a kernel file that imports a feature, the composition or the air-gap format', async () => {
    for (const source of [
      '../../features/voters',
      '../../features/sync/checkpoint',
      '../../feature-list',
      '../../airgap/keys',
    ]) {
      const messages = await layerMessages(
        'src/main/core/kernel/events/example.ts',
        `import { x } from '${source}';\nexport const y = x;\n`,
      );
      expect(messages, source).toHaveLength(1);
      expect(messages[0]).toMatch(/^kernel imports only kernel, shared/);
    }
  });

  it('lets the kernel import itself and the shared code', async () => {
    const messages = await layerMessages(
      'src/main/core/kernel/events/example.ts',
      `import { a } from '../db/database';\nimport { b } from '@shared/result';\nexport const c = [a, b];\n`,
    );
    expect(messages).toEqual([]);
  });

  it("refuses a feature that reaches into another feature's internals", async () => {
    const messages = await layerMessages(
      'src/main/core/features/sync/example.ts',
      `import { VoterListService } from '../voters/list-service';\nexport const x = VoterListService;\n`,
    );
    expect(messages).toEqual([
      "a feature uses another only through its index.ts: import 'voters' from src/main/core/features/voters, not src/main/core/features/voters/list-service",
    ]);
  });

  it('lets a feature use another through its index, and its own files freely', async () => {
    const messages = await layerMessages(
      'src/main/core/features/sync/example.ts',
      `import { a } from '../voters';\nimport { b } from '../voters/index';\nimport { c } from './sync-store';\nimport { d } from '../../kernel/clock';\nexport const e = [a, b, c, d];\n`,
    );
    expect(messages).toEqual([]);
  });

  it('refuses the air-gap format importing a feature, and the boundary the composition', async () => {
    expect(
      await layerMessages(
        'src/main/core/airgap/example.ts',
        `import { a } from '../features/sync';\nexport const b = a;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await layerMessages(
        'src/main/core/boundary/example.ts',
        `import { a } from '../app-core';\nexport const b = a;\n`,
      ),
    ).toHaveLength(1);
  });
});
