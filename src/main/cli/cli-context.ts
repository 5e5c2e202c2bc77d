import { DomainError } from '@shared/result';
import type { HostServices } from '../core/boundary/host-services';
import { createContext, type CoreContext, type StoreAccess } from '../core/context';
import { systemClock } from '../core/kernel/clock';

/** The command line has no window: no dialogs, and no PDF renderer. */
const CLI_HOST: HostServices = {
  info: { kind: 'cli', nativeDialogs: false },
  showSaveDialog: () => Promise.resolve(null),
  showOpenDialog: () => Promise.resolve(null),
  renderPdf: () =>
    Promise.reject(new DomainError('invalid_input', 'The command line renders no documents')),
  printDocument: () =>
    Promise.reject(new DomainError('invalid_input', 'The command line has no printer')),
};

/**
 * A precinct's data folder opened for a command: the same context, services and migrations the
 * app's operations use (created and migrated when needed). The caller closes it.
 */
export function openCliContext(dataDir: string, access?: StoreAccess): CoreContext {
  return createContext({
    dataDir,
    clock: systemClock,
    host: CLI_HOST,
    ...(access ? { access } : {}),
  });
}
