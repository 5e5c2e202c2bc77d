import type { centralAccessEn } from './en';

/** Дискіде шифрланған орталық комиссия қоймасы. */
export const centralAccessKk: Record<keyof typeof centralAccessEn, string> = {
  'errors.wrong_passphrase':
    'Құпия фраза қате. Тіркелгі бұғатталғанға дейін қалған әрекет саны: {left}.',
  'errors.passphrase_too_short': 'Құпия фраза кемінде {min} таңбадан тұрады.',
  'errors.unknown_account': 'Бұл қоймада мұндай атпен тіркелгі жоқ.',
  'errors.account_locked_out':
    'Құпия фраза тым көп рет қате енгізілді: тіркелгі {until} дейін бұғатталды.',
  'errors.central_locked': 'Қойма құлыптаулы: оны ашу үшін құпия фразаны енгізіңіз.',
  'errors.central_door_damaged':
    'Орталық комиссия қоймасына кіру файлы жоқ немесе бүлінген, қойманы ашу мүмкін емес.',

  'errors.central_busy': 'Импорт жүріп жатыр: қойманы ол аяқталған соң құлыптауға болады.',

  'centralAccess.account': 'Тіркелгі аты',
  'centralAccess.passphrase': 'Құпия фраза',
  'centralAccess.repeat': 'Құпия фраза қайтадан',
  'centralAccess.mismatch': 'Екі құпия фраза сәйкес емес.',
  'centralAccess.required': 'Осы өрісті толтырыңыз.',
  'centralAccess.unlockTitle': 'Орталық комиссия қоймасын ашу',
  'centralAccess.unlockIntro':
    'Қойма шифрланған. Оны ашу үшін тіркелгі атыңыз бен құпия фразаңызды енгізіңіз.',
  'centralAccess.unlock': 'Ашу',
  'centralAccess.createTitle': 'Әкімшіні тағайындау',
  'centralAccess.createIntro':
    'Қойма кездейсоқ кілтпен шифрланады, ол кілтті тек әкімшінің құпия фразасы ашады. Кемінде 12 таңбалы фраза таңдап, оны сенімді сақтаңыз: онсыз қойманы ешкім аша алмайды.',
  'centralAccess.previousIntro':
    'Бұл қойма бұрынғы нұсқада жасалған және әлі шифрланбаған. Әкімші тағайындалғанда ол орнында шифрланады; орталық комиссия кілті мен барлық деректер сақталады.',
  'centralAccess.create': 'Әкімшіні тағайындау',
  'centralAccess.passphraseHint': 'Кемінде 12 таңба.',
  'centralAccess.openedAs': 'Ашқан: {account}',
  'centralAccess.lock': 'Құлыптау',
};
