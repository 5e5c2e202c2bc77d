import { describe, expect, it } from 'vitest';
import { isAppPageUrl, resolveAppFile } from './app-files';

const root = '/opt/app/renderer';

describe('serving the app pages', () => {
  it('maps the app origin onto the build folder', () => {
    expect(resolveAppFile(root, 'app://precinct-desk/', 'app://precinct-desk')).toBe(
      `${root}/index.html`,
    );
    expect(
      resolveAppFile(root, 'app://precinct-desk/assets/index-1.js', 'app://precinct-desk'),
    ).toBe(`${root}/assets/index-1.js`);
    expect(
      resolveAppFile(
        root,
        'https://precinct-desk.invalid/index.html?x=1',
        'https://precinct-desk.invalid',
      ),
    ).toBe(`${root}/index.html`);
  });

  it('refuses other origins and every way out of the folder', () => {
    const origin = 'app://precinct-desk';
    for (const url of [
      'app://other/index.html',
      'https://example.org/index.html',
      'app://precinct-desk/../../etc/passwd',
      'app://precinct-desk/%2e%2e/%2e%2e/etc/passwd',
      'app://precinct-desk/assets/..%2f..%2f..%2fetc/passwd',
      'app://precinct-desk/%00.js',
      'app://precinct-desk/%E0%A4%A',
      'not a url',
    ]) {
      const file = resolveAppFile(root, url, origin);
      expect(file === null || file.startsWith(`${root}/`), url).toBe(true);
      expect(file, url).not.toBe('/etc/passwd');
    }
    expect(resolveAppFile(root, 'app://other/index.html', origin)).toBeNull();
  });

  it('answers calls only from the app origin', () => {
    expect(isAppPageUrl('app://precinct-desk/index.html', 'app://precinct-desk')).toBe(true);
    expect(isAppPageUrl('app://precinct-desk.evil/index.html', 'app://precinct-desk')).toBe(false);
    expect(
      isAppPageUrl('https://precinct-desk.invalid.example/', 'https://precinct-desk.invalid'),
    ).toBe(false);
    expect(isAppPageUrl('about:blank', 'app://precinct-desk')).toBe(false);
    expect(isAppPageUrl('', 'app://precinct-desk')).toBe(false);
  });
});
