import type { countsPluralEn } from './en';

type RuForms = { one: string; few: string; many: string };

export const countsPluralRu: Record<keyof typeof countsPluralEn, RuForms> = {
  'settings.autoLockSaved': {
    one: 'Сохранено: приложение блокируется через {count} минуту без действий.',
    few: 'Сохранено: приложение блокируется через {count} минуты без действий.',
    many: 'Сохранено: приложение блокируется через {count} минут без действий.',
  },
  'audit.summary.autoLockMinutes': {
    one: 'Автоблокировка через {count} минуту',
    few: 'Автоблокировка через {count} минуты',
    many: 'Автоблокировка через {count} минут',
  },
  'centralAccounts.idleLocked': {
    one: 'Заблокировано после {count} минуты без действий.',
    few: 'Заблокировано после {count} минут без действий.',
    many: 'Заблокировано после {count} минут без действий.',
  },
  'infolog.rule.standard': { one: '{count} день', few: '{count} дня', many: '{count} дней' },
  'infolog.rule.voter_list': {
    one: 'список избирателей, {count} день',
    few: 'список избирателей, {count} дня',
    many: 'список избирателей, {count} дней',
  },
  'voters.find.countAll': {
    one: 'В списке {count} избиратель, по алфавиту.',
    few: 'В списке {count} избирателя, по алфавиту.',
    many: 'В списке {count} избирателей, по алфавиту.',
  },
  'voters.requests.pendingCaption': {
    one: '{count} заявление ожидает решения',
    few: '{count} заявления ожидают решения',
    many: '{count} заявлений ожидают решения',
  },
  'voters.requests.decidedCaption': {
    one: 'Решено {count} заявление',
    few: 'Решено {count} заявления',
    many: 'Решено {count} заявлений',
  },
  'infolog.observersCaption': {
    one: '{count} наблюдатель',
    few: '{count} наблюдателя',
    many: '{count} наблюдателей',
  },
  'infolog.complaintsCaption': {
    one: '{count} жалоба или заявление',
    few: '{count} жалобы и заявления',
    many: '{count} жалоб и заявлений',
  },
  'infolog.logCaption': {
    one: '{count} запись, страница {page} из {pages}',
    few: '{count} записи, страница {page} из {pages}',
    many: '{count} записей, страница {page} из {pages}',
  },
  'accommodations.registerCaption': {
    one: 'Всего {count} заявление, страница {page} из {pages}',
    few: 'Всего {count} заявления, страница {page} из {pages}',
    many: 'Всего {count} заявлений, страница {page} из {pages}',
  },
  'voters.report.issuesCaption': {
    one: '{count} проблема, страница {page} из {pages}',
    few: '{count} проблемы, страница {page} из {pages}',
    many: '{count} проблем, страница {page} из {pages}',
  },
  'supervisorLog.caption': {
    one: '{count} запись, страница {page} из {pages}',
    few: '{count} записи, страница {page} из {pages}',
    many: '{count} записей, страница {page} из {pages}',
  },
  // "из 1 события", "из 2 событий", "из 21 события": the genitive after "из" follows the total.
  'sync.pending': {
    one: 'Ещё не выгружено {pending} из {count} события этого ноутбука.',
    few: 'Ещё не выгружено {pending} из {count} событий этого ноутбука.',
    many: 'Ещё не выгружено {pending} из {count} событий этого ноутбука.',
  },
  'supervisor.alarmDetail.double_ballot': {
    one: '{count} действующий бюллетень',
    few: '{count} действующих бюллетеня',
    many: '{count} действующих бюллетеней',
  },
  'supervisor.alarmDetail.two_lists': {
    one: 'в списке {count} участка',
    few: 'в списках {count} участков',
    many: 'в списках {count} участков',
  },
  'supervisor.alarmDetail.slot_reused': {
    one: 'место ноутбука {slot} удостоверило {count} устройство: {devices}',
    few: 'место ноутбука {slot} удостоверило {count} устройства: {devices}',
    many: 'место ноутбука {slot} удостоверило {count} устройств: {devices}',
  },
  'results.alarmDetail.versions': {
    one: 'подписана {count} версия',
    few: 'подписаны {count} версии',
    many: 'подписано {count} версий',
  },
  'voters.import.lostNames': {
    one: 'в {count} имени',
    few: 'в {count} именах',
    many: 'в {count} именах',
  },
  'voters.import.lostExplain': {
    one: 'В {count} имени вместо буквы стоит «?»: файл сохранён в кодировке без казахских букв (например, Windows-1251). Если загрузить его как есть, это имя останется в списке с ошибкой. Попросите файл в UTF-8 или .xlsx либо проверьте имя ниже и продолжите.',
    few: 'В {count} именах вместо буквы стоит «?»: файл сохранён в кодировке без казахских букв (например, Windows-1251). Если загрузить его как есть, эти имена останутся в списке с ошибками. Попросите файл в UTF-8 или .xlsx либо проверьте имена ниже и продолжите.',
    many: 'В {count} именах вместо буквы стоит «?»: файл сохранён в кодировке без казахских букв (например, Windows-1251). Если загрузить его как есть, эти имена останутся в списке с ошибками. Попросите файл в UTF-8 или .xlsx либо проверьте имена ниже и продолжите.',
  },
  'audit.summary.protocol.membersPresent': {
    one: 'Присутствует {count} член комиссии',
    few: 'Присутствуют {count} члена комиссии',
    many: 'Присутствуют {count} членов комиссии',
  },
  'audit.summary.protocol.ballotsReceived': {
    one: 'получен {count} бюллетень',
    few: 'получено {count} бюллетеня',
    many: 'получено {count} бюллетеней',
  },
  'audit.summary.protocol.moved': {
    one: '{count} бюллетень: {from} → {to}',
    few: '{count} бюллетеня: {from} → {to}',
    many: '{count} бюллетеней: {from} → {to}',
  },
  'audit.summary.protocol.reportSent': {
    one: 'Отчёт на {hour}: проголосовал {count} избиратель',
    few: 'Отчёт на {hour}: проголосовали {count} избирателя',
    many: 'Отчёт на {hour}: проголосовали {count} избирателей',
  },
  'accommodations.trip.ballotsTaken': {
    one: 'Взят {count} бюллетень.',
    few: 'Взято {count} бюллетеня.',
    many: 'Взято {count} бюллетеней.',
  },
  'accommodations.trip.issuedSoFar': {
    one: 'Пока выдан на дому {count} бюллетень.',
    few: 'Пока выдано на дому {count} бюллетеня.',
    many: 'Пока выдано на дому {count} бюллетеней.',
  },
  'accommodations.trip.discrepancy': {
    one: 'Расхождение в {count} бюллетень. Объяснение: {note}',
    few: 'Расхождение в {count} бюллетеня. Объяснение: {note}',
    many: 'Расхождение в {count} бюллетеней. Объяснение: {note}',
  },
  'accommodations.notReadyCount': {
    one: 'Нет в наличии или ещё не проверен {count} пункт.',
    few: 'Нет в наличии или ещё не проверено {count} пункта.',
    many: 'Нет в наличии или ещё не проверено {count} пунктов.',
  },
  'accommodations.summary.ballots': {
    one: 'На дому выдан {count} бюллетень (учитывается в явке как бюллетень переносного ящика)',
    few: 'На дому выдано {count} бюллетеня (учитываются в явке как бюллетени переносного ящика)',
    many: 'На дому выдано {count} бюллетеней (учитываются в явке как бюллетени переносного ящика)',
  },
  'protocol.stock': {
    one: 'В запасе комиссии {count} бюллетень',
    few: 'В запасе комиссии {count} бюллетеня',
    many: 'В запасе комиссии {count} бюллетеней',
  },
  'keyBackup.length': {
    one: 'Введён {count} символ (нужно не менее 12).',
    few: 'Введено {count} символа (нужно не менее 12).',
    many: 'Введено {count} символов (нужно не менее 12).',
  },
  'voters.import.done': {
    one: 'Из {file} загружен {count} избиратель. {rejected}',
    few: 'Из {file} загружено {count} избирателя. {rejected}',
    many: 'Из {file} загружено {count} избирателей. {rejected}',
  },
  'voters.import.rowsLeftOut': {
    one: '{count} строка не загружена из-за ошибок.',
    few: '{count} строки не загружены из-за ошибок.',
    many: '{count} строк не загружено из-за ошибок.',
  },
  'supervisorLog.ok': {
    one: 'Журнал проверен: {count} запись, она не изменена.',
    few: 'Журнал проверен: {count} записи, ни одна не изменена.',
    many: 'Журнал проверен: {count} записей, ни одна не изменена.',
  },
  'audit.caption': {
    one: 'Всего {count} событие, страница {page} из {pages}',
    few: 'Всего {count} события, страница {page} из {pages}',
    many: 'Всего {count} событий, страница {page} из {pages}',
  },
  'accommodations.picker.countMore': {
    one: 'Найден {count} избиратель; показаны первые {shown}.',
    few: 'Найдено {count} избирателя; показаны первые {shown}.',
    many: 'Найдено {count} избирателей; показаны первые {shown}.',
  },
  'audit.summary.voter.sections': {
    one: '{count} часть списка: {names}',
    few: '{count} части списка: {names}',
    many: '{count} частей списка: {names}',
  },
  'sync.exportDone': {
    one: 'Выгружено {count} событие (№{first}–{last}) в {file}; файл прочитан заново и проверен.',
    few: 'Выгружено {count} события (№{first}–{last}) в {file}; файл прочитан заново и проверен.',
    many: 'Выгружено {count} событий (№{first}–{last}) в {file}; файл прочитан заново и проверен.',
  },
  'supervisor.import.leftOut': {
    one: 'Пропущен без чтения {count} файл, не являющийся файлом синхронизации (.pdsync): {names}.',
    few: 'Пропущены без чтения {count} файла, не являющиеся файлами синхронизации (.pdsync): {names}.',
    many: 'Пропущено без чтения {count} файлов, не являющихся файлами синхронизации (.pdsync): {names}.',
  },
  'results.summary': {
    one: 'Подписанный протокол есть у {withProtocol} из {count} участка.',
    few: 'Подписанный протокол есть у {withProtocol} из {count} участков.',
    many: 'Подписанный протокол есть у {withProtocol} из {count} участков.',
  },
};
