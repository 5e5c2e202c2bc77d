import type { restoredRangeEn } from './en';

/** Ауыстырылған ноутбуктің оқиғалары оның орнындағы ноутбуктің синхрондау файлдарында. */
export const restoredRangeKk: Record<keyof typeof restoredRangeEn, string> = {
  'supervisor.reject.restored_range_forged':
    'Бұл файлдағы ауыстырылған ноутбук оқиғалары оның сақтық көшірмесі қол қойған соңғы оқиғаға тізбектелмейді немесе файлдағы ешбір қалпына келтіру оларды растамайды.',
  'supervisor.reject.restored_range_past_head':
    'Бұл файлдағы ауыстырылған ноутбук оқиғалары оның сақтық көшірмесі қол қойған соңғы оқиғадан асып кетеді.',
  'supervisor.reject.restored_backup_forged':
    'Бұл ноутбук қалпына келтірілген сақтық көшірмеге ауыстырылған ноутбуктің кілтімен қол қойылмаған.',
  'supervisor.reject.restored_range_wrong_precinct':
    'Файл басқа учаске ноутбугінің оқиғаларын оны ауыстырғандай етіп әкеледі.',
  'supervisor.reject.restored_device_unknown':
    'Бұл ноутбук ауыстырдым дейтін ноутбук осы учаскенің ешбір орнына куәландырылмаған.',
  'supervisor.reject.restored_device_revoked':
    'Ауыстырылған ноутбук кері қайтарылған; оның кері қайтарудан кейінгі оқиғалары қабылданбайды.',
  'sync.reject.restored_range_forged':
    'сақтық көшірмесі қол қоймаған ауыстырылған ноутбук оқиғалары',
  'sync.reject.restored_range_past_head':
    'сақтық көшірмесінен кейінгі ауыстырылған ноутбук оқиғалары',
  'sync.reject.restored_backup_forged':
    'ауыстырылған ноутбук қол қоймаған көшірмеден қалпына келтіру',
  'sync.reject.restored_range_wrong_precinct': 'басқа учаскенің ауыстырылған ноутбугі',
  'sync.reject.restored_device_unknown': 'осы учаске куәландырмаған ауыстырылған ноутбук',
  'sync.reject.restored_device_revoked': 'кері қайтарылған ауыстырылған ноутбук',
};
