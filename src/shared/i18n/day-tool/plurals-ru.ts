import type { dayToolPluralEn } from './plurals-en';

export const dayToolPluralRu: Record<
  keyof typeof dayToolPluralEn,
  { one: string; few: string; many: string }
> = {
  'packages.rowsRead': { one: '{count} строка', few: '{count} строки', many: '{count} строк' },
  'packages.errorRows': {
    one: '{count} строка с ошибками',
    few: '{count} строки с ошибками',
    many: '{count} строк с ошибками',
  },
  'packages.errorsInAll': {
    one: 'всего {count} ошибка',
    few: 'всего {count} ошибки',
    many: 'всего {count} ошибок',
  },
  'infolog.presentNow': {
    one: 'Сейчас на участке {count} наблюдатель',
    few: 'Сейчас на участке {count} наблюдателя',
    many: 'Сейчас на участке {count} наблюдателей',
  },
  'infolog.overdueNow': {
    one: 'Просрочена {count} жалоба: ответьте в первую очередь.',
    few: 'Просрочены {count} жалобы: ответьте в первую очередь.',
    many: 'Просрочено {count} жалоб: ответьте в первую очередь.',
  },
  'voters.find.count': {
    one: 'Найден {count} избиратель.',
    few: 'Найдено {count} избирателя.',
    many: 'Найдено {count} избирателей.',
  },
  'accommodations.picker.count': {
    one: 'Найден {count} избиратель.',
    few: 'Найдено {count} избирателя.',
    many: 'Найдено {count} избирателей.',
  },
  'voters.import.importing': {
    one: 'Загружается {count} избиратель…',
    few: 'Загружаются {count} избирателя…',
    many: 'Загружаются {count} избирателей…',
  },
  'voters.import.importButton': {
    one: 'Загрузить {count} верную строку',
    few: 'Загрузить {count} верные строки',
    many: 'Загрузить {count} верных строк',
  },
  'voters.import.confirmTitle': {
    one: 'Загрузить в список {count} верную строку?',
    few: 'Загрузить в список {count} верные строки?',
    many: 'Загрузить в список {count} верных строк?',
  },
  'voters.import.confirm': {
    one: 'Загрузить {count} строку',
    few: 'Загрузить {count} строки',
    many: 'Загрузить {count} строк',
  },
  'voters.report.importedOn': {
    one: 'Загружен {count} избиратель, {at}.',
    few: 'Загружено {count} избирателя, {at}.',
    many: 'Загружено {count} избирателей, {at}.',
  },
  'login.idleLocked': {
    one: 'Заблокировано после {count} минуты без действий. Войдите снова, чтобы продолжить.',
    few: 'Заблокировано после {count} минут без действий. Войдите снова, чтобы продолжить.',
    many: 'Заблокировано после {count} минут без действий. Войдите снова, чтобы продолжить.',
  },
  'settings.autoLockReadOnly': {
    one: 'Приложение блокируется само через {count} минуту без действий.',
    few: 'Приложение блокируется само через {count} минуты без действий.',
    many: 'Приложение блокируется само через {count} минут без действий.',
  },
  'sync.status.accepted': {
    one: 'Принят: {count} новое событие',
    few: 'Принят: {count} новых события',
    many: 'Принят: {count} новых событий',
  },
  'package.votersImported': {
    one: 'Загружен {count} избиратель',
    few: 'Загружено {count} избирателя',
    many: 'Загружено {count} избирателей',
  },
  'protocol.home.reportsDue': {
    one: '{count} отчёт о явке пора отправить, он не отмечен отправленным',
    few: '{count} отчёта о явке пора отправить, они не отмечены отправленными',
    many: '{count} отчётов о явке пора отправить, они не отмечены отправленными',
  },
  'supervisor.slots.reused': {
    one: 'Используется {count} устройством',
    few: 'Используется {count} устройствами',
    many: 'Используется {count} устройствами',
  },
  'accommodations.gap': {
    one: '{kind}: {count} открытое заявление, а ничего из этого нет: {equipment}.',
    few: '{kind}: {count} открытых заявления, а ничего из этого нет: {equipment}.',
    many: '{kind}: {count} открытых заявлений, а ничего из этого нет: {equipment}.',
  },
  'audit.summary.protocol.ballotSet': {
    one: 'Бюллетень из пакета: {count} вопрос',
    few: 'Бюллетень из пакета: {count} вопроса',
    many: 'Бюллетень из пакета: {count} вопросов',
  },
  'infolog.days': { one: '{count} день', few: '{count} дня', many: '{count} дней' },
  'supervisor.summary.precincts': {
    one: '{count} участок',
    few: '{count} участка',
    many: '{count} участков',
  },
  'supervisor.summary.devices': {
    one: '{count} устройство',
    few: '{count} устройства',
    many: '{count} устройств',
  },
  'supervisor.summary.openAlarms': {
    one: '{count} открытая тревога',
    few: '{count} открытые тревоги',
    many: '{count} открытых тревог',
  },
  'supervisor.summary.heldFiles': {
    one: '{count} файл ждёт пропущенных событий',
    few: '{count} файла ждут пропущенных событий',
    many: '{count} файлов ждут пропущенных событий',
  },
};
