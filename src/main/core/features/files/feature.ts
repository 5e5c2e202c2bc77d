import { FILE_ERROR_CODES } from '../../../../shared/files/file-errors';
import type { CoreContext } from '../../context';
import type { FeatureDescriptor } from '../../kernel/feature';
import { fileHandlers } from './file-handlers';
import { FileHandles } from './file-handles';

/** Choosing and writing files: the host's dialogs, the in-app picker, PDFs and text files. */
export const filesFeature = {
  name: 'files',
  migrations: [],
  events: {},
  projectionTables: [],
  errorCodes: FILE_ERROR_CODES,
  handlers: (ctx) =>
    fileHandlers(
      ctx.host,
      (use) => ctx.requireFileAccess(use),
      // Handles belong to the session that chose them (null under the grant after setup).
      new FileHandles(ctx.clock, () => ctx.sessions.current()),
    ),
} satisfies FeatureDescriptor<never, CoreContext>;
