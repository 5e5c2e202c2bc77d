import type { returnedLaptopEn } from './en';

/** Орталық комиссияға қайтарылған, оның кілтімен ашылатын учаске ноутбугі. */
export const returnedLaptopKk: Record<keyof typeof returnedLaptopEn, string> = {
  'errors.not_precinct_folder':
    'Бұл қалтада учаске деректері жоқ: қайтарылған ноутбуктің деректер қалтасын таңдаңыз.',
  'errors.no_central_wrap':
    'Бұл ноутбук қалтасында оның кілтінің орталық комиссияға арналған көшірмесі жоқ (учаске пакетсіз, қолмен бапталған): оны тек комиссия мүшесінің PIN-коды немесе қалпына келтіру коды ашады.',
  'errors.central_key_mismatch':
    'Бұл ноутбук басқа орталық комиссияның кілтімен мөрленген: бұл қойма оны аша алмайды.',
  'errors.laptop_store_unreadable':
    'Ноутбук қоймасы оның қалтасындағы кілтпен ашылмайды: қойма немесе оның кіру файлы бүлінген не ауыстырылған.',

  'returnedLaptop.title': 'Қайтарылған ноутбукті ашу',
  'returnedLaptop.intro':
    'Сайлаудан кейін қайтарылған учаске ноутбугі мұнда орталық комиссияның кілтімен ашылады, тіпті барлық PIN-кодтар мен қалпына келтіру коды жоғалса да. Оның қалтасы тек оқылады, өзгертілмейді.',
  'returnedLaptop.choose': 'Ноутбуктің деректер қалтасын таңдау',
  'returnedLaptop.pickTitle': 'Қайтарылған ноутбуктің деректер қалтасы',
  'returnedLaptop.busy': 'Ноутбук ашылуда…',
  'returnedLaptop.summaryTitle': 'Ноутбукте не сақталған',
  'returnedLaptop.folder': 'Қалта',
  'returnedLaptop.precinct': 'Учаске',
  'returnedLaptop.precinctValue': '№ {number}, {name} ({id})',
  'returnedLaptop.noPrecinct': 'Онда учаске бапталмаған',
  'returnedLaptop.laptop': 'Ноутбук',
  'returnedLaptop.laptopValue': '{device}, орын {slot}',
  'returnedLaptop.events': 'Оқиғалар',
  'returnedLaptop.eventsValue': 'журналда: {events}; өзінің соңғысы: № {lastSeq}',
  'returnedLaptop.chain': 'Оқиғалар тізбегі',
  'returnedLaptop.chainOk': 'Тексерілді (тексерілген оқиғалар: {checked})',
  'returnedLaptop.chainBroken': 'Бұзылған: құрылғы {device}, оқиға № {seq}',
  'returnedLaptop.lastExport': 'Соңғы экспорт',
  'returnedLaptop.lastExportValue': '{at}, № {seq} оқиғаға дейін; одан кейінгі оқиғалар: {after}',
  'returnedLaptop.neverExported': 'Экспорт болмаған; оқиғалар: {after}',
  'returnedLaptop.closed': 'Учаске жабылды',
  'returnedLaptop.yes': 'Иә',
  'returnedLaptop.no': 'Жоқ',
  'returnedLaptop.protocol': 'Хаттама нұсқалары',
  'returnedLaptop.protocolNone': 'Жоқ',
  'returnedLaptop.protocolVersion': '{version}-нұсқа, {at} қол қойылған',
  'returnedLaptop.import': 'Оның оқиғаларын орталық қоймаға импорттау',
  'returnedLaptop.importing': 'Импорт…',
  'returnedLaptop.imported': 'Ноутбук оқиғалары импортталды: жаңа оқиғалар: {newEvents}.',
  'returnedLaptop.importCaption': 'Қайтарылған ноутбук оқиғалары',
};
