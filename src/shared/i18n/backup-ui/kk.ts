import type { backupUiEn } from './en';

/** Сақтық көшірме экрандары: төрағаның қалтасы, тақырыптағы күй, қалпына келтіру. */
export const backupUiKk: Record<keyof typeof backupUiEn, string> = {
  'backupUi.title': 'Сақтық көшірмелер',
  'backupUi.intro':
    'Ноутбук әр өзгерістен кейін бес минут ішінде және әр экспортта осы қалтаға (екінші флешкаға) шифрланған сақтық көшірме жазады және соңғы онын сақтайды.',
  'backupUi.folder': 'Сақтық көшірмелер қалтасы',
  'backupUi.noFolder': 'Сақтық көшірмелер қалтасы әлі көрсетілмеген.',
  'backupUi.choose': 'Сақтық көшірмелер қалтасын таңдау',
  'backupUi.now': 'Қазір көшірме жасау',
  'backupUi.working': 'Сақтық көшірме жазылып жатыр…',
  'backupUi.last': 'Соңғы көшірме: {time}',
  'backupUi.lastFull': 'Соңғы көшірме: {time}, № {seq} дейінгі оқиғалар.',
  'backupUi.none': 'Сақтық көшірме әлі жасалмаған.',
  'backupUi.pending': 'Одан кейінгі өзгерістер бес минут ішінде келесі көшірмеге түседі.',
  'backupUi.readOnly': 'Қалтаны көрсетіп, көшірмені тек төраға бастайды.',
  'backupUi.chooseTitle': 'Сақтық көшірмелер қалтасын таңдау',
  'backupUi.chooseFiles': 'Осы қалтадағы көшірмелер',
  'backupUi.chooseNone': 'Бұл қалтада әзірге көшірме жоқ.',
  'backupUi.choosePathHint': 'Көшірмелер флешкасындағы қалта.',
  'backupUi.chooseThis': 'Осы қалтаны таңдау',
  'backupUi.header': 'Соңғы көшірме: {time}',
  'backupUi.headerNone': 'Көшірме әлі жоқ',
  'backupUi.headerNoFolder': 'Көшірмелер қалтасы көрсетілмеген',
  'backupUi.problem': '{time} кезінде көшірме жазылмады: {reason}',
  'backupUi.reason.backup_folder_missing': 'көшірмелер флешкасы немесе қалтасы жоқ.',
  'backupUi.reason.disk_full': 'көшірмелер флешкасы толып қалды.',
  'backupUi.reason.read_only_medium': 'көшірмелер флешкасы жазудан қорғалған.',
  'backupUi.reason.io_error': 'көшірмелер флешкасында ақау (суырылды немесе бүлінді).',
  'backupUi.reason.backup_store_unsealed':
    'төраға әлі PIN-код орнатпаған, сондықтан көшірме жасалмайды.',
  'backupUi.keepVoting': 'Дауыс беру жалғасады; флешканы салыңыз немесе басқа қалта таңдаңыз.',
};
