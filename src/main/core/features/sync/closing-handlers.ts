import type { ApiHandlers } from '@shared/api';
import type { AtRestOperation } from '@shared/at-rest/at-rest-contract';
import { DomainError } from '@shared/result';
import type { CoreContext } from '../../context';
import { openWithSecret } from '../../kernel/at-rest/door-wraps';
import { normaliseRecoveryCode } from '../members';
import { ExportService } from './export-service';

/**
 * Closing the precinct after its final export (docs/at-rest.md, "Closing"): the chair's act,
 * recorded, then every wrap of the store key but the recovery code's and the commission's
 * destroyed; from then on the laptop opens read-only, with the recovery code.
 */
export function closingHandlers(ctx: CoreContext): Pick<ApiHandlers, AtRestOperation> {
  return {
    closePrecinct: async () => {
      const session = ctx.sessions.require('precinct.setup');
      const exports = new ExportService(ctx.db, ctx.clock);
      const { totalEvents, newEvents } = exports.pending();
      if (exports.history().length === 0 || newEvents > 0) {
        throw new DomainError(
          'precinct_not_exported',
          'Export the final sync file before closing the precinct',
          { newEvents },
        );
      }
      ctx.log.record('sync.precinct_closed', session.memberId, {
        exported_through_seq: totalEvents,
      });
      await ctx.door.closePrecinct();
      ctx.sessions.end('logout');
      return null;
    },
    openForReview: async ({ recoveryCode }) => {
      if (!ctx.door.closed) {
        throw new DomainError('forbidden', 'Only a closed precinct is opened for review');
      }
      const code = normaliseRecoveryCode(recoveryCode);
      const chairs = ctx.members.listForLogin().filter((m) => m.role === 'chair');
      for (const chair of chairs) {
        const door = ctx.door.snapshot();
        if (await openWithSecret(door, 'recovery_code', chair.id, code)) {
          // A review changes nothing: no login is recorded, and the store takes no writes.
          ctx.db.pragma('query_only = ON');
          const session = ctx.sessions.keeper.start(chair.id, 'chair', false);
          return ctx.sessions.info(session);
        }
      }
      throw new DomainError('recovery_code_invalid', 'The recovery code is not valid');
    },
  };
}
