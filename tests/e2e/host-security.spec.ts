import { test, expect } from './fixtures';

/** Asks the page for each permission the app never uses; every answer is a refusal. */
const ASK_FOR_PERMISSIONS = `(async () => {
  const settle = (promise) =>
    promise.then(() => 'granted', (error) => (error && error.name) || String(error));
  const query = (name) =>
    navigator.permissions.query({ name }).then((status) => status.state, () => 'unsupported');
  const position = await new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      () => resolve('granted'),
      (error) => resolve(error.code === error.PERMISSION_DENIED ? 'denied' : 'other'),
    ),
  );
  return {
    geolocation: position,
    geolocationState: await query('geolocation'),
    cameraState: await query('camera'),
    notifications: await Notification.requestPermission(),
    camera: await settle(navigator.mediaDevices.getUserMedia({ video: true })),
    clipboard: await settle(navigator.clipboard.readText()),
  };
})()`;

// The Electron shell refuses permissions with its session's handlers (src/main/electron/
// security.ts); this checks the Chromium host's own refusal from inside the app's page.
test('the Chromium host refuses every permission the page asks for', async ({ page, hostKind }) => {
  // Skipped under Electron only: the shell's own permission handlers are tested there (security.ts).
  test.skip(hostKind !== 'chromium', 'the Electron shell has its own handlers');
  await expect(page.locator('html')).toHaveAttribute('lang', /.+/);
  const answers = (await page.evaluate(ASK_FOR_PERMISSIONS)) as Record<string, string>;
  expect(answers).toMatchObject({
    geolocation: 'denied',
    geolocationState: 'denied',
    cameraState: 'denied',
    notifications: 'denied',
  });
  expect(answers.camera).not.toBe('granted');
  expect(answers.clipboard).not.toBe('granted');
});
