import { useT } from '../../../i18n/use-t';
import { OpenPathDialog } from '../../../ui/OpenPathDialog';
import { useOpenFilePickerStore } from './open-file-picker-store';

/** Mount once: shows the in-app open dialog whenever a screen asks for a voter list file. */
export function OpenFilePickerHost() {
  const t = useT();
  const request = useOpenFilePickerStore((state) => state.request);
  const finish = useOpenFilePickerStore((state) => state.finish);
  if (!request) return null;
  return (
    <OpenPathDialog
      key={request.id}
      texts={{
        title: t('voters.open.title'),
        filesHeading: t('voters.open.files'),
        noFiles: t('voters.open.noFiles'),
        pathHint: t('voters.open.pathHint'),
        open: t('voters.open.open'),
      }}
      extensions={request.extensions}
      onFinish={finish}
    />
  );
}
