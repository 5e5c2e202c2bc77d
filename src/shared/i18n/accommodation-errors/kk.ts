import type { accommodationErrorsEn } from './en';

/** Kazakh messages of the accommodation requests' core (spread into ../kk.ts). */
export const accommodationErrorsKk: Record<keyof typeof accommodationErrorsEn, string> = {
  'errors.accommodation_not_found': 'Өтініш табылмады.',
  'errors.accommodation_item_not_found': 'Өтініштің бұл бөлігі табылмады.',
  'errors.accommodation_duplicate':
    'Бұл адамның осы түрдегі ашық өтініші бар: № {number}. Сол өтінішті ашыңыз.',
  'errors.accommodation_closed':
    'Нәтиже жазылып қойған, оны өзгертуге болмайды. Өтініш деректеріндегі қате себебі көрсетіліп түзетіледі.',
  'errors.accommodation_status_invalid': 'Өтініштің осы кезеңінде мұндай қадам мүмкін емес.',
  'errors.accommodation_wrong_kind': 'Бұл қадам көмектің мұндай түріне қолданылмайды.',
  'errors.address_required': 'Үй-жайдан тыс дауыс беру үшін сайлаушы болатын мекенжайды енгізіңіз.',
  'errors.reason_category_required': 'Сайлаушының сайлау учаскесіне неге келе алмайтынын таңдаңыз.',
  'errors.other_description_required': 'Тағы не қажет екенін сипаттаңыз.',
  'errors.requester_name_required':
    'Бұл ЖСН тізімде жоқ. Өтінішті жазу үшін адамның тегін, атын және әкесінің атын енгізіңіз.',
  'errors.requester_identity_required':
    'ЖСН-і жоқ адам үшін туған күнін немесе байланыс телефонын енгізіңіз.',
  'errors.requester_not_on_list':
    'Бұл адам сайлаушылар тізімінде жоқ. Алдымен оны тізімге енгізіңіз.',
  'errors.phone_invalid':
    'Бұл телефон нөмірі емес. Цифрларды пайдаланыңыз, басында + болуы мүмкін.',
  'errors.trip_not_found': 'Шығу табылмады.',
  'errors.trip_members_required': 'Шығуға комиссияның кемінде екі түрлі қызметтегі мүшесі қажет.',
  'errors.trip_times_invalid':
    'Уақытты тексеріңіз: оралу шығудан кейін, дауыс беру күні ({votingDay}) {opens} мен {closes} аралығында болуы керек.',
  'errors.trip_member_busy': '{member} уақыты қиылысатын № {number} шығуға қатысып жатыр.',
  'errors.trip_items_invalid':
    'Шығуға басқа шығуға енгізілмеген, үй-жайдан тыс дауыс беру туралы ашық өтініштерді ғана енгізуге болады.',
  'errors.trip_not_planned': 'Бұл шығу басталып кеткен немесе тоқтатылған; оны өзгертуге болмайды.',
  'errors.trip_not_departed': 'Алдымен шығу уақытын жазыңыз.',
  'errors.trip_items_open':
    'Оралуды жазбас бұрын осы шығудың әр мекенжайы бойынша нәтижені жазыңыз.',
  'errors.trip_ballots_mismatch':
    'Бюллетеньдер сәйкес келмейді: алынғаны {taken}, үйде берілгені {fulfilled}, пайдаланылмағаны {unused}, бүлінгені {spoiled}. Қайта санаңыз немесе айырмашылықты ескертпеде түсіндіріңіз.',
  'errors.trip_member_only':
    'Үйде берілген бюллетеньді осы шығуға қатысқан комиссия мүшесі ғана жаза алады.',
  'errors.observer_entry_invalid':
    'Байқаушыларды ақпарат журналында қатысушы ретінде тіркелгендердің ішінен таңдаңыз.',

  'audit.type.accommodation.request_recorded': 'Көмек туралы өтініш жазылды',
  'audit.type.accommodation.sensitive_recorded': 'Өтініштің құпия мәліметтері жазылды',
  'audit.type.accommodation.request_corrected': 'Өтініш түзетілді',
  'audit.type.accommodation.requester_resolved': 'Өтініш сайлаушылар тізімімен байланыстырылды',
  'audit.type.accommodation.item_status_changed': 'Өтініштің күйі өзгерді',
  'audit.type.accommodation.trip_planned': 'Жылжымалы жәшікпен шығу жоспарланды',
  'audit.type.accommodation.trip_replanned': 'Жылжымалы жәшікпен шығу өзгертілді',
  'audit.type.accommodation.trip_departed': 'Жылжымалы жәшік алып шығылды',
  'audit.type.accommodation.trip_returned': 'Жылжымалы жәшік қайтарылды',
  'audit.type.accommodation.trip_cancelled': 'Жылжымалы жәшікпен шығу тоқтатылды',
  'audit.type.accommodation.equipment_set': 'Учаскенің жабдықталуы жаңартылды',
  'audit.type.accommodation.cutoff_set':
    'Үй-жайдан тыс дауыс беруге өтініш қабылдау мерзімі белгіленді',

  'audit.summary.accommodation.recorded': '{name}: {kinds}',
  'audit.summary.accommodation.declinedLate':
    'үй-жайдан тыс дауыс беруден бас тартылды: өтініш белгіленген мерзімнен ({cutoff}) кейін түсті',
  'audit.summary.accommodation.notOnList': 'сайлаушылар тізімінде жоқ',
  'audit.summary.accommodation.sensitive': 'Мәліметтерді рұқсаты барлар ғана көреді',
  'audit.summary.accommodation.corrected': 'Себебі: {reason}',
  'audit.summary.accommodation.resolved': '{name} сайлаушымен байланыстырылды',
  'audit.summary.accommodation.status': '{kind}: {status}',
  'audit.summary.accommodation.tripPlanned':
    '{members}; {departure}–{return}; мекенжай саны: {stops}',
  'audit.summary.accommodation.tripReplanned':
    '{members}; {departure}–{return}; мекенжай саны: {stops}. Себебі: {reason}',
  'audit.summary.accommodation.tripDeparted':
    'Шығу уақыты {time}; байқаушыларға {told} хабарланды; алынған бюллетеньдер: {taken}',
  'audit.summary.accommodation.tripReturned':
    'Оралу уақыты {time}; үйде берілгені: {fulfilled}, пайдаланылмағаны: {unused}, бүлінгені: {spoiled}',
  'audit.summary.accommodation.tripCancelled': 'Себебі: {reason}',
  'audit.summary.accommodation.equipment': '{equipment}: {availability}',
  'audit.summary.accommodation.cutoff':
    'Өтініштер дауыс беру күні белгіленген уақытқа дейін қабылданады: {time}',

  'audit.accommodationKind.home_voting': 'үй-жайдан тыс дауыс беру',
  'audit.accommodationKind.step_free_access': 'баспалдақсыз кіру',
  'audit.accommodationKind.braille_stencil': 'Брайль трафареті',
  'audit.accommodationKind.audio_ballot': 'бюллетеньнің аудионұсқасы',
  'audit.accommodationKind.magnifier_lighting': 'үлкейткіш әйнек немесе жарық',
  'audit.accommodationKind.sign_language': 'ым тілі аудармашысы',
  'audit.accommodationKind.trusted_assistant': 'сенім білдірілген адамның көмегі',
  'audit.accommodationKind.transport': 'көлік',
  'audit.accommodationKind.other': 'басқа',

  'audit.accommodationStatus.received': 'қабылданды',
  'audit.accommodationStatus.scheduled': 'шығуға енгізілді',
  'audit.accommodationStatus.prepared': 'дайындалды',
  'audit.accommodationStatus.fulfilled': 'бюллетень үйде берілді',
  'audit.accommodationStatus.provided': 'ұсынылды',
  'audit.accommodationStatus.not_fulfilled': 'орындалмады',
  'audit.accommodationStatus.not_provided': 'ұсыну мүмкін болмады',
  'audit.accommodationStatus.cancelled': 'өтініш беруші кері қайтарды',
  'audit.accommodationStatus.declined_late': 'бас тартылды: кеш түсті',

  'audit.accommodationEquipment.ramp': 'пандус',
  'audit.accommodationEquipment.handrails_tactile': 'тұтқалар мен тактильді көрсеткіштер',
  'audit.accommodationEquipment.braille_stencils': 'Брайль трафареттері',
  'audit.accommodationEquipment.audio_ballot': 'бюллетеньнің аудионұсқасы',
  'audit.accommodationEquipment.magnifier': 'үлкейткіш әйнек',
  'audit.accommodationEquipment.extra_lighting': 'қосымша жарық',
  'audit.accommodationEquipment.interpreter_on_call': 'шақыру бойынша ым тілі аудармашысы',
  'audit.accommodationEquipment.transport': 'көлік',
  'audit.accommodationEquipment.other': 'басқа',

  'audit.accommodationAvailability.unknown': 'тексерілмеген',
  'audit.accommodationAvailability.available': 'бар',
  'audit.accommodationAvailability.not_available': 'жоқ',
};
