import type { inputChecksEn } from './en';

/** Inputs stored as meant: text limits shown and refused, lost letters, legal choices required. */
export const inputChecksKk: Record<keyof typeof inputChecksEn, string> = {
  'errors.lost_letters_unconfirmed':
    'Бұл файлдың {names} әріптер жоғалған болуы мүмкін. Ештеңе жүктелген жоқ: аттарды тексеріп, файлды әдейі жүктеңіз немесе UTF-8 не .xlsx түріндегі файлды сұраңыз.',
  'field.count': '{max} таңбаның {length}',
  'field.tooLong':
    'Тым ұзын: {length} таңба, ең көбі {max}. Мәтінді қысқартыңыз; ештеңе кесілмейді және сыйғанша ештеңе сақталмайды.',
  'field.choose': 'Таңдаңыз…',
  'field.chooseRequired': 'Нұсқаны таңдаңыз: алдын ала ештеңе таңдалмаған.',
  'voters.import.lostTitle': 'Бұл файлда әріптер жоғалған болуы мүмкін',
  'voters.import.lostAccept': 'Біз бұл аттарды тексердік және файлды осы күйінде жүктейміз',
  'voters.import.lostBlocked':
    'Комиссия жоғалған әріптерге қарамастан жалғастыруды таңдағанша жүктеу күтеді.',
  'voters.import.confirmExplainWarnings':
    'Барлық жолды жүктеуге болады, бірақ тексеру ескертулер тапты ({warnings}): бұл жолдар осы күйінде жүктеледі. Жүктеу сіздің атыңызбен жазылады.',
  'voters.import.confirmExplainRejectedWarnings':
    'Қатесі бар жолдар ({rejected}) жүктелмейді; ескертуі бар жолдар ({warnings}) осы күйінде жүктеледі. Олардың бәрі осы есепте қалады, оны CSV түрінде шығаруға болады. Жүктеу сіздің атыңызбен жазылады.',
  'spec.problem.not_json':
    'файл JSON пішімінде емес (жақша, үтір немесе тырнақша артық не жетіспейді)',
  'spec.problem.unknown_key':
    '«{field}» ішіндегі «{key}» өрісі спецификацияда жоқ: жазылуын тексеріңіз',
  'spec.problem.missing': '«{field}» өрісі жоқ немесе бос',
  'spec.problem.wrong_type': '«{field}» өрісіндегі мән түрі дұрыс емес (мәтін, сан немесе тізім)',
  'spec.problem.too_long': '«{field}» өрісі {max} таңбадан ұзын',
  'spec.problem.too_short': '«{field}» өрісінде жазбалар тым аз',
  'spec.problem.not_allowed': '«{field}» өрісінде рұқсат етілмеген мән бар',
  'spec.problem.invalid': '«{field}» өрісі дұрыс толтырылмаған',
  'spec.problem.one_chair': 'комиссия мүшелерінің ішінде дәл бір төраға болуы керек',
  'spec.problem.country_abroad': '«precinct.country» учаске шетелде болғанда ғана көрсетіледі',
  'spec.problem.time_zone': '«precinct.time_zone» — белгісіз уақыт белдеуі (мысалы, Asia/Almaty)',
  'spec.problem.hours_order':
    'дауыс беру аяқталмас бұрын басталуы керек (election.opens, election.closes)',
  'spec.problem.other_election': 'бұл учаске орталық қоймада басқа сайлауға жатады',
};
