import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The project's own lint configuration, run on code placed where the rule looks. */
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'renderer/renderer-layers')
    .map((m) => m.message);
}

const use = (source: string) => `import { x } from '${source}';\nexport const y = x;\n`;

describe('renderer import rules', () => {
  it('refuses a feature that imports another feature or the app', async () => {
    for (const source of [
      '../voters/voters-text',
      '../../features/sync/PackageLoader',
      '../../app/App',
    ]) {
      const messages = await layerMessages(
        'src/renderer/src/features/infolog/Example.tsx',
        use(source),
      );
      expect(messages, source).toHaveLength(1);
      expect(messages[0]).toMatch(/^a feature imports only its own folder, the kit/);
    }
  });

  it('lets a feature import its own folder, the kit and the shared code', async () => {
    for (const source of [
      './infolog-store',
      '../../../ui/Modal',
      '../../../app-state/session-store',
      '../../../api/precinct-client',
      '../../../i18n/use-t',
      '@shared/result',
      '../card/ActionDialog',
    ]) {
      const messages = await layerMessages(
        'src/renderer/src/features/voters/find/Example.tsx',
        use(source),
      );
      expect(messages, source).toEqual([]);
    }
  });

  it('refuses a kit file that imports a feature', async () => {
    const messages = await layerMessages(
      'src/renderer/src/ui/Example.tsx',
      use('../features/infolog/infolog-store'),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^the kit .* imports no feature/);
  });

  it('lets the app bring features together', async () => {
    const messages = await layerMessages(
      'src/renderer/src/app/Example.tsx',
      use('../features/sync/PackageLoader'),
    );
    expect(messages).toEqual([]);
  });
});
