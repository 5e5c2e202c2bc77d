import type { ApiHandlers } from '@shared/api';
import { DomainError } from '@shared/result';
import {
  CENTRAL_OPERATION_NEEDS,
  type CentralOperationName,
} from '@shared/supervisor/central-operations';
import type { Clock } from '../../kernel/clock';
import type { SupervisorStore } from './store-handle';

/**
 * Wraps every supervisor operation in the one check of central-operations.ts: the store locks
 * itself first when its account has idled past the auto-lock time (not while an import runs);
 * then an operation that needs an account is refused while the store is locked
 * (`central_locked`), before the account has replaced an initial passphrase
 * (`passphrase_change_required`), and when its role lacks the permission (`not_permitted`).
 */
export function guardCentral(
  handlers: Pick<ApiHandlers, CentralOperationName>,
  store: SupervisorStore,
  clock: Clock,
  busy: () => boolean,
): Pick<ApiHandlers, CentralOperationName> {
  const guarded: Partial<Record<CentralOperationName, (input: never) => unknown>> = {};
  for (const name of Object.keys(CENTRAL_OPERATION_NEEDS) as CentralOperationName[]) {
    const need = CENTRAL_OPERATION_NEEDS[name];
    const handler = handlers[name] as (input: unknown) => unknown;
    guarded[name] = (input: never) => {
      const now = clock.now();
      store.expireIdle(now, busy());
      if (need !== 'open') {
        if (store.get()) {
          store.require(now, need === 'account' ? null : need, need === 'account');
        } else if (store.access() === 'locked') {
          throw new DomainError('central_locked', 'The central store is locked');
        }
      }
      return handler(input);
    };
  }
  return guarded as Pick<ApiHandlers, CentralOperationName>;
}
