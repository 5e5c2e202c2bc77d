import { useT } from '../../../i18n/use-t';
import { OpenPathDialog } from '../../../ui/OpenPathDialog';
import { useSyncPathPickerStore } from './sync-path-picker-store';

/** Mount once: shows the in-app open dialog whenever a supervisor screen asks for a path. */
export function SyncPathPickerHost() {
  const t = useT();
  const request = useSyncPathPickerStore((state) => state.request);
  const finish = useSyncPathPickerStore((state) => state.finish);
  if (!request) return null;
  return (
    <OpenPathDialog
      key={request.id}
      texts={{
        title: t(request.folders ? 'supervisor.open.title' : 'supervisor.open.titleFile'),
        filesHeading: t('supervisor.open.files'),
        noFiles: t('supervisor.open.noFiles'),
        pathHint: t(request.folders ? 'supervisor.open.pathHint' : 'supervisor.open.pathHintFile'),
        open: t('supervisor.open.open'),
        ...(request.folders ? { thisFolder: t('supervisor.open.thisFolder') } : {}),
      }}
      extensions={request.extensions}
      onFinish={finish}
    />
  );
}
