import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumLaunchOptions, PERMISSIONS_POLICY } from './chromium-host';

describe('the Chromium host launch', () => {
  it('denies permission prompts and opens no DevTools, headless or in a window', () => {
    for (const headless of [true, false]) {
      const options = chromiumLaunchOptions(headless, '/usr/bin/chromium');
      expect(options.args).toContain('--deny-permission-prompts');
      expect(options.args.some((arg) => arg.includes('devtools'))).toBe(false);
      expect(options.args.some((arg) => arg.startsWith('--remote-debugging-port'))).toBe(false);
      expect('devtools' in options).toBe(false);
      expect(options.ignoreDefaultArgs).toEqual(['--unsafely-disable-devtools-self-xss-warnings']);
    }
    expect(CHROMIUM_ARGS).toContain('--disable-background-networking');
  });

  it('switches off the features the app never uses for its pages', () => {
    for (const feature of ['camera', 'microphone', 'geolocation', 'clipboard-read', 'usb']) {
      expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
    }
  });
});
