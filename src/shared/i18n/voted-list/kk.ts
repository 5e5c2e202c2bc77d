import type { votedListEn } from './en';

/** Дауыс бергендердің қағаз тізімі: басып шығару, батырмалар және сағат сайынғы ескерту. */
export const votedListKk: Record<keyof typeof votedListEn, string> = {
  'votedList.title': 'Сайлау бюллетенін алған сайлаушылар тізімі',
  'votedList.section': 'Тізім бөлігі: {name} ({desk})',
  'votedList.wholeList': 'Бүкіл тізім (ол бөліктерге бөлінбеген)',
  'votedList.outside': 'Тізімнің ешбір бөлігіне кірмейтін сайлаушылар',
  'votedList.votingDay': '{election}, дауыс беру күні {day}',
  'votedList.printed': 'Басылған уақыты: {date}, {time}, учаске уақыты бойынша ({zone}).',
  'votedList.intro':
    'Басылған сәтте бюллетені бар әр сайлаушы, тегінің әліпби ретімен; күші жойылған бюллетень енгізілмейді. ЖСН басылмайды: аттастарды туған күні ажыратады.',
  'votedList.col.number': '№',
  'votedList.col.name': 'Тегі, аты, әкесінің аты',
  'votedList.col.birthDate': 'Туған күні',
  'votedList.col.time': 'Берілген уақыты',
  'votedList.col.place': 'Қайда',
  'votedList.place.station': 'Учаскеде',
  'votedList.place.portable_box': 'Көшпелі жәшік',
  'votedList.notOnList': 'Бұл ноутбуктың тізімінде жоқ',
  'votedList.empty': 'Тізімнің бұл бөлігінде әлі ешкім бюллетень алған жоқ.',
  'votedList.panel.title': 'Дауыс бергендердің қағаз тізімі',
  'votedList.panel.intro':
    'Дауыс беру жүріп жатқанда оны сағат сайын басып шығарып, қағаз тізіммен бірге сақтаңыз: барлық ноутбук істен шықса, комиссия жұмысты қағазбен жалғастырады.',
  'votedList.panel.sections': 'Басып шығарылатын тізім',
  'votedList.print.all': 'Барлық бөлікті басып шығару / PDF ретінде сақтау',
  'votedList.print.whole': 'Дауыс бергендер тізімін басып шығару / PDF ретінде сақтау',
  'votedList.print.section': '{name} бөлігін басып шығару / PDF ретінде сақтау',
  'votedList.suggest.title': 'Дауыс бергендер тізімін басып шығаратын уақыт',
  'votedList.suggest.text':
    'Қазір {time}: ноутбуктар істен шықса, комиссия қағазбен жалғастыра алуы үшін дауыс бергендердің қағаз тізімін басып шығарыңыз.',
  'votedList.suggest.print': 'Дауыс бергендер тізімін басып шығару / PDF ретінде сақтау',
  'votedList.suggest.dismiss': 'Қазір емес (келесісі {time} кезінде)',
  'errors.section_not_found': 'Тізімнің бұл бөлігі енді жоқ. Басқасын таңдаңыз.',
};
