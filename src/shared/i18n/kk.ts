import type { MessageKey } from './en';
import { accommodationErrorsKk } from './accommodation-errors/kk';
import { accommodationsKk } from './accommodations/kk';
import { infologKk } from './infolog/kk';
import { voterAreasKk } from './voter-areas/kk';
import { votersKk } from './voters/kk';
import { syncKk } from './sync/kk';
import { atRestKk } from './at-rest/kk';
import { supervisorKk } from './supervisor/kk';
import { resultsKk } from './results/kk';
import { protocolKk } from './protocol/kk';
import { protocolCopiesKk } from './protocol-copies/kk';
import { protocolLinesKk } from './protocol-lines/kk';
import { resultsDayKk } from './results-day/kk';
import { dayHomeKk } from './day-home/kk';
import { votedListKk } from './voted-list/kk';
import { dayToolKk } from './day-tool/kk';
import { filePickerKk } from './file-picker/kk';
import { inputChecksKk } from './input-checks/kk';
import { printKk } from './print/kk';
import { nextStepsKk } from './next-steps/kk';
import { centralAccessKk } from './central-access/kk';
import { keystoreKk } from './keystore/kk';
import { keyBackupKk } from './key-backup/kk';
import { returnedLaptopKk } from './returned-laptop/kk';
import { backupKk } from './backup/kk';
import { restoredRangeKk } from './restored-range/kk';
import { backupUiKk } from './backup-ui/kk';
import { centralAccountsKk } from './central-accounts/kk';
import { precinctListKk } from './precinct-list/kk';

export const kk: Record<MessageKey, string> = {
  ...votersKk,
  ...voterAreasKk,
  ...infologKk,
  ...accommodationErrorsKk,
  ...accommodationsKk,
  ...syncKk,
  ...atRestKk,
  ...supervisorKk,
  ...resultsKk,
  ...protocolKk,
  ...protocolCopiesKk,
  ...protocolLinesKk,
  ...resultsDayKk,
  ...dayHomeKk,
  ...votedListKk,
  ...dayToolKk,
  ...filePickerKk,
  ...inputChecksKk,
  ...printKk,
  ...nextStepsKk,
  ...centralAccessKk,
  ...keystoreKk,
  ...keyBackupKk,
  ...returnedLaptopKk,
  ...backupKk,
  ...restoredRangeKk,
  ...backupUiKk,
  ...centralAccountsKk,
  ...precinctListKk,

  'app.title': 'Precinct Desk',

  'languages.kk': 'Қазақша',
  'languages.ru': 'Русский',
  'languages.en': 'English',
  'language.switch': 'Тіл',

  'roles.chair': 'Төраға',
  'roles.deputy_chair': 'Төрағаның орынбасары',
  'roles.secretary': 'Хатшы',
  'roles.member': 'Комиссия мүшесі',

  'errors.invalid_input': 'Енгізілген деректердің бір бөлігі жарамсыз. Тексеріп, қайталап көріңіз.',
  'errors.not_set_up': 'Учаске әлі бапталмаған.',
  'errors.already_set_up': 'Учаске бапталып қойған.',
  'errors.supervisor_folder':
    'Бұл деректер қалтасы орталық комиссияға тиесілі (супервайзер режимі); учаскеге өз қалтасы керек.',
  'errors.not_logged_in': 'Сіз жүйеге кірмегенсіз. Жалғастыру үшін кіріңіз.',
  'errors.session_locked': 'Сеанс бұғатталды. Жалғастыру үшін қайта кіріңіз.',
  'errors.forbidden': 'Сіздің рөліңіз бұған рұқсат бермейді.',
  'errors.wrong_pin': 'PIN-код қате.',
  'errors.locked_out': 'Қате PIN-код тым көп енгізілді: кіру уақытша бұғатталды.',
  'errors.pin_format': 'PIN-код 6–12 цифрдан тұрады, басқа таңба болмауы керек.',
  'errors.pin_reused': 'Жаңа PIN-код қазіргісінен өзгеше болуы керек.',
  'errors.pin_trivial':
    'Бұл PIN-кодты табу тым оңай: бір цифрды қайталауға (111111), қатарынан келетін цифрларға (123456, 654321) немесе учаске нөміріне болмайды. Басқасын таңдаңыз.',
  'errors.temporary_pin_expired':
    'Уақытша PIN-кодтың мерзімі өтті (ол 3 күн жарамды). Төрағадан жаңасын сұраңыз.',
  'errors.not_locked_out': 'Бұл мүшенің кіруі бұғатталмаған.',
  'errors.pin_mismatch': 'PIN-кодтар сәйкес келмейді.',
  'errors.no_pin': 'Бұл комиссия мүшесінің әлі PIN-коды жоқ. Төрағадан уақытша PIN-код сұраңыз.',
  'errors.pin_change_required': 'Алдымен өз PIN-кодыңызды орнатыңыз.',
  'errors.member_inactive': 'Бұл комиссия мүшесі енді белсенді емес.',
  'errors.member_not_found': 'Комиссия мүшесі табылмады.',
  'errors.recovery_code_invalid': 'Қалпына келтіру коды жарамсыз. Оны таңба-таңбасымен тексеріңіз.',
  'errors.chair_required':
    'Комиссияда дәл бір төраға болуы керек; төрағаның белсенділігін тоқтатуға болмайды.',
  'errors.one_chair_only': 'Төраға тек біреу бола алады.',
  'errors.cannot_deactivate_self':
    'Өзіңізді ауыстыруға немесе өз белсенділігіңізді тоқтатуға болмайды.',
  'errors.invalid_time_zone':
    'Мұндай уақыт белдеуі белгісіз. IANA атауын жазыңыз, мысалы Asia/Almaty немесе Europe/Berlin.',
  'errors.invalid_voting_hours': 'Дауыс беру басталған уақыттан кейін аяқталуы керек.',
  'errors.dialog_cancelled': 'Бас тартылды.',
  'errors.path_not_found': 'Мұндай қалта жоқ.',
  'errors.file_exists': 'Осындай атаумен файл бұрыннан бар.',
  'errors.file_handle_invalid': 'Файлды бұл таңдау енді жарамсыз. Файлды қайта таңдаңыз.',
  'errors.disk_full':
    'Диск немесе USB жинақтағыш толы. Ештеңе жазылған жоқ; орын босатыңыз немесе басқа жинақтағышты алып, қайталап көріңіз.',
  'errors.read_only_medium':
    'Дискіге немесе USB жинақтағышқа жазу мүмкін емес (ол тек оқуға арналған немесе қорғалған). Ештеңе жазылған жоқ; басқа жинақтағышты немесе қалтаны таңдаңыз.',
  'errors.io_error':
    'Файлды оқу немесе жазу мүмкін болмады. Дискіні немесе USB жинақтағышты тексеріп, қайталап көріңіз.',
  'errors.wrong_sender': 'Сұрау қолданбаның өз терезесінен келмеді, сондықтан қабылданбады.',
  'errors.database_newer':
    'Деректер қалтасын Precinct Desk-тің жаңарақ нұсқасы жазған (деректер нұсқасы {found}; бұл нұсқа {known} дейін біледі). Ол өзгертілмей қалдырылды: оны ашу үшін жаңарақ нұсқаны орнатыңыз.',
  'errors.internal': 'Бірдеңе дұрыс болмады. Ештеңе өзгертілген жоқ.',

  'common.loading': 'Жүктелуде…',
  'common.tryAgain': 'Қайталап көру',
  'common.continue': 'Жалғастыру',
  'common.cancel': 'Болдырмау',
  'common.saving': 'Сақталуда…',
  'common.skipToMain': 'Негізгі мазмұнға өту',
  'common.precinct': '№ {number} учаске: {name}',

  'validation.required': 'Бұл өрісті толтырыңыз.',
  'validation.summary': 'Кейбір өрістерді түзету керек. Әрқайсысы өз орнында белгіленген.',
  'validation.precinctNumber': '1-ден 999999-ға дейінгі бүтін сан енгізіңіз.',
  'validation.clockConfirm': 'Күн, уақыт және уақыт белдеуі дұрыс екенін растаңыз.',
  'validation.invalid': 'Бұл мән қабылданбады. Тексеріп, түзетіңіз.',
  'validation.tooLong': 'Бұл мән тым ұзын. Қысқартыңыз.',

  'pin.new': 'Жаңа PIN-код',
  'pin.repeat': 'PIN-кодты қайталаңыз',
  'pin.rules': '6–12 цифр, тек цифрлар; 111111, 123456 немесе учаске нөмірі болмайды.',

  'setup.title': 'Учаскені баптау',
  'setup.intro':
    'Сайлау, учаске және комиссия туралы деректерді бір рет енгізіңіз. Содан кейін төраға осы жерде берілген PIN-кодпен кіреді.',
  'setup.electionSection': 'Сайлау немесе референдум',
  'setup.electionKind': 'Дауыс беру түрі',
  'setup.kind.election': 'Сайлау',
  'setup.kind.referendum': 'Референдум',
  'setup.electionName': 'Сайлаудың немесе референдумның атауы',
  'setup.votingDay': 'Дауыс беру күні',
  'setup.opens': 'Дауыс беру басталады',
  'setup.closes': 'Дауыс беру аяқталады',
  'setup.precinctSection': 'Учаске',
  'setup.precinctNumber': 'Учаске нөмірі',
  'setup.precinctName': 'Учаске атауы',
  'setup.region': 'Облыс',
  'setup.district': 'Аудан',
  'setup.address': 'Мекенжай',
  'setup.timeSection': 'Уақыт белдеуі және сағат',
  'setup.timeZone': 'Уақыт белдеуі',
  'setup.timeZoneOther': 'Басқа (шетелдегі учаске)',
  'setup.otherTimeZone': 'Басқа белдеу (IANA атауы)',
  'setup.otherTimeZoneHint': 'Мысалы, Europe/Berlin немесе America/New_York.',
  'setup.clockReading': '{zone} белдеуінде қазір: {date}, {time}.',
  'setup.clockUnknownZone': 'Күн мен уақытты көру үшін дұрыс уақыт белдеуін көрсетіңіз.',
  'setup.clockConfirm': 'Көрсетілген күн, уақыт және уақыт белдеуі дұрыс',
  'setup.clockConfirmHint':
    'Егер қате болса, жалғастырмас бұрын компьютер сағатын түзетіңіз немесе дұрыс уақыт белдеуін таңдаңыз.',
  'setup.membersSection': 'Комиссия мүшелері',
  'setup.membersHint':
    'Мүшелердің дәл біреуі — төраға. Төраға бірінші кіріп, қалғандарына PIN-код береді.',
  'setup.memberNumber': '{number}-мүше',
  'setup.memberName': 'Толық аты-жөні',
  'setup.memberRole': 'Рөлі',
  'setup.addMember': 'Мүше қосу',
  'setup.removeMember': '{number}-мүшені алып тастау',
  'setup.membersLimit': 'Мұнда ең көбі {max} мүше енгізуге болады.',
  'setup.chairPinSection': 'Төрағаның PIN-коды',
  'setup.chairPin': 'Төрағаның PIN-коды',
  'setup.chairPinRepeat': 'PIN-кодты қайталаңыз',
  'setup.submit': 'Баптауды аяқтау',

  'recovery.firstTitle': 'Төрағаның қалпына келтіру коды',
  'recovery.newTitle': 'Төрағаның жаңа қалпына келтіру коды',
  'recovery.setupDone': 'Учаске бапталды.',
  'recovery.pinChanged':
    'Төрағаның PIN-коды өзгертілді. Бұрынғы қалпына келтіру коды енді жарамсыз.',
  'recovery.codeLabel': 'Қалпына келтіру коды:',
  'recovery.stepPrint':
    'Бұл кодты қазір басып шығарыңыз немесе қолмен жазып алыңыз. Оны файлда сақтамаңыз.',
  'recovery.stepSeal':
    'Басып шығарылған парақты конвертке салып желімдеңіз, желімнің үстінен қол қойып, учаскенің сейфінде сақтаңыз.',
  'recovery.stepUse': 'Төраға PIN-кодын ұмытса, конвертті ашып, осы кодпен жаңа PIN-код орнатыңыз.',
  'recovery.stepOnce':
    'Код бір рет қана жарамды және тек қазір көрсетіледі. Ол пайдаланылғаннан кейін қолданба жаңа код көрсетеді — оны да басып шығарып, конвертке салу керек.',
  'recovery.sheetOnce':
    'Код бір рет қана жарамды. Ол пайдаланылғаннан кейін бұл парақ күшін жояды, ал қолданба басып шығарып, конвертке салу үшін жаңа код береді.',
  'recovery.sheetHeading': 'Precinct Desk: төрағаның PIN-кодын қалпына келтіру коды',
  'recovery.sheetIssued': 'Берілген күні: {date}',
  'recovery.sheetSealedBy': 'Конвертке салған (аты-жөні, қолы): ______________________________',
  'recovery.sheetWitness': 'Куә (аты-жөні, қолы): ______________________________',
  'recovery.print': 'Кодты басып шығару',
  'recovery.printSent': 'Парақ басып шығаруға жіберілді. Оның басылғанын тексеріп, мөрлеңіз.',
  'recovery.savePdfInsist': 'Басып шығарудың орнына PDF етіп сақтау…',
  'recovery.pdfWarningTitle': 'Қалпына келтіру кодын файлға сақтау керек пе?',
  'recovery.pdfWarning':
    'Бұл PDF-ті кейін ашқан кез келген адам төрағаның PIN-кодын ауыстыра алады. Оны қазір басып шығару мүмкін болмаса ғана сақтаңыз; дереу басып шығарып, содан кейін файлды жойыңыз.',
  'recovery.pdfConfirm': 'Бәрібір PDF сақтау',
  'recovery.pdfSaved':
    'Сақталды: {path}. Парақ басылып, мөрленген бойда бұл файлды жойыңыз: оны ашқан кез келген адам төрағаның PIN-кодын ауыстыра алады.',

  'print.savePdf': 'Басып шығару / PDF етіп сақтау',
  'print.savedTo': 'Сақталды: {path}',

  'pathPicker.title': 'Файлды қайда сақтау керек',
  'pathPicker.currentFolder': 'Қалта: {path}',
  'pathPicker.parent': 'Бір деңгей жоғары',
  'pathPicker.folders': 'Қалталар',
  'pathPicker.noFolders': 'Мұнда қалта жоқ.',
  'pathPicker.filePath': 'Файл жолы',
  'pathPicker.save': 'Сақтау',
  'pathPicker.replaceTitle': 'Бар {name} файлын ауыстыру керек пе?',
  'pathPicker.replaceExplain':
    'Бұл қалтада осындай атаумен файл бұрыннан бар. Ауыстырсаңыз, оның мазмұны жаңа файлмен алмастырылады.',
  'pathPicker.replace': 'Ауыстыру',

  'login.title': 'Кіру',
  'login.whoAreYou': 'Кім кіреді?',
  'login.noPinYet': 'PIN-код әлі жоқ — төрағаға жүгініңіз',
  'login.chooseName': 'Тізімнен өз атыңызды таңдаңыз.',
  'login.pin': 'PIN-код',
  'login.submit': 'Кіру',
  'login.forgotPin': 'PIN-кодты ұмыттыңыз ба? (төраға)',
  'login.lockedUntil': 'Қайта кіру уақыты: {until}.',
  'login.sessionLocked': 'Сеанс бұғатталды. Жалғастыру үшін қайта кіріңіз.',
  'login.loggedOut': 'Сіз жүйеден шықтыңыз. Жалғастыру үшін қайта кіріңіз.',

  'recover.title': 'Төрағаның PIN-кодын қалпына келтіру',
  'recover.intro':
    'Қалпына келтіру коды бар желімделген конвертті ашып, кодты енгізіңіз және жаңа PIN-код орнатыңыз. Код бір рет қана жарамды; басып шығарып, конвертке салу үшін жаңа код аласыз.',
  'recover.forChair': 'Төраға: {name}',
  'recover.code': 'Қалпына келтіру коды',
  'recover.submit': 'Жаңа PIN-кодты орнату',
  'recover.back': 'Кіру бетіне оралу',

  'changePin.title': 'Өз PIN-кодыңызды орнатыңыз',
  'changePin.greeting': 'Қош келдіңіз, {name}.',
  'changePin.intro':
    'Сіз төраға берген уақытша PIN-кодпен кірдіңіз. Өз PIN-кодыңызды қазір орнатыңыз: оған дейін басқа ештеңе қолжетімді емес.',
  'changePin.current': 'Уақытша PIN-код',
  'changePin.submit': 'PIN-кодымды сақтау',

  'clock.question': 'Күн, уақыт және уақыт белдеуі дұрыс па?',
  'clock.date': 'Күні',
  'clock.time': 'Уақыты',
  'clock.timeZone': 'Уақыт белдеуі',
  'clock.ifWrong':
    'Бірдеңе қате болса, растамаңыз: дауыс беру күнгі кез келген жұмыстан бұрын ноутбук сағатын түзету керек.',
  'clock.confirm': 'Иә, растаймын',
  'clock.later': 'Кейінірек',
  'clock.check': 'Сағатты тексеру',
  'clock.notConfirmed': 'Төраға бүгін сағатты әлі растаған жоқ.',
  'clock.notConfirmedYet': 'Сіз бүгін сағатты әлі растаған жоқсыз.',
  'clock.behind':
    'Назар аударыңыз: бұл компьютердің сағаты соңғы жазылған оқиғадан ({time}) артта қалып тұр. Күн мен уақытты тексеріңіз.',
  'clock.overridden': 'Сағат тестілеу үшін ауыстырылған.',

  'shell.loggedInAs': '{name}, {role}',
  'shell.lock': 'Бұғаттау',
  'shell.logout': 'Шығу',

  'nav.label': 'Бөлімдер',
  'nav.voters': 'Сайлаушылар',
  'nav.accommodations': 'Қолжетімділік',
  'nav.infolog': 'Ақпарат журналы',
  'nav.sync': 'Синхрондау',
  'nav.audit': 'Аудит',
  'nav.settings': 'Баптаулар',

  'section.comingLater': 'Бұл бөлім әлі дайын емес.',
  'voters.title': 'Сайлаушылар',
  'sync.title': 'Синхрондау',
  'sync.intro':
    'Мұнда осы ноутбуктің жазбаларын аумақтық комиссия үшін USB жинақтағышқа жазу және учаске пакетін жүктеу жүзеге асырылады.',

  'audit.title': 'Аудит журналы',
  'audit.intro':
    'Жазылған барлық әрекет: кім, не және қашан істегені, учаскенің жергілікті уақытымен.',
  'audit.verifyChain': 'Тізбекті тексеру',
  'audit.chainChecking': 'Оқиғалар тізбегі тексерілуде…',
  'audit.chainBroken': 'Тізбек бұзылған: {device} құрылғысы, № {seq} оқиға: {reason}',
  'audit.chainReason.gap': 'оның алдында оқиғалар жетіспейді',
  'audit.chainReason.prev_hash_mismatch': 'ол алдыңғы оқиғамен байланыспайды',
  'audit.chainReason.hash_mismatch': 'ол жазылғаннан кейін өзгертілген',
  'audit.filters': 'Сүзгілер',
  'audit.filterType': 'Оқиға түрі',
  'audit.allTypes': 'Барлық түрлері',
  'audit.filterMember': 'Комиссия мүшесі',
  'audit.allMembers': 'Барлық мүшелер',
  'audit.fromDate': 'Күннен бастап',
  'audit.toDate': 'Күнге дейін',
  'audit.colSeq': '№',
  'audit.colTime': 'Уақыты',
  'audit.colMember': 'Комиссия мүшесі',
  'audit.colEvent': 'Оқиға',
  'audit.colDetails': 'Толығырақ',
  'audit.system': 'Жүйе',
  'audit.empty': 'Бұл сүзгілерге сәйкес оқиға жоқ.',
  'audit.pagination': 'Аудит журналының беттері',
  'pager.previous': 'Алдыңғы бет',
  'pager.next': 'Келесі бет',
  'pager.pageOf': 'Бет: {page} / {pages}',
  'audit.unknownMember': 'комиссия мүшесі',
  'audit.type.device.initialized': 'Құрылғы дайындалды',
  'audit.type.precinct.setup_completed': 'Учаске бапталды',
  'audit.type.member.added': 'Комиссия мүшесі қосылды',
  'audit.type.member.deactivated': 'Комиссия мүшесінің белсенділігі тоқтатылды',
  'audit.type.member.pin_set': 'PIN-код орнатылды',
  'audit.type.member.recovery_code_issued': 'Қалпына келтіру коды берілді',
  'audit.type.member.logged_in': 'Жүйеге кірді',
  'audit.type.member.logged_out': 'Жүйеден шықты',
  'audit.type.member.locked_out': 'Қате PIN-кодтардан кейін кіру бұғатталды',
  'audit.type.member.lockout_lifted': 'Кіру бұғаты алынды',
  'audit.type.settings.changed': 'Баптаулар өзгертілді',
  'audit.type.clock.confirmed': 'Сағат расталды',
  'audit.pinKind.initial': 'баптау кезіндегі алғашқы PIN-код',
  'audit.pinKind.temporary': 'төраға берген уақытша PIN-код',
  'audit.pinKind.changed': 'өз PIN-коды орнатылды',
  'audit.pinKind.recovered': 'қалпына келтіру кодымен жаңа PIN-код',
  'audit.summary.device': '{device} құрылғысы',
  'audit.summary.memberAdded': '{name}, {role}',
  'audit.summary.replaces': '{name} орнына ({reason})',
  'audit.summary.deactivated': '{name}: {reason}',
  'audit.summary.pinSet': '{name}: {kind}',
  'audit.summary.logout': 'Мүше өзі шықты',
  'audit.summary.locked': 'Мүше бұғаттады',
  'audit.summary.autoLock': 'Әрекетсіздіктен кейін бұғатталды',
  'audit.summary.lockedOut': '{name}, бұғатталу мерзімі: {until}',
  'audit.summary.lockoutLifted': '{name}, төраға алды',
  'audit.summary.lockoutLiftedByCode': '{name}, қалпына келтіру кодымен алынды',
  'audit.summary.clock': '{date}, {time}, {zone}',

  'settings.title': 'Баптаулар',
  'settings.languageTitle': 'Тіл',
  'settings.language': 'Интерфейс тілі',
  'settings.languageHint': 'Сіз үшін сақталады; басқалардың таңдауы өзгермейді.',
  'settings.autoLockTitle': 'Автоматты бұғаттау',
  'settings.autoLockMinutes': 'Бұғатталғанға дейінгі әрекетсіз минуттар саны',
  'settings.autoLockHint': 'Бүтін сан, ең азы {min}, ең көбі {max}.',
  'settings.autoLockInvalid': 'Бүтін сан енгізіңіз: ең азы {min}, ең көбі {max}.',
  'settings.autoLockSave': 'Бұғаттау уақытын сақтау',

  'members.title': 'Комиссия мүшелері',
  'members.caption': 'Комиссия құрамы',
  'members.colName': 'Аты-жөні',
  'members.colRole': 'Рөлі',
  'members.colStatus': 'Мәртебесі',
  'members.colPin': 'PIN-код',
  'members.colLockedUntil': 'Бұғатталу мерзімі',
  'members.colActions': 'Әрекеттер',
  'members.statusActive': 'Белсенді',
  'members.statusInactive': 'Белсенді емес',
  'members.statusReplaced': 'Ауыстырылған',
  'members.pinNone': 'Жоқ',
  'members.pinTemporary': 'Уақытша',
  'members.pinSet': 'Орнатылған',
  'members.notLocked': 'Бұғатталмаған',
  'members.liftLockout': 'Бұғатты алу',
  'members.liftLockoutFor': 'Бұғатты алу: {name}',
  'members.lockoutLifted': '{name} қайтадан кіре алады.',
  'members.resetPin': 'PIN-кодты қайта орнату',
  'members.resetPinFor': 'PIN-кодты қайта орнату: {name}',
  'members.resetConfirmTitle': '{name}: жаңа уақытша PIN-код берілсін бе?',
  'members.resetConfirmExplain':
    'Мүшенің қазіргі PIN-коды бірден жарамсыз болады. Келесі кіргенде ол өз PIN-кодын орнатуы керек.',
  'members.resetConfirm': 'Жаңа уақытша PIN-код беру',
  'members.replace': 'Ауыстыру',
  'members.replaceFor': 'Ауыстыру: {name}',
  'members.deactivate': 'Белсенділігін тоқтату',
  'members.deactivateFor': 'Белсенділігін тоқтату: {name}',
  'members.replaceTitle': 'Ауыстыру: {name}',
  'members.replaceExplain':
    'Мүшенің белсенділігі тоқтатылады (бірақ ол өшірілмейді), ал жаңа мүше сол рөлді алады. Екі қадам да негіздемесімен жазылады.',
  'members.replacementName': 'Жаңа мүшенің аты-жөні',
  'members.replaceSubmit': 'Мүшені ауыстыру',
  'members.deactivateTitle': 'Белсенділігін тоқтату: {name}',
  'members.deactivateExplain':
    'Мүше енді жүйеге кіре алмайды. Оның бұрынғы әрекеттері оның атымен жазулы күйінде қалады.',
  'members.deactivateSubmit': 'Белсенділігін тоқтату',
  'members.reason': 'Негіздеме',
  'members.addTitle': 'Мүше қосу',
  'members.fullName': 'Толық аты-жөні',
  'members.role': 'Рөлі',
  'members.addSubmit': 'Қосу',
  'members.added': '{name} қосылды. Уақытша PIN-код беру үшін оның PIN-кодын қайта орнатыңыз.',
  'members.replaced': '{old} орнына {name} тағайындалды.',
  'members.deactivated': '{name}: белсенділігі тоқтатылды.',
  'members.temporaryPinFor': 'Уақытша PIN-код ({name}):',
  'members.temporaryPinHint':
    'Оны мүшеге өз қолына беріңіз; алғаш кіргенде оны ауыстыру керек. Ол 3 күн жарамды және тек қазір көрсетіледі.',
  'members.temporaryPinDone': 'Болды',
};
