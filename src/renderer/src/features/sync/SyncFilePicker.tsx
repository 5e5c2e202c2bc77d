import { useT } from '../../i18n/use-t';
import { OpenPathDialog } from '../../ui/OpenPathDialog';
import { SYNC_FILE_EXTENSIONS, useSyncFilePickerStore } from './sync-file-picker-store';

/** Mount once per screen that opens packages or sync files. */
export function SyncFilePickerHost() {
  const t = useT();
  const request = useSyncFilePickerStore((state) => state.request);
  const finish = useSyncFilePickerStore((state) => state.finish);
  if (!request) return null;
  const isPackage = request.kind === 'package';
  return (
    <OpenPathDialog
      key={request.id}
      texts={{
        title: isPackage ? t('package.choose') : t('sync.peerChoose'),
        filesHeading: isPackage ? t('sync.packageFilter') : t('sync.fileFilter'),
        noFiles: t('sync.noFilesHere'),
        pathHint: t('voters.open.pathHint'),
        open: t('voters.open.open'),
      }}
      extensions={SYNC_FILE_EXTENSIONS[request.kind]}
      onFinish={finish}
    />
  );
}
