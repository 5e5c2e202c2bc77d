import { DomainError } from '@shared/result';
import type { PackageContent } from '@shared/sync/package-content';

/**
 * The slot a laptop takes at its first load: the one named, which must be offered with its key;
 * or, named none, the only one offered. Several offered and none named is `slot_required`.
 */
export function chooseSlot(
  content: PackageContent,
  slot: number | undefined,
): PackageContent['slots'][number] {
  const free = content.slots.filter((s) => s.key_pem !== null);
  if (slot === undefined) {
    const only = free[0];
    if (free.length === 1 && only) return only;
    throw new DomainError(
      free.length === 0 ? 'slot_unavailable' : 'slot_required',
      free.length === 0
        ? 'The package has no free device slot left'
        : 'Name the device slot this laptop takes',
      { slots: free.map((s) => s.slot).join(',') },
    );
  }
  const named = free.find((s) => s.slot === slot);
  if (!named) {
    throw new DomainError('slot_unavailable', `Device slot ${slot} is not offered by the package`, {
      slot,
    });
  }
  return named;
}
