import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { authorityProblem } from './authority';
import type { EventDefinition } from './feature';

const definition = (authority: EventDefinition['authority']): EventDefinition => ({
  payload: z.object({ member_id: z.string().optional() }),
  authority,
  apply: 'log-only',
});

describe('declared authority of an event type', () => {
  const pinSet = definition({ actor: ['self', 'members.reset_pin'], actorless: [] });

  it('allows a member whose role holds the permission, and the member the event is about', () => {
    const event = { type: 'member.pin_set', actor: 'chair-1', payload: { member_id: 'm-2' } };
    expect(authorityProblem(pinSet, event, 'chair')).toBeNull();
    const own = { type: 'member.pin_set', actor: 'm-2', payload: { member_id: 'm-2' } };
    expect(authorityProblem(pinSet, own, 'member')).toBeNull();
  });

  it('refuses a role without the permission acting on someone else', () => {
    const event = { type: 'member.pin_set', actor: 'm-3', payload: { member_id: 'm-2' } };
    expect(authorityProblem(pinSet, event, 'member')).toMatch(/a member may not record it/);
    expect(authorityProblem(pinSet, event, null)).toMatch(/not a member/);
  });

  it('allows no actor only where an origin may record the type without one', () => {
    const orphan = { type: 'member.pin_set', actor: null, payload: { member_id: 'm-2' } };
    expect(authorityProblem(pinSet, orphan, null)).toMatch(/needs an actor/);
    const lockout = definition({ actor: [], actorless: ['device'] });
    expect(authorityProblem(lockout, { ...orphan, type: 'member.locked_out' }, null)).toBeNull();
    expect(
      authorityProblem(lockout, { ...orphan, type: 'member.locked_out', actor: 'c' }, 'chair'),
    ).toMatch(/never recorded by a member/);
  });
});
