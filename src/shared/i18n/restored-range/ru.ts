import type { restoredRangeEn } from './en';

/** События заменённого ноутбука в файлах синхронизации его замены (восстановленный диапазон). */
export const restoredRangeRu: Record<keyof typeof restoredRangeEn, string> = {
  'supervisor.reject.restored_range_forged':
    'События заменённого ноутбука в этом файле не сцепляются с последним событием, подписанным в его резервной копии, или ни одно восстановление в файле их не подтверждает.',
  'supervisor.reject.restored_range_past_head':
    'События заменённого ноутбука в этом файле идут дальше последнего события, подписанного в его резервной копии.',
  'supervisor.reject.restored_backup_forged':
    'Резервная копия, из которой восстановлен этот ноутбук, не подписана ключом заменённого ноутбука.',
  'supervisor.reject.restored_range_wrong_precinct':
    'Файл несёт события ноутбука другого участка, будто заменил его.',
  'supervisor.reject.restored_device_unknown':
    'Ноутбук, который этот якобы заменяет, не удостоверен ни для одного места этого участка.',
  'supervisor.reject.restored_device_revoked':
    'Заменённый ноутбук отозван; его события после отзыва не принимаются.',
  'sync.reject.restored_range_forged':
    'события заменённого ноутбука, не подписанные его резервной копией',
  'sync.reject.restored_range_past_head': 'события заменённого ноутбука после его резервной копии',
  'sync.reject.restored_backup_forged':
    'восстановление из копии, не подписанной заменённым ноутбуком',
  'sync.reject.restored_range_wrong_precinct': 'заменённый ноутбук другого участка',
  'sync.reject.restored_device_unknown': 'заменённый ноутбук, не удостоверенный этим участком',
  'sync.reject.restored_device_revoked': 'отозванный заменённый ноутбук',
};
