import { FILE_ERROR_CODES } from '@shared/files/file-errors';
import type { CoreContext } from '../../context';
import type { FeatureDescriptor } from '../../kernel/feature';
import { fileHandlers } from './file-handlers';

/** Choosing and writing files: the host's dialogs, the in-app picker, PDFs and text files. */
export const filesFeature = {
  name: 'files',
  migrations: [],
  events: {},
  projectionTables: [],
  errorCodes: FILE_ERROR_CODES,
  handlers: (ctx) => fileHandlers(ctx.host, (use) => ctx.requireFileAccess(use), ctx.fileHandles),
} satisfies FeatureDescriptor<never, CoreContext>;
