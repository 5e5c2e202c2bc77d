import type { MessageKey } from './en';
import { accommodationErrorsRu } from './accommodation-errors/ru';
import { accommodationsRu } from './accommodations/ru';
import { infologRu } from './infolog/ru';
import { voterAreasRu } from './voter-areas/ru';
import { votersRu } from './voters/ru';
import { syncRu } from './sync/ru';
import { atRestRu } from './at-rest/ru';
import { supervisorRu } from './supervisor/ru';
import { resultsRu } from './results/ru';
import { protocolRu } from './protocol/ru';
import { protocolCopiesRu } from './protocol-copies/ru';
import { protocolLinesRu } from './protocol-lines/ru';
import { resultsDayRu } from './results-day/ru';
import { dayHomeRu } from './day-home/ru';
import { votedListRu } from './voted-list/ru';
import { dayToolRu } from './day-tool/ru';
import { filePickerRu } from './file-picker/ru';
import { inputChecksRu } from './input-checks/ru';
import { printRu } from './print/ru';
import { nextStepsRu } from './next-steps/ru';
import { centralAccessRu } from './central-access/ru';
import { keystoreRu } from './keystore/ru';
import { keyBackupRu } from './key-backup/ru';
import { returnedLaptopRu } from './returned-laptop/ru';
import { backupRu } from './backup/ru';
import { restoredRangeRu } from './restored-range/ru';
import { backupUiRu } from './backup-ui/ru';
import { centralAccountsRu } from './central-accounts/ru';
import { precinctListRu } from './precinct-list/ru';

export const ru: Record<MessageKey, string> = {
  ...votersRu,
  ...voterAreasRu,
  ...infologRu,
  ...accommodationErrorsRu,
  ...accommodationsRu,
  ...syncRu,
  ...atRestRu,
  ...supervisorRu,
  ...resultsRu,
  ...protocolRu,
  ...protocolCopiesRu,
  ...protocolLinesRu,
  ...resultsDayRu,
  ...dayHomeRu,
  ...votedListRu,
  ...dayToolRu,
  ...filePickerRu,
  ...inputChecksRu,
  ...printRu,
  ...nextStepsRu,
  ...centralAccessRu,
  ...keystoreRu,
  ...keyBackupRu,
  ...returnedLaptopRu,
  ...backupRu,
  ...restoredRangeRu,
  ...backupUiRu,
  ...centralAccountsRu,
  ...precinctListRu,

  'app.title': 'Precinct Desk',

  'languages.kk': 'Қазақша',
  'languages.ru': 'Русский',
  'languages.en': 'English',
  'language.switch': 'Язык',

  'roles.chair': 'Председатель',
  'roles.deputy_chair': 'Заместитель председателя',
  'roles.secretary': 'Секретарь',
  'roles.member': 'Член комиссии',

  'errors.invalid_input': 'Часть введённых данных неверна. Проверьте их и попробуйте снова.',
  'errors.not_set_up': 'Участок ещё не настроен.',
  'errors.already_set_up': 'Участок уже настроен.',
  'errors.supervisor_folder':
    'Эта папка данных принадлежит центральной комиссии (режим супервайзера); участку нужна своя папка.',
  'errors.not_logged_in': 'Вы не вошли в систему. Войдите, чтобы продолжить.',
  'errors.session_locked': 'Сеанс заблокирован. Войдите снова, чтобы продолжить.',
  'errors.forbidden': 'Ваша роль не позволяет это сделать.',
  'errors.wrong_pin': 'Неверный PIN-код.',
  'errors.locked_out': 'Слишком много неверных PIN-кодов: вход временно заблокирован.',
  'errors.pin_format': 'PIN-код состоит из 6–12 цифр и ничего больше.',
  'errors.pin_reused': 'Новый PIN-код должен отличаться от текущего.',
  'errors.pin_trivial':
    'Этот PIN-код слишком легко угадать: нельзя повторять одну цифру (111111), брать цифры подряд (123456, 654321) или номер участка. Выберите другой.',
  'errors.temporary_pin_expired':
    'Срок временного PIN-кода истёк (он действует 3 дня). Попросите у председателя новый.',
  'errors.not_locked_out': 'Вход этого члена комиссии не заблокирован.',
  'errors.pin_mismatch': 'PIN-коды не совпадают.',
  'errors.no_pin': 'У этого члена комиссии ещё нет PIN-кода. Попросите у председателя временный.',
  'errors.pin_change_required': 'Сначала задайте собственный PIN-код.',
  'errors.member_inactive': 'Этот член комиссии больше не активен.',
  'errors.member_not_found': 'Член комиссии не найден.',
  'errors.recovery_code_invalid': 'Код восстановления неверен. Проверьте его знак за знаком.',
  'errors.chair_required':
    'В комиссии должен быть ровно один председатель; председателя нельзя деактивировать.',
  'errors.one_chair_only': 'Председателем может быть только один член комиссии.',
  'errors.cannot_deactivate_self': 'Нельзя заменить или деактивировать самого себя.',
  'errors.invalid_time_zone':
    'Такой часовой пояс неизвестен. Укажите название IANA, например Asia/Almaty или Europe/Berlin.',
  'errors.invalid_voting_hours': 'Голосование должно заканчиваться позже, чем начинается.',
  'errors.dialog_cancelled': 'Отменено.',
  'errors.path_not_found': 'Такой папки нет.',
  'errors.file_exists': 'Файл с таким именем уже существует.',
  'errors.file_handle_invalid': 'Этот выбор файла больше не действует. Выберите файл ещё раз.',
  'errors.disk_full':
    'Диск или USB-накопитель заполнен. Ничего не записано; освободите место или возьмите другой накопитель и попробуйте снова.',
  'errors.read_only_medium':
    'На диск или USB-накопитель нельзя записать (он только для чтения или защищён). Ничего не записано; возьмите другой накопитель или папку.',
  'errors.io_error':
    'Не удалось прочитать или записать файл. Проверьте диск или USB-накопитель и попробуйте снова.',
  'errors.wrong_sender': 'Запрос пришёл не из окна приложения и был отклонён.',
  'errors.database_newer':
    'Папка данных записана более новой версией Precinct Desk (версия данных {found}; эта знает {known}). Она оставлена без изменений: установите более новую версию, чтобы её открыть.',
  'errors.internal': 'Что-то пошло не так. Ничего не изменено.',

  'common.loading': 'Загрузка…',
  'common.tryAgain': 'Попробовать снова',
  'common.continue': 'Продолжить',
  'common.cancel': 'Отмена',
  'common.saving': 'Сохранение…',
  'common.skipToMain': 'Перейти к основному содержимому',
  'common.precinct': 'Участок № {number}: {name}',

  'validation.required': 'Заполните это поле.',
  'validation.summary': 'Некоторые поля требуют внимания. Каждое из них отмечено.',
  'validation.precinctNumber': 'Введите целое число от 1 до 999999.',
  'validation.clockConfirm': 'Подтвердите, что дата, время и часовой пояс верны.',
  'validation.invalid': 'Это значение не принято. Проверьте и исправьте его.',
  'validation.tooLong': 'Это значение слишком длинное. Сократите его.',

  'pin.new': 'Новый PIN-код',
  'pin.repeat': 'Повторите PIN-код',
  'pin.rules': 'От 6 до 12 цифр, только цифры; не 111111, не 123456 и не номер участка.',

  'setup.title': 'Настройка участка',
  'setup.intro':
    'Один раз введите данные о выборах, участке и комиссии. Затем председатель войдёт с PIN-кодом, заданным здесь.',
  'setup.electionSection': 'Выборы или референдум',
  'setup.electionKind': 'Вид голосования',
  'setup.kind.election': 'Выборы',
  'setup.kind.referendum': 'Референдум',
  'setup.electionName': 'Название выборов или референдума',
  'setup.votingDay': 'День голосования',
  'setup.opens': 'Начало голосования',
  'setup.closes': 'Окончание голосования',
  'setup.precinctSection': 'Участок',
  'setup.precinctNumber': 'Номер участка',
  'setup.precinctName': 'Название участка',
  'setup.region': 'Область',
  'setup.district': 'Район',
  'setup.address': 'Адрес',
  'setup.timeSection': 'Часовой пояс и часы',
  'setup.timeZone': 'Часовой пояс',
  'setup.timeZoneOther': 'Другой (загранучасток)',
  'setup.otherTimeZone': 'Другой пояс (название IANA)',
  'setup.otherTimeZoneHint': 'Например, Europe/Berlin или America/New_York.',
  'setup.clockReading': 'Сейчас в поясе {zone}: {date}, {time}.',
  'setup.clockUnknownZone': 'Укажите верный часовой пояс, чтобы увидеть дату и время в нём.',
  'setup.clockConfirm': 'Показанные дата, время и часовой пояс верны',
  'setup.clockConfirmHint':
    'Если они неверны, исправьте часы компьютера или выберите правильный часовой пояс, прежде чем продолжить.',
  'setup.membersSection': 'Члены комиссии',
  'setup.membersHint':
    'Ровно один член комиссии — председатель. Председатель входит первым и выдаёт остальным PIN-коды.',
  'setup.memberNumber': 'Член комиссии {number}',
  'setup.memberName': 'ФИО',
  'setup.memberRole': 'Роль',
  'setup.addMember': 'Добавить члена комиссии',
  'setup.removeMember': 'Удалить члена комиссии {number}',
  'setup.membersLimit': 'Здесь можно ввести не более {max} членов комиссии.',
  'setup.chairPinSection': 'PIN-код председателя',
  'setup.chairPin': 'PIN-код председателя',
  'setup.chairPinRepeat': 'Повторите PIN-код',
  'setup.submit': 'Завершить настройку',

  'recovery.firstTitle': 'Код восстановления председателя',
  'recovery.newTitle': 'Новый код восстановления председателя',
  'recovery.setupDone': 'Участок настроен.',
  'recovery.pinChanged':
    'PIN-код председателя изменён. Прежний код восстановления больше не действует.',
  'recovery.codeLabel': 'Код восстановления:',
  'recovery.stepPrint':
    'Распечатайте этот код сейчас или перепишите его от руки. Не храните его в файле.',
  'recovery.stepSeal':
    'Запечатайте распечатку в конверт, распишитесь поперёк клапана и храните в сейфе участка.',
  'recovery.stepUse':
    'Если председатель забудет PIN-код, вскройте конверт и задайте новый PIN-код с помощью этого кода.',
  'recovery.stepOnce':
    'Код действует один раз и показывается только сейчас. После использования приложение покажет новый код — его нужно распечатать и запечатать.',
  'recovery.sheetOnce':
    'Код действует один раз. После использования этот лист недействителен, а приложение выдаёт новый код — его нужно распечатать и запечатать.',
  'recovery.sheetHeading': 'Precinct Desk: код восстановления PIN-кода председателя',
  'recovery.sheetIssued': 'Выдан {date}',
  'recovery.sheetSealedBy': 'Запечатал (ФИО, подпись): ______________________________',
  'recovery.sheetWitness': 'Свидетель (ФИО, подпись): ______________________________',
  'recovery.print': 'Распечатать код',
  'recovery.printSent': 'Лист отправлен на печать. Проверьте, что он напечатан, и запечатайте его.',
  'recovery.savePdfInsist': 'Сохранить в PDF вместо печати…',
  'recovery.pdfWarningTitle': 'Сохранить код восстановления в файл?',
  'recovery.pdfWarning':
    'Любой, кто позже откроет этот PDF, сможет сменить PIN председателя. Сохраняйте его, только если сейчас нельзя печатать; распечатайте его сразу, а затем удалите файл.',
  'recovery.pdfConfirm': 'Всё равно сохранить PDF',
  'recovery.pdfSaved':
    'Сохранено: {path}. Удалите этот файл, как только лист будет распечатан и запечатан: любой, кто его откроет, сможет сменить PIN председателя.',

  'print.savePdf': 'Печать / сохранить в PDF',
  'print.savedTo': 'Сохранено: {path}',

  'pathPicker.title': 'Куда сохранить файл',
  'pathPicker.currentFolder': 'Папка: {path}',
  'pathPicker.parent': 'На уровень выше',
  'pathPicker.folders': 'Папки',
  'pathPicker.noFolders': 'Здесь нет папок.',
  'pathPicker.filePath': 'Путь к файлу',
  'pathPicker.save': 'Сохранить',
  'pathPicker.replaceTitle': 'Заменить существующий файл {name}?',
  'pathPicker.replaceExplain':
    'В этой папке уже есть файл с таким именем. При замене его содержимое будет перезаписано.',
  'pathPicker.replace': 'Заменить',

  'login.title': 'Вход',
  'login.whoAreYou': 'Кто входит?',
  'login.noPinYet': 'PIN-кода ещё нет — обратитесь к председателю',
  'login.chooseName': 'Выберите своё имя в списке.',
  'login.pin': 'PIN-код',
  'login.submit': 'Войти',
  'login.forgotPin': 'Забыли PIN-код (председатель)',
  'login.lockedUntil': 'Попробуйте снова после {until}.',
  'login.sessionLocked': 'Сеанс заблокирован. Войдите снова, чтобы продолжить.',
  'login.loggedOut': 'Вы вышли из системы. Войдите снова, чтобы продолжить.',

  'recover.title': 'Восстановление PIN-кода председателя',
  'recover.intro':
    'Вскройте запечатанный конверт с кодом восстановления, введите код и задайте новый PIN-код. Код действует один раз; вы получите новый, чтобы распечатать и запечатать его.',
  'recover.forChair': 'Председатель: {name}',
  'recover.code': 'Код восстановления',
  'recover.submit': 'Задать новый PIN-код',
  'recover.back': 'Назад ко входу',

  'changePin.title': 'Задайте собственный PIN-код',
  'changePin.greeting': 'Здравствуйте, {name}.',
  'changePin.intro':
    'Вы вошли с временным PIN-кодом от председателя. Задайте собственный PIN-код сейчас: до этого ничего другого не доступно.',
  'changePin.current': 'Временный PIN-код',
  'changePin.submit': 'Сохранить мой PIN-код',

  'clock.question': 'Дата, время и часовой пояс верны?',
  'clock.date': 'Дата',
  'clock.time': 'Время',
  'clock.timeZone': 'Часовой пояс',
  'clock.ifWrong':
    'Если что-то неверно, не подтверждайте: часы ноутбука нужно исправить до любой работы в день голосования.',
  'clock.confirm': 'Да, подтверждаю',
  'clock.later': 'Не сейчас',
  'clock.check': 'Проверить часы',
  'clock.notConfirmed': 'Председатель сегодня ещё не подтвердил часы.',
  'clock.notConfirmedYet': 'Вы сегодня ещё не подтвердили часы.',
  'clock.behind':
    'Внимание: часы этого компьютера отстают от последнего записанного события ({time}). Проверьте дату и время.',
  'clock.overridden': 'Часы подменены для тестирования.',

  'shell.loggedInAs': '{name}, {role}',
  'shell.lock': 'Заблокировать',
  'shell.logout': 'Выйти',

  'nav.label': 'Разделы',
  'nav.voters': 'Избиратели',
  'nav.accommodations': 'Доступность',
  'nav.infolog': 'Информационный журнал',
  'nav.sync': 'Синхронизация',
  'nav.audit': 'Аудит',
  'nav.settings': 'Настройки',

  'section.comingLater': 'Этот раздел ещё не готов.',
  'voters.title': 'Избиратели',
  'sync.title': 'Синхронизация',
  'sync.intro':
    'Здесь будет выгрузка записей этого ноутбука на USB-накопитель для территориальной комиссии и загрузка пакета участка.',

  'audit.title': 'Журнал аудита',
  'audit.intro': 'Все записанные действия: кто, что и когда сделал, по местному времени участка.',
  'audit.verifyChain': 'Проверить цепочку',
  'audit.chainChecking': 'Проверка цепочки событий…',
  'audit.chainBroken': 'Цепочка нарушена: устройство {device}, событие № {seq}: {reason}',
  'audit.chainReason.gap': 'перед ним не хватает событий',
  'audit.chainReason.prev_hash_mismatch': 'оно не связано с предыдущим событием',
  'audit.chainReason.hash_mismatch': 'оно изменено после записи',
  'audit.filters': 'Фильтры',
  'audit.filterType': 'Тип события',
  'audit.allTypes': 'Все типы',
  'audit.filterMember': 'Член комиссии',
  'audit.allMembers': 'Все члены комиссии',
  'audit.fromDate': 'С даты',
  'audit.toDate': 'По дату',
  'audit.colSeq': '№',
  'audit.colTime': 'Время',
  'audit.colMember': 'Член комиссии',
  'audit.colEvent': 'Событие',
  'audit.colDetails': 'Подробности',
  'audit.system': 'Система',
  'audit.empty': 'Нет событий, подходящих под эти фильтры.',
  'audit.pagination': 'Страницы журнала аудита',
  'pager.previous': 'Предыдущая страница',
  'pager.next': 'Следующая страница',
  'pager.pageOf': 'Страница {page} из {pages}',
  'audit.unknownMember': 'член комиссии',
  'audit.type.device.initialized': 'Устройство подготовлено',
  'audit.type.precinct.setup_completed': 'Участок настроен',
  'audit.type.member.added': 'Член комиссии добавлен',
  'audit.type.member.deactivated': 'Член комиссии деактивирован',
  'audit.type.member.pin_set': 'PIN-код задан',
  'audit.type.member.recovery_code_issued': 'Выдан код восстановления',
  'audit.type.member.logged_in': 'Вход',
  'audit.type.member.logged_out': 'Выход',
  'audit.type.member.locked_out': 'Вход заблокирован после неверных PIN-кодов',
  'audit.type.member.lockout_lifted': 'Блокировка входа снята',
  'audit.type.settings.changed': 'Настройки изменены',
  'audit.type.clock.confirmed': 'Часы подтверждены',
  'audit.pinKind.initial': 'первый PIN-код при настройке',
  'audit.pinKind.temporary': 'временный PIN-код от председателя',
  'audit.pinKind.changed': 'задан собственный PIN-код',
  'audit.pinKind.recovered': 'новый PIN-код по коду восстановления',
  'audit.summary.device': 'Устройство {device}',
  'audit.summary.memberAdded': '{name}, {role}',
  'audit.summary.replaces': 'вместо: {name} ({reason})',
  'audit.summary.deactivated': '{name}: {reason}',
  'audit.summary.pinSet': '{name}: {kind}',
  'audit.summary.logout': 'Выход выполнен членом комиссии',
  'audit.summary.locked': 'Заблокировано членом комиссии',
  'audit.summary.autoLock': 'Блокировка после бездействия',
  'audit.summary.lockedOut': '{name}, до {until}',
  'audit.summary.lockoutLifted': '{name}, снята председателем',
  'audit.summary.lockoutLiftedByCode': '{name}, снята кодом восстановления',
  'audit.summary.clock': '{date}, {time}, {zone}',

  'settings.title': 'Настройки',
  'settings.languageTitle': 'Язык',
  'settings.language': 'Язык интерфейса',
  'settings.languageHint': 'Сохраняется для вас; у других остаётся их собственный выбор.',
  'settings.autoLockTitle': 'Автоматическая блокировка',
  'settings.autoLockMinutes': 'Минут без действий до блокировки',
  'settings.autoLockHint': 'Целое число от {min} до {max}.',
  'settings.autoLockInvalid': 'Введите целое число от {min} до {max}.',
  'settings.autoLockSave': 'Сохранить время блокировки',

  'members.title': 'Члены комиссии',
  'members.caption': 'Состав комиссии',
  'members.colName': 'ФИО',
  'members.colRole': 'Роль',
  'members.colStatus': 'Статус',
  'members.colPin': 'PIN-код',
  'members.colLockedUntil': 'Заблокирован до',
  'members.colActions': 'Действия',
  'members.statusActive': 'Активен',
  'members.statusInactive': 'Неактивен',
  'members.statusReplaced': 'Заменён',
  'members.pinNone': 'Нет',
  'members.pinTemporary': 'Временный',
  'members.pinSet': 'Задан',
  'members.notLocked': 'Не заблокирован',
  'members.liftLockout': 'Снять блокировку',
  'members.liftLockoutFor': 'Снять блокировку: {name}',
  'members.lockoutLifted': '{name} снова может войти.',
  'members.resetPin': 'Сбросить PIN-код',
  'members.resetPinFor': 'Сбросить PIN-код: {name}',
  'members.resetConfirmTitle': '{name}: выдать новый временный PIN-код?',
  'members.resetConfirmExplain':
    'Текущий PIN-код сразу перестанет действовать. При следующем входе нужно будет задать собственный PIN-код.',
  'members.resetConfirm': 'Выдать новый временный PIN-код',
  'members.replace': 'Заменить',
  'members.replaceFor': 'Заменить: {name}',
  'members.deactivate': 'Деактивировать',
  'members.deactivateFor': 'Деактивировать: {name}',
  'members.replaceTitle': 'Замена: {name}',
  'members.replaceExplain':
    'Член комиссии деактивируется (но не удаляется), а новый член комиссии получает ту же роль. Оба шага записываются с основанием.',
  'members.replacementName': 'Имя нового члена комиссии',
  'members.replaceSubmit': 'Заменить члена комиссии',
  'members.deactivateTitle': 'Деактивация: {name}',
  'members.deactivateExplain':
    'Член комиссии больше не сможет войти. Его прежние действия остаются записанными под его именем.',
  'members.deactivateSubmit': 'Деактивировать члена комиссии',
  'members.reason': 'Основание',
  'members.addTitle': 'Добавить члена комиссии',
  'members.fullName': 'ФИО',
  'members.role': 'Роль',
  'members.addSubmit': 'Добавить',
  'members.added': '{name}: член комиссии добавлен. Сбросьте его PIN-код, чтобы выдать временный.',
  'members.replaced': '{old} заменён(а): {name}.',
  'members.deactivated': '{name}: член комиссии деактивирован.',
  'members.temporaryPinFor': 'Временный PIN-код для: {name}',
  'members.temporaryPinHint':
    'Передайте его члену комиссии лично; при первом входе его нужно сменить. Он действует 3 дня и показывается только сейчас.',
  'members.temporaryPinDone': 'Готово',
};
