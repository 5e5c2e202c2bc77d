import { afterEach, describe, expect, it } from 'vitest';
import {
  CHAIR_PIN,
  makeTestCore,
  setUpPrecinct,
  type TestCore,
} from '../../../../../tests/support/core';

let t: TestCore;
afterEach(() => t?.dispose());

describe('audit log', () => {
  it('filters by type, member and precinct-local dates, newest first, with names', async () => {
    // Setup at 23:50 on the 18th in Almaty, then a login at 00:10 on the 19th.
    t = makeTestCore('2027-03-18T18:50:00Z');
    const ids = await setUpPrecinct(t);
    t.clock.advance(20 * 60_000);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const page = (filter: object) =>
      t.must('listAuditEvents', { limit: 100, offset: 0, ...filter });

    const all = await page({});
    expect(all.total).toBe(all.entries.length);
    expect(all.entries[0]).toMatchObject({
      type: 'member.logged_in',
      actorName: 'Aigerim Sadykova',
      subjectName: 'Aigerim Sadykova',
    });
    expect(all.entries.at(-1)).toMatchObject({ type: 'device.initialized', actorId: null, seq: 1 });
    expect(all.types).toContain('precinct.setup_completed');

    const added = await page({ type: 'member.added' });
    expect(added.entries.map((e) => e.subjectName).sort()).toEqual([
      'Aigerim Sadykova',
      'Dana Serikova',
      'Nurlan Omarov',
      'Yerlan Zhaksybekov',
    ]);
    expect((await page({ actorId: ids.deputy })).total).toBe(0);
    expect((await page({ fromDate: '2027-03-19' })).entries.map((e) => e.type)).toEqual([
      'member.logged_in',
    ]);
    expect(
      (await page({ toDate: '2027-03-18' })).entries.some((e) => e.type === 'member.logged_in'),
    ).toBe(false);
    const paged = await t.must('listAuditEvents', { limit: 2, offset: 2 });
    expect(paged.entries.map((e) => e.seq)).toEqual(all.entries.slice(2, 4).map((e) => e.seq));
  });
});
