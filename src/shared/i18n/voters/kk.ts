import type { VoterMessageKey } from './en';

export const votersKk: Record<VoterMessageKey, string> = {
  'errors.list_empty': 'Файл бос: онда сайлаушылар тізімі жоқ.',
  'errors.list_binary': 'Бұл сайлаушылар тізімі емес: файл мәтін де, Excel кітабы да емес.',
  'errors.list_encoding':
    'Файлдың кодтамасын оқу мүмкін емес. Оны UTF-8 немесе Windows-1251 кодтамасындағы CSV ретінде не .xlsx ретінде сақтаңыз.',
  'errors.list_no_header':
    'Бірінші жолда танылатын баған атаулары жоқ (ЖСН, тегі, аты, туған күні, мекенжайы).',
  'errors.list_missing_column': 'Міндетті бағандар жоқ: {columns}.',
  'errors.list_unreadable': 'Файлды оқу мүмкін болмады.',
  'errors.list_file_too_large':
    'Excel кітабы сайлаушылар тізімінде болатыннан әлдеқайда үлкен көлемге ашылады (512 МиБ-тан, 2 000 000 жолдан асады немесе күдікті сығылған). Ол оқылмай тұрып қабылданбады; ештеңе жазылған жоқ.',
  'errors.list_check_failed':
    'Тізімді тексеру соңына дейін жетпей тоқтады (компьютердің жады жетпеді немесе тексеру сәтсіз аяқталды). Ештеңе жазылған жоқ; басқа бағдарламаларды жауып, қайталап көріңіз.',
  'errors.report_not_found': 'Тексеру есебі табылмады.',
  'errors.report_stale':
    'Тексеруден кейін файл немесе тізім өзгерді. Жүктер алдында файлды қайта тексеріңіз.',
  'errors.report_imported': 'Бұл файл бұрын жүктелген.',
  'errors.voter_not_found': 'Осы учаскенің тізімінде мұндай ЖСН-і бар сайлаушы жоқ.',
  'errors.voter_exists': 'Мұндай ЖСН-і бар сайлаушы тізімде бар.',
  'errors.voter_removed': 'Бұл сайлаушы тізімнен шығарылған.',
  'errors.voter_iin_invalid': 'Бұл дұрыс ЖСН емес: бақылау цифры дұрыс 12 цифр қажет.',
  'errors.voter_birth_date_invalid': 'Бұл дұрыс туған күн емес.',
  'errors.voter_iin_birth_date_mismatch': 'ЖСН туған күнге сәйкес келмейді.',
  'errors.voter_under_age': 'Дауыс беру күні ({votingDay}) сайлаушы 18 жасқа толмайды.',
  'errors.value_unchanged': 'Жаңа мән тізімдегімен бірдей.',
  'errors.value_required': 'Бұл өріс бос болмауы керек.',
  'errors.basis_details_required':
    'Бұл негізге құжат керек: куәліктің нөмірі мен берген учаске немесе құжаттың деректемелері.',
  'errors.removal_pending': 'Бұл сайлаушыны шығару туралы өтініш шешім күтуде.',
  'errors.request_not_found': 'Өтініш табылмады.',
  'errors.request_decided': 'Бұл өтініш бойынша шешім қабылданған.',
  'errors.reason_required': 'Себебін көрсетіңіз.',
  'errors.absentee_closed':
    'Сырттай дауыс беру куәліктері енді берілмейді: мерзімі дауыс беру күнінің алдындағы күні 18:00-де бітті.',
  'errors.absentee_exists': 'Бұл сайлаушыға сырттай дауыс беру куәлігі жазылған.',
  'errors.ballot_already_issued': 'Бұл сайлаушыға бюллетень берілген: {at}, берген {by}.',
  'errors.ballot_home_voting':
    'Сайлаушы үйде дауыс беруге өтініш берген: бюллетень көшпелі жәшікпен апарылады.',
  'errors.ballot_absentee':
    'Сайлаушы № {number} сырттай дауыс беру куәлігін алған және басқа жерде дауыс береді.',
  'errors.ballot_voter_removed': 'Бұл сайлаушы тізімнен шығарылған.',
  'errors.ballot_outside_hours':
    'Бюллетеньдер тек дауыс беру күні ({votingDay}) {opens}-ден {closes}-ге дейін беріледі.',
  'errors.ballot_other_desk':
    'Бұл сайлаушының тізім бөлігі ({section}) мына үстелде беріледі: {desk}.',
  'errors.ballot_no_section':
    'Сайлаушы тізімнің ешбір бөлігіне кірмейді. Алдымен төраға бөлік тағайындауы керек.',
  'errors.ballot_helper_member':
    'Комиссия мүшесі сайлаушыға көмекші бола алмайды. Басқа адамнан көмек сұраңыз.',
  'errors.ballot_not_found': 'Бюллетень табылмады.',
  'errors.ballot_already_undone': 'Бұл бюллетеньді беру бұрын жойылған.',
  'errors.section_invalid':
    '«{section}» бөлігі: әріптер ауқымы әріптен кейінгі әріпке дейін болуы керек.',

  'audit.type.voters.imported': 'Сайлаушылар тізімі жүктелді',
  'audit.type.voter.added': 'Сайлаушы тізімге енгізілді',
  'audit.type.voter.corrected': 'Сайлаушы деректері түзетілді',
  'audit.type.voter.removal_requested': 'Тізімнен шығару сұралды',
  'audit.type.voter.removal_decided': 'Тізімнен шығару туралы шешім',
  'audit.type.voter.absentee_certificate_issued': 'Сырттай дауыс беру куәлігі жазылды',
  'audit.type.voter.inquiry_answered': 'Азаматтың сұрағына жауап берілді',
  'audit.type.voters.sections_set': 'Тізім бөліктері белгіленді',
  'audit.type.ballot.issued': 'Бюллетень берілді',
  'audit.type.ballot.undone': 'Бюллетень беру жойылды',

  'voters.field.iin': 'ЖСН',
  'voters.field.last_name': 'Тегі',
  'voters.field.first_name': 'Аты',
  'voters.field.patronymic': 'Әкесінің аты',
  'voters.field.birth_date': 'Туған күні',
  'voters.field.address': 'Мекенжайы',
  'voters.field.precinct': 'Учаске',

  'voters.issue.missing_field': 'Міндетті өріс бос',
  'voters.issue.column_count': 'Жолда {actual} ұяшық, тақырыпта {expected}',
  'voters.issue.iin_format': 'ЖСН 12 цифрдан тұрмайды',
  'voters.issue.iin_checksum': 'ЖСН-нің бақылау цифры қате',
  'voters.issue.birth_date_invalid': 'Туған күні дұрыс күн емес',
  'voters.issue.iin_birth_date_mismatch': 'ЖСН туған күнге сәйкес емес',
  'voters.issue.under_age': 'Дауыс беру күні 18 жасқа толмаған',
  'voters.issue.duplicate_iin': 'ЖСН қайталанады (алғаш {firstRow}-жолда)',
  'voters.issue.possible_duplicate': 'Аты-жөні мен туған күні басқа сайлаушынікімен бірдей',
  'voters.issue.iin_leading_zero': 'ЖСН-нің басындағы нөл қалпына келтірілді',
  'voters.issue.lossy_encoding': 'Атында «?» бар: файлда әріптер жоғалған болуы мүмкін',

  'voters.severity.error': 'Қате',
  'voters.severity.warning': 'Ескерту',
  'voters.csv.row': 'Жол',
  'voters.csv.severity': 'Түрі',
  'voters.csv.code': 'Коды',
  'voters.csv.field': 'Өріс',
  'voters.csv.message': 'Мәселе',

  'voters.nav.label': 'Сайлаушылар тізімі',
  'voters.nav.find': 'Сайлаушыны табу',
  'voters.nav.import': 'Жүктеу және тексеру',
  'voters.nav.corrections': 'Түзетулер',
  'voters.nav.inquiry': 'Азаматтың сұрауы',
  'voters.nav.sections': 'Тізім бөліктері мен үстелдер',
  'voters.nav.turnout': 'Келу',

  'voters.reason': 'Себебі',
  'voters.documentRef': 'Құжат деректемелері',
  'voters.documentRefHint': 'Өзгеріс негізделген құжаттың нөмірі мен күні, егер ол болса.',

  'voters.status.label': 'Мәртебесі',
  'voters.status.listed': 'Тізімде',
  'voters.status.removed': 'Шығарылған',
  'voters.status.removalPending': 'Шығару шешімін күтуде',
  'voters.status.absentee': 'Сырттай дауыс беру куәлігі',
  'voters.status.homeVoting': 'Үйде дауыс беруге өтініш',
  'voters.status.ballotIssued': 'Бюллетень берілді',

  'voters.place.station': 'Сайлау учаскесінде',
  'voters.place.portable_box': 'Көшпелі жәшікпен',
  'voters.removalBasis.deceased': 'Қайтыс болды',
  'voters.removalBasis.registered_elsewhere': 'Басқа жерде тіркелген',
  'voters.removalBasis.absentee_certificate':
    'Сырттай дауыс беру куәлігін алып, басқа жерде дауыс береді',
  'voters.removalBasis.other': 'Өзге',

  'voters.issueTitle.missing_field': 'Міндетті өріс бос',
  'voters.issueTitle.column_count': 'Ұяшықтар саны қате',
  'voters.issueTitle.iin_format': 'ЖСН 12 цифр емес',
  'voters.issueTitle.iin_checksum': 'ЖСН-нің бақылау цифры қате',
  'voters.issueTitle.birth_date_invalid': 'Туған күні қате',
  'voters.issueTitle.iin_birth_date_mismatch': 'ЖСН мен туған күн сәйкес емес',
  'voters.issueTitle.under_age': 'Дауыс беру күні 18 жасқа толмаған',
  'voters.issueTitle.duplicate_iin': 'ЖСН қайталанған',
  'voters.issueTitle.possible_duplicate': 'Қайталануы мүмкін',
  'voters.issueTitle.iin_leading_zero': 'ЖСН басындағы нөл қалпына келтірілді',
  'voters.issueTitle.lossy_encoding': 'Әріптер жоғалуы мүмкін',

  'voters.find.title': 'Сайлаушыны табу',
  'voters.find.label': 'Тізімнен іздеу',
  'voters.find.hint':
    'ЖСН (толық немесе алғашқы цифрлары), аты-жөні кез келген ретпен және кез келген әліпбимен, туған күні (КК.АА.ЖЖЖЖ) немесе мекенжайдың бір бөлігі; оларды біріктіруге болады. Нәтижелер бойынша көрсеткі пернелерімен жүріңіз, Enter сайлаушының карточкасын ашады, Escape іздеуді тазартады.',
  'voters.find.results': 'Табылған сайлаушылар',
  'voters.find.countCapped':
    '{total}-ден астам сәйкестіктің {shown} көрсетілді. Іздеуді тарылту үшін оны толықтырыңыз.',
  'voters.find.countTruncated':
    '{total} сәйкестіктің {shown} көрсетілді. Іздеуді тарылту үшін оны толықтырыңыз.',
  'voters.find.none': 'Тізімде бұл іздеуге сәйкес сайлаушы жоқ.',
  'voters.find.listEmpty': 'Тізім бос. Алдымен сайлаушылар тізімін жүктеңіз.',
  'voters.find.born': 'туған күні {date}',
  'voters.find.iin': 'ЖСН {iin}',

  'voters.card.title': 'Сайлаушының карточкасы',
  'voters.card.data': 'Тізімдегі жазба',
  'voters.card.ballot': 'Бюллетень',
  'voters.card.noBallot': 'Бұл сайлаушыға бюллетень берілмеген.',
  'voters.card.issuedAt': 'Берілген уақыты',
  'voters.card.issuedBy': 'Берген',
  'voters.card.place': 'Қайда',
  'voters.card.helper': 'Көмекші',
  'voters.card.section': 'Тізім бөлігі және үстел',
  'voters.card.noSections':
    'Тізім бөліктерге бөлінбеген: бюллетеньдерді учаскенің кез келген ноутбугы береді.',
  'voters.card.laptop': 'Ноутбук',
  'voters.card.thisLaptop': 'Осы ноутбук',
  'voters.card.otherLaptop': 'Басқа ноутбук',
  'voters.card.absentee': 'Сырттай дауыс беру куәлігі',
  'voters.card.recordedBy': 'Жазған',
  'voters.card.removal': 'Тізімнен шығару',
  'voters.card.changes': 'Жазбаны өзгерту',
  'voters.card.history': 'Тарихы',
  'voters.card.close': 'Карточканы жабу',

  'voters.ballot.open': 'Бюллетень беру',
  'voters.ballot.title': 'Бюллетень беру: {name}',
  'voters.ballot.explain':
    'Жеке басын куәландыратын құжатты тізіммен салыстырыңыз. Сайлаушы тізімге қол қояды; бюллетень беру сіздің атыңызбен жазылады.',
  'voters.ballot.compare': 'Құжатпен салыстыру үшін',
  'voters.ballot.documentChecked':
    'Сайлаушы жеке басын куәландыратын құжатын көрсетті және ол тізімге сәйкес',
  'voters.ballot.documentRequired':
    'Бюллетень тек жеке басын куәландыратын құжат бойынша беріледі. Құжаттың көрсетілгенін растаңыз.',
  'voters.ballot.helper': 'Көмекшінің аты-жөні (міндетті емес)',
  'voters.ballot.helperHint':
    'Сайлаушы бюллетеньді өзі толтыра алмаса ғана. Көмекші комиссия мүшесі, лауазымды адам, кандидаттың сенім білдірген адамы немесе журналист бола алмайды.',
  'voters.ballot.submit': 'Бюллетеньді беру',
  'voters.ballot.issued': 'Бюллетень берілді: {name}, {at}, берген {by}.',

  'voters.undo.open': 'Беруді болдырмау',
  'voters.undo.title': 'Бюллетень беруді болдырмау: {name}',
  'voters.undo.explain':
    'Бюллетень беру ({at}, берген {by}) болдырылмайды, сайлаушы бюллетеньді қайта ала алады. Болдырмау сіз көрсеткен себеппен жазылады.',
  'voters.undo.submit': 'Беруді болдырмау',
  'voters.undo.done': 'Бюллетень беру болдырылмады: {name}.',

  'voters.correct.open': 'Деректерді түзету',
  'voters.correct.title': 'Жазбаны түзету: {name}',
  'voters.correct.explain':
    'Бір жолы бір өріс. Бұрынғы мән сіз көрсеткен себеппен бірге тарихта қалады.',
  'voters.correct.field': 'Түзетілетін өріс',
  'voters.correct.current': 'Қазір тізімде: {value}',
  'voters.correct.newValue': 'Жаңа мәні',
  'voters.correct.patronymicHint': 'Сайлаушының әкесінің аты болмаса, бос қалдырыңыз.',
  'voters.correct.submit': 'Түзетуді сақтау',
  'voters.correct.done': 'Түзету жазылды.',

  'voters.removal.open': 'Шығаруды сұрау',
  'voters.removal.title': 'Тізімнен шығаруды сұрау: {name}',
  'voters.removal.explain':
    'Төраға немесе төрағаның орынбасары шығаруды бекіткенге дейін сайлаушы тізімде қалады.',
  'voters.removal.chooseBasis': 'Негізін таңдаңыз',
  'voters.removal.basis': 'Негізі',
  'voters.removal.submit': 'Шығаруды сұрау',
  'voters.removal.done':
    'Шығару сұралды: {name}. Ол төраға немесе төрағаның орынбасары бекіткенде күшіне енеді.',

  'voters.absentee.open': 'Сырттай дауыс беру куәлігін жазу',
  'voters.absentee.title': 'Сырттай дауыс беру куәлігі: {name}',
  'voters.absentee.explain':
    'Дауыс беру күнінің алдындағы күні учаске уақытымен 18:00-ге дейін қабылданады. Содан кейін сайлаушы бұл учаскеде бюллетень алмайды.',
  'voters.absentee.number': 'Куәліктің нөмірі',
  'voters.absentee.issuedOn': 'Берілген күні',
  'voters.absentee.dateInvalid': 'Берілген күні бүгінгі күннен кейін болмауы керек.',
  'voters.absentee.submit': 'Куәлікті жазу',
  'voters.absentee.done': 'Сырттай дауыс беру куәлігі жазылды: {name}.',

  'voters.corrections.title': 'Тізімді түзету',
  'voters.corrections.intro':
    'Әр өзгеріске себеп керек және ол сіздің атыңызбен жазылады. Тізімдегі сайлаушының деректерін түзету немесе оны шығару үшін оның карточкасын «Сайлаушыны табу» бөлімінен ашыңыз.',

  'voters.history.imported': 'Тізімге {file} файлынан енгізілді',
  'voters.history.certificate': '№ {number} куәлік, {precinct} учаскесі',
  'voters.history.document': 'құжат: {ref}',
  'voters.history.corrected': '{field}: «{old}» → «{new}»',
  'voters.history.approved': 'Шығару бекітілді',
  'voters.history.refused': 'Шығарудан бас тартылды: {reason}',
  'voters.history.absentee': '№ {number} куәлік, {date}',
  'voters.history.helper': 'көмекші: {name}',

  'audit.summary.voter.imported':
    '{file}: жүктелген сайлаушылар — {imported}, қабылданбаған жолдар — {rejected}',
  'audit.summary.voter.fromCli': 'пәрмен жолынан',
  'audit.summary.voter.added': '{voter}; негізі: {basis}; {reason}',
  'audit.summary.voter.corrected': '{voter}: «{field}» өрісі түзетілді; {reason}',
  'audit.summary.voter.removalRequested': '{voter}: {basis}; {reason}',
  'audit.summary.voter.removalApproved': '{voter}: шығару бекітілді',
  'audit.summary.voter.removalRefused': '{voter}: шығарудан бас тартылды; {reason}',
  'audit.summary.voter.absentee': '{voter}: № {number} куәлік, {date}',
  'audit.summary.voter.inquiryIinFound': 'ЖСН бойынша: тізімде бар',
  'audit.summary.voter.inquiryIinNotFound': 'ЖСН бойынша: тізімде жоқ',
  'audit.summary.voter.inquiryNameFound': 'Аты-жөні мен туған күні бойынша: тізімде бар',
  'audit.summary.voter.inquiryNameNotFound': 'Аты-жөні мен туған күні бойынша: тізімде жоқ',
  'audit.summary.voter.noSections': 'Бөліксіз: бюллетеньді кез келген ноутбук береді',
  'audit.summary.voter.ballotStation': '{voter}, учаскеде',
  'audit.summary.voter.ballotPortable': '{voter}, көшпелі жәшікпен',
  'audit.summary.voter.withHelper': 'көмекшімен',
  'audit.summary.voter.ballotUndone': '{voter}: {reason}',
};
