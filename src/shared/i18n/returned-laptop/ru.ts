import type { returnedLaptopEn } from './en';

/** Ноутбук участка, возвращённый центральной комиссии и открытый её ключом. */
export const returnedLaptopRu: Record<keyof typeof returnedLaptopEn, string> = {
  'errors.not_precinct_folder':
    'В этой папке нет данных участка: выберите папку данных возвращённого ноутбука.',
  'errors.no_central_wrap':
    'В папке этого ноутбука нет копии его ключа для центральной комиссии (участок настроен вручную, без пакета): открыть его можно только ПИН-кодом члена комиссии или кодом восстановления.',
  'errors.central_key_mismatch':
    'Этот ноутбук запечатан ключом другой центральной комиссии: это хранилище не может его открыть.',
  'errors.laptop_store_unreadable':
    'Хранилище ноутбука не открывается ключом из его папки: хранилище или его входной файл повреждены или подменены.',

  'returnedLaptop.title': 'Открыть возвращённый ноутбук',
  'returnedLaptop.intro':
    'Ноутбук участка, возвращённый после выборов, открывается здесь ключом центральной комиссии, даже если все ПИН-коды и код восстановления утеряны. Его папка только читается и не изменяется.',
  'returnedLaptop.choose': 'Выбрать папку данных ноутбука',
  'returnedLaptop.pickTitle': 'Папка данных возвращённого ноутбука',
  'returnedLaptop.busy': 'Ноутбук открывается…',
  'returnedLaptop.summaryTitle': 'Что хранит ноутбук',
  'returnedLaptop.folder': 'Папка',
  'returnedLaptop.precinct': 'Участок',
  'returnedLaptop.precinctValue': '№ {number}, {name} ({id})',
  'returnedLaptop.noPrecinct': 'Участок на нём не настроен',
  'returnedLaptop.laptop': 'Ноутбук',
  'returnedLaptop.laptopValue': '{device}, место {slot}',
  'returnedLaptop.events': 'События',
  'returnedLaptop.eventsValue': 'в журнале: {events}; его последнее: № {lastSeq}',
  'returnedLaptop.chain': 'Цепочка событий',
  'returnedLaptop.chainOk': 'Проверена (проверено событий: {checked})',
  'returnedLaptop.chainBroken': 'Нарушена: устройство {device}, событие № {seq}',
  'returnedLaptop.lastExport': 'Последняя выгрузка',
  'returnedLaptop.lastExportValue': '{at}, до события № {seq}; событий после неё: {after}',
  'returnedLaptop.neverExported': 'Выгрузок не было; событий: {after}',
  'returnedLaptop.closed': 'Участок закрыт',
  'returnedLaptop.yes': 'Да',
  'returnedLaptop.no': 'Нет',
  'returnedLaptop.protocol': 'Версии протокола',
  'returnedLaptop.protocolNone': 'Нет',
  'returnedLaptop.protocolVersion': 'версия {version}, подписана {at}',
  'returnedLaptop.import': 'Импортировать его события в центральное хранилище',
  'returnedLaptop.importing': 'Импорт…',
  'returnedLaptop.imported': 'События ноутбука импортированы: новых событий: {newEvents}.',
  'returnedLaptop.importCaption': 'События возвращённого ноутбука',
};
