import { z } from 'zod';
import { KERNEL_MIGRATIONS } from './db/migrations';
import { defineEvent, type FeatureDescriptor } from './feature';

/** The kernel's own event: a laptop's identity, made at its first start. */
export const kernelPayloadSchemas = {
  'device.initialized': z.object({ device_id: z.string(), public_key_pem: z.string() }),
};

/**
 * The kernel as the first entry of the feature list: its tables and its one event. It has no
 * operations of its own.
 */
export const kernelFeature = {
  name: 'kernel',
  migrations: KERNEL_MIGRATIONS,
  events: {
    'device.initialized': defineEvent({
      payload: kernelPayloadSchemas['device.initialized'],
      authority: { actor: [], actorless: ['device'] },
      // The device row is written beside the event; the log is the public record of the key.
      apply: 'log-only',
    }),
  },
  projectionTables: [],
  errorCodes: [],
  handlers: () => ({}),
} satisfies FeatureDescriptor<keyof typeof kernelPayloadSchemas>;
