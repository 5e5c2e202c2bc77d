import type { backupUiEn } from './en';

/** Экраны резервных копий: папка председателя, состояние в шапке, восстановление. */
export const backupUiRu: Record<keyof typeof backupUiEn, string> = {
  'backupUi.title': 'Резервные копии',
  'backupUi.intro':
    'Ноутбук записывает зашифрованную резервную копию в эту папку (на вторую флешку) не позже чем через пять минут после каждого изменения и при каждой выгрузке и хранит последние десять.',
  'backupUi.folder': 'Папка резервных копий',
  'backupUi.noFolder': 'Папка резервных копий ещё не указана.',
  'backupUi.choose': 'Выбрать папку резервных копий',
  'backupUi.now': 'Создать копию сейчас',
  'backupUi.working': 'Записывается резервная копия…',
  'backupUi.last': 'Последняя копия: {time}',
  'backupUi.lastFull': 'Последняя копия: {time}, события до № {seq}.',
  'backupUi.none': 'Резервная копия ещё не создавалась.',
  'backupUi.pending': 'Изменения после неё попадут в следующую копию в течение пяти минут.',
  'backupUi.readOnly': 'Папку указывает и копию запускает только председатель.',
  'backupUi.chooseTitle': 'Выбор папки резервных копий',
  'backupUi.chooseFiles': 'Копии в этой папке',
  'backupUi.chooseNone': 'В этой папке пока нет копий.',
  'backupUi.choosePathHint': 'Папка на флешке для копий.',
  'backupUi.chooseThis': 'Выбрать эту папку',
  'backupUi.header': 'Последняя копия: {time}',
  'backupUi.headerNone': 'Копий ещё нет',
  'backupUi.headerNoFolder': 'Папка копий не указана',
  'backupUi.problem': 'Копия не записана в {time}: {reason}',
  'backupUi.reason.backup_folder_missing': 'флешки или папки для копий нет.',
  'backupUi.reason.disk_full': 'флешка для копий заполнена.',
  'backupUi.reason.read_only_medium': 'флешка для копий защищена от записи.',
  'backupUi.reason.io_error': 'сбой флешки для копий (извлечена или повреждена).',
  'backupUi.reason.backup_store_unsealed':
    'председатель ещё не задал PIN-код, поэтому копия не создаётся.',
  'backupUi.keepVoting': 'Голосование продолжается; вставьте флешку или выберите другую папку.',
};
