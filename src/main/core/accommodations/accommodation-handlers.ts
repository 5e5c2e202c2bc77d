import type { ApiHandlers } from '../../../shared/api';
import { accommodationOperations } from '../../../shared/accommodations/accommodation-contract';
import { DomainError } from '../../../shared/result';

type AccommodationOperation = keyof typeof accommodationOperations;

/** The accommodation operations. Temporary: each answers `internal` until the core lands. */
export function accommodationHandlers(): Pick<ApiHandlers, AccommodationOperation> {
  const pending = () => {
    throw new DomainError('internal', 'Accommodation requests are not available yet');
  };
  return Object.fromEntries(
    Object.keys(accommodationOperations).map((name) => [name, pending]),
  ) as unknown as Pick<ApiHandlers, AccommodationOperation>;
}
