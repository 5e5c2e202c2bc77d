import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { CHAIR, CHAIR_PIN, completeSetup, logIn } from './support/flows';

test('first-run setup records the precinct and gives the chair a recovery code', async ({
  page,
  dataDir,
  saveFileAs,
}) => {
  const code = await completeSetup(page);
  expect(code).toMatch(/^[A-Z2-9]{4}-/);
  await saveFileAs(`${dataDir}/recovery-code.pdf`, () =>
    page.getByRole('button', { name: /PDF/ }).click(),
  );
  await expect(page.getByRole('status').filter({ hasText: 'recovery-code.pdf' })).toBeVisible();
  expect(readFileSync(`${dataDir}/recovery-code.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
  await page.getByRole('button', { name: 'Continue' }).click();
  await logIn(page, CHAIR, CHAIR_PIN);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});
