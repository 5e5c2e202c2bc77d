import type { backupEn } from './en';

/** Резервные копии ноутбука в папку, указанную председателем (docs/backups.md). */
export const backupRu: Record<keyof typeof backupEn, string> = {
  'audit.type.backup.folder_set': 'Указана папка резервных копий',
  'audit.summary.backupFolder': 'Резервные копии сохраняются в {folder}',
  'errors.backup_folder_not_set':
    'Папка резервных копий ещё не указана: председатель указывает её в настройках.',
  'errors.backup_folder_missing':
    'Папки резервных копий нет: вставьте флешку для копий или укажите другую папку.',
  'errors.backup_store_unsealed':
    'Резервная копия не создаётся, пока председатель не задал PIN-код: до этого хранилище открывается без него.',
  'errors.backup_damaged':
    'Этот файл — не целая резервная копия: он обрезан или изменён. Выберите более раннюю копию.',
  'errors.backup_not_found': 'В этой папке нет резервных копий.',
  'audit.type.backup.restored': 'Ноутбук восстановлен из резервной копии',
  'audit.summary.backupRestored':
    'Восстановлен из резервной копии ноутбука {device} (его события до № {seq}); этот ноутбук занял слот {slot}',
  'errors.restore_target_not_empty':
    'В этой папке данных уже есть хранилище участка: восстанавливайте в новую пустую папку.',
  'errors.restore_wrong_package':
    'Это пакет другого участка или других выборов: используйте пакет участка, которому принадлежит резервная копия.',
};
