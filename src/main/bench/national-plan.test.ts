import { describe, expect, it } from 'vitest';
import { checkIin, iinBirthDate } from '@shared/voters/iin';
import { nationalIin, nationalPlan, LARGEST_LIST } from './national-plan';

describe('the national bench’s country', () => {
  it('spreads the lists like real ones, with the abroad precincts in their own zones', () => {
    const plan = nationalPlan(0.1, 1);
    expect(plan.precincts).toHaveLength(1046);
    const abroad = plan.precincts.filter((p) => p.country !== null);
    expect(abroad).toHaveLength(7);
    expect(new Set(abroad.map((p) => p.timeZone)).size).toBe(7);
    expect(abroad.every((p) => p.timeZone !== 'Asia/Almaty' && p.region === 'Abroad')).toBe(true);
    const home = plan.precincts.filter((p) => p.country === null);
    const sizes = home.map((p) => p.voters);
    const average = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(average).toBeGreaterThan(1100);
    expect(average).toBeLessThan(1300);
    expect(Math.max(...sizes)).toBe(LARGEST_LIST);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(30);
    expect(new Set(plan.precincts.map((p) => p.laptops))).toEqual(new Set([1, 2, 3]));
    expect(plan.voters).toBe(plan.precincts.reduce((a, p) => a + p.voters, 0));
  });

  it('plants scaled conflicts, each voter once, the same for a seed', () => {
    const plan = nationalPlan(0.1, 1);
    const { overlaps, doubles } = plan.conflicts;
    expect(overlaps).toHaveLength(20);
    expect(doubles).toHaveLength(30);
    expect(new Set(doubles).size).toBe(30);
    expect(new Set(overlaps.map(([v]) => v)).size).toBe(20);
    for (const [voter, other] of overlaps) {
      const target = plan.precincts[other];
      // Put on a list that is not its own.
      expect(
        target && (voter < target.firstVoter || voter >= target.firstVoter + target.voters),
      ).toBe(true);
    }
    expect(nationalPlan(0.1, 1)).toEqual(plan);
    expect(nationalPlan(0.1, 2).conflicts).not.toEqual(plan.conflicts);
  });

  it('gives every voter a valid IIN of a voter aged 18 to 90, none twice', () => {
    const seen = new Set<string>();
    let invalid = 0;
    for (let n = 0; n < 100_000; n++) {
      const iin = nationalIin(n);
      if (checkIin(iin) !== null) invalid++;
      seen.add(iin);
    }
    expect(invalid).toBe(0);
    expect(seen.size).toBe(100_000);
    const year = Number(iinBirthDate(nationalIin(12_500_000))?.slice(0, 4));
    expect(year).toBeGreaterThanOrEqual(1937);
    expect(year).toBeLessThanOrEqual(2008);
  });
});
