import Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { FeatureDescriptor } from '../feature';
import { buildRegistry } from './registry';

const feature = (
  name: string,
  events: FeatureDescriptor['events'],
  extra: Partial<FeatureDescriptor> = {},
): FeatureDescriptor<string, never> => ({
  name,
  migrations: [],
  events,
  projectionTables: [],
  errorCodes: [],
  handlers: () => ({}),
  ...extra,
});

const noted = { actor: ['record' as const], actorless: [] };

describe('the event registry built from feature descriptors', () => {
  it('refuses a type declared by two features, naming both', () => {
    const once = { payload: z.object({}), authority: noted, apply: 'log-only' as const };
    expect(() =>
      buildRegistry([feature('a', { 'x.done': once }), feature('b', { 'x.done': once })]),
    ).toThrow('Event type x.done is declared by a and b');
  });

  it('refuses a reaction to a type nobody declares', () => {
    expect(() =>
      buildRegistry([feature('a', {}, { reactions: { 'x.unknown': () => undefined } })]),
    ).toThrow('a reacts to x.unknown, which no feature declares');
  });

  it("applies the owner's projection first, then other features' reactions, and parses payloads", () => {
    const seen: string[] = [];
    const registry = buildRegistry([
      feature('owner', {
        'x.done': {
          payload: z.object({ n: z.number() }),
          authority: noted,
          apply: () => seen.push('owner'),
        },
      }),
      feature('other', {}, { reactions: { 'x.done': () => seen.push('other') } }),
    ]);
    const db = new Database(':memory:');
    registry.apply(db, {
      deviceId: 'd',
      seq: 1,
      hlc: '',
      type: 'x.done',
      actor: null,
      payload: { n: 1 },
      prevHash: '',
      hash: '',
    });
    db.close();
    expect(seen).toEqual(['owner', 'other']);
    expect(registry.parse('x.done', { n: 2 })).toEqual({ n: 2 });
    expect(() => registry.parse('x.done', { n: 'two' })).toThrow();
    expect(() => registry.parse('x.other', {})).toThrow('Unknown event type in the log: x.other');
  });
});
