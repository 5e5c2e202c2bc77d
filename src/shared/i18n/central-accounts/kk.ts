import type { centralAccountsEn } from './en';

/** Супервизор режимінің тіркелгілері, рөлдер, құпия фразаны ауыстыру, автоқұлып және журнал. */
export const centralAccountsKk: Record<keyof typeof centralAccountsEn, string> = {
  'errors.not_permitted': 'Рөліңіз бұған рұқсат бермейді. Әкімшіге жүгініңіз.',
  'errors.passphrase_change_required':
    'Алдымен өз құпия фразаңызды таңдаңыз: берілген фраза тек алғашқы кіруге арналған.',
  'errors.last_administrator':
    'Бұл соңғы белсенді әкімші: оны өшіруге немесе операторға ауыстыруға болмайды.',
  'errors.account_inactive': 'Бұл тіркелгі өшірілген.',
  'errors.account_active': 'Бұл тіркелгі онсыз да белсенді.',
  'errors.account_exists': 'Мұндай атаулы тіркелгі бар.',

  'supervisor.nav.accounts': 'Тіркелгілер',
  'supervisor.nav.audit': 'Супервизор журналы',

  'centralAccounts.role.administrator': 'Әкімші',
  'centralAccounts.role.operator': 'Оператор',
  'centralAccounts.packagesAdministratorOnly':
    'Пакеттерді тек әкімші жасайды. Сіз оператор ретінде кірдіңіз.',

  'centralAccounts.changeTitle': 'Өз құпия фразаңызды таңдаңыз',
  'centralAccounts.changeIntro':
    'Сіз әкімші берген құпия фразамен кірдіңіз. Жалғастырмас бұрын өзіңіздікін таңдаңыз (кемінде 12 таңба); оны басқа ешкім білмеуі керек.',
  'centralAccounts.newPassphrase': 'Жаңа құпия фраза',
  'centralAccounts.changeSubmit': 'Фразамды сақтау',

  'centralAccounts.title': 'Тіркелгілер',
  'centralAccounts.intro':
    'Орталық қойманы кім аша алады. Әкімші кілттерді, пакеттерді, құрылғыларды кері қайтаруды және тіркелгілерді басқарады; оператор синхрондау файлдарын импорттайды, жиынтықты қарайды және дабылдар бойынша шешім қабылдайды. Ешкім жойылмайды: қажетсіз тіркелгі өшіріледі.',
  'centralAccounts.caption': 'Осы орталық қойманың тіркелгілері',
  'centralAccounts.colName': 'Аты',
  'centralAccounts.colRole': 'Рөлі',
  'centralAccounts.colState': 'Күйі',
  'centralAccounts.colActions': 'Әрекеттер',
  'centralAccounts.active': 'Белсенді',
  'centralAccounts.deactivated': 'Өшірілген',
  'centralAccounts.mustChange': 'бастапқы фраза',
  'centralAccounts.lockedUntil': '{until} дейін бұғатталған',
  'centralAccounts.you': '(сіз)',
  'centralAccounts.addTitle': 'Тіркелгі қосу',
  'centralAccounts.addIntro':
    'Бастапқы құпия фразаны адамға өзіне беріңіз. Өз фразасын ол алғаш кіргенде таңдайды.',
  'centralAccounts.name': 'Аты',
  'centralAccounts.role': 'Рөлі',
  'centralAccounts.initialPassphrase': 'Бастапқы құпия фраза',
  'centralAccounts.repeat': 'Бастапқы құпия фраза тағы бір рет',
  'centralAccounts.add': 'Тіркелгіні қосу',
  'centralAccounts.added': '{name} тіркелгісі қосылды.',
  'centralAccounts.saved': '{name} тіркелгісі: сақталды.',
  'centralAccounts.reset': 'Фразаны қалпына келтіру',
  'centralAccounts.resetLabel': 'Фразаны қалпына келтіру: {name}',
  'centralAccounts.resetTitle': '{name} үшін жаңа бастапқы фраза',
  'centralAccounts.resetExplain':
    'Ескі фраза жарамсыз болады, бұғат алынады. Өз фразасын адам келесі кіргенде таңдайды.',
  'centralAccounts.deactivate': 'Өшіру',
  'centralAccounts.deactivateLabel': 'Өшіру: {name}',
  'centralAccounts.deactivateTitle': '{name} өшіру керек пе?',
  'centralAccounts.deactivateExplain':
    'Тіркелгі тізімде және журналда қалады, бірақ оның фразасы қойманы енді ашпайды.',
  'centralAccounts.reactivate': 'Қайта белсендіру',
  'centralAccounts.reactivateLabel': 'Қайта белсендіру: {name}',
  'centralAccounts.reactivateTitle': '{name} қайта белсендіру',
  'centralAccounts.reactivateExplain':
    'Жаңа бастапқы фраза беріңіз: өз фразасын адам келесі кіргенде таңдайды.',
  'centralAccounts.changeRole': 'Рөлді ауыстыру',
  'centralAccounts.changeRoleLabel': 'Рөлді ауыстыру: {name}',
  'centralAccounts.roleTitle': '{name} рөлін ауыстыру',
  'centralAccounts.roleExplain':
    'Рөл құпия фразамен байланысты, сондықтан жаңа рөл жаңа бастапқы фразамен беріледі (өз тіркелгіңіз үшін — жаңа фразаңызбен).',
  'centralAccounts.newRole': 'Жаңа рөл',
  'centralAccounts.save': 'Сақтау',

  'supervisorLog.title': 'Супервизор журналы',
  'supervisorLog.intro':
    'Супервизор режиміндегі әр әрекет және оны жасаған тіркелгі. Әр жазба алдыңғысымен өз хешімен байланысқан: өзгертілген, жойылған немесе орны ауыстырылған жазба тізбекті үзеді.',
  'supervisorLog.colSeq': '№',
  'supervisorLog.colTime': 'Уақыты',
  'supervisorLog.colAccount': 'Тіркелгі',
  'supervisorLog.colAct': 'Әрекет',
  'supervisorLog.colDetails': 'Толығырақ',
  'supervisorLog.pagination': 'Супервизор журналының беттері',
  'supervisorLog.empty': 'Әзірге ештеңе жазылмаған.',
  'supervisorLog.verify': 'Журналды тексеру',
  'supervisorLog.checking': 'Журнал тексерілуде…',
  'supervisorLog.broken': 'Журнал {seq}-жазбада бұзылған: {reason}',
  'supervisorLog.reason.gap': 'оның алдында жазбалар жетіспейді.',
  'supervisorLog.reason.prev_hash_mismatch': 'ол алдыңғы жазбамен байланыспайды.',
  'supervisorLog.reason.hash_mismatch': 'ол жазылғаннан кейін өзгертілген.',
  'supervisorLog.act.store.initialized': 'Орталық қойма жасалды',
  'supervisorLog.act.session.opened': 'Кіру',
  'supervisorLog.act.account.added': 'Тіркелгі қосылды',
  'supervisorLog.act.account.passphrase_reset': 'Құпия фраза қалпына келтірілді',
  'supervisorLog.act.account.passphrase_changed': 'Өз құпия фразасы таңдалды',
  'supervisorLog.act.account.deactivated': 'Тіркелгі өшірілді',
  'supervisorLog.act.account.reactivated': 'Тіркелгі қайта белсендірілді',
  'supervisorLog.act.account.role_changed': 'Рөл ауыстырылды',
  'supervisorLog.act.package.made': 'Пакет жасалды',
  'supervisorLog.act.device.revoked': 'Құрылғы кері қайтарылды',
  'supervisorLog.act.alarm.decided': 'Дабыл бойынша шешім қабылданды',
  'supervisorLog.act.import.run': 'Синхрондау файлдары импортталды',
  'supervisorLog.act.keys.backup_made': 'Кілттердің сақтық көшірмесі жасалды',
  'supervisorLog.act.keys.restored': 'Кілттер қалпына келтірілді',
};
