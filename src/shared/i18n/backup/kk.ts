import type { backupEn } from './en';

/** Ноутбуктің төраға көрсеткен қалтаға сақтық көшірмелері (docs/backups.md). */
export const backupKk: Record<keyof typeof backupEn, string> = {
  'audit.type.backup.folder_set': 'Сақтық көшірмелер қалтасы көрсетілді',
  'audit.summary.backupFolder': 'Сақтық көшірмелер {folder} қалтасына сақталады',
  'errors.backup_folder_not_set':
    'Сақтық көшірмелер қалтасы әлі көрсетілмеген: оны төраға баптауларда көрсетеді.',
  'errors.backup_folder_missing':
    'Сақтық көшірмелер қалтасы жоқ: көшірмелер флешкасын салыңыз немесе басқа қалта көрсетіңіз.',
  'errors.backup_store_unsealed':
    'Төраға PIN-код орнатқанға дейін сақтық көшірме жасалмайды: оған дейін қойма онсыз ашылады.',
  'errors.backup_damaged':
    'Бұл файл — толық сақтық көшірме емес: ол қысқартылған немесе өзгертілген. Ертерек көшірмені таңдаңыз.',
  'errors.backup_not_found': 'Бұл қалтада сақтық көшірме табылмады.',
};
