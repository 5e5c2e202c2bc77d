import type { Translate } from '../../i18n/use-t';
import { chooseFiles, type ChosenFiles } from '../../ui/choose-files';
import { BACKUP_EXTENSION } from './backup-files';

const PACKAGE_EXTENSION = 'pdpkg';

/** The backup: its folder (the newest is taken) or one backup file, as a read handle. */
export function chooseBackup(
  nativeDialogs: boolean,
  kind: 'folder' | 'file',
  t: Translate,
): Promise<ChosenFiles> {
  return chooseFiles(nativeDialogs, {
    kind,
    extensions: [BACKUP_EXTENSION],
    filterName: t('backupUi.restore.backup'),
    texts: {
      title: 'backupUi.restore.pickTitle',
      filesHeading: 'backupUi.restore.pickFiles',
      noFiles: 'backupUi.restore.pickNone',
      pathHint: 'backupUi.restore.pickHint',
      open: 'backupUi.restore.pickOpen',
      ...(kind === 'folder' ? { thisFolder: 'backupUi.restore.pickThis' as const } : {}),
    },
  });
}

/** The precinct's package file, as a read handle. */
export function choosePackage(nativeDialogs: boolean, t: Translate): Promise<ChosenFiles> {
  return chooseFiles(nativeDialogs, {
    kind: 'file',
    extensions: [PACKAGE_EXTENSION],
    filterName: t('backupUi.restore.package'),
    texts: {
      title: 'backupUi.restore.packageTitle',
      filesHeading: 'backupUi.restore.packageFiles',
      noFiles: 'backupUi.restore.packageNone',
      pathHint: 'backupUi.restore.packageHint',
      open: 'backupUi.restore.pickOpen',
    },
  });
}
