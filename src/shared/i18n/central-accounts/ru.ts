import type { centralAccountsEn } from './en';

/** Учётные записи режима супервизора, роли, смена парольной фразы, автоблокировка и журнал. */
export const centralAccountsRu: Record<keyof typeof centralAccountsEn, string> = {
  'errors.not_permitted': 'Ваша роль этого не позволяет. Обратитесь к администратору.',
  'errors.passphrase_change_required':
    'Сначала выберите свою парольную фразу: выданная действует только для первого входа.',
  'errors.last_administrator':
    'Это последний активный администратор: его нельзя деактивировать или сделать оператором.',
  'errors.account_inactive': 'Эта учётная запись деактивирована.',
  'errors.account_active': 'Эта учётная запись уже активна.',
  'errors.account_exists': 'Учётная запись с таким именем уже есть.',

  'supervisor.nav.accounts': 'Учётные записи',
  'supervisor.nav.audit': 'Журнал супервизора',

  'centralAccounts.role.administrator': 'Администратор',
  'centralAccounts.role.operator': 'Оператор',
  'centralAccounts.packagesAdministratorOnly':
    'Пакеты создаёт только администратор. Вы вошли как оператор.',

  'centralAccounts.changeTitle': 'Выберите свою парольную фразу',
  'centralAccounts.changeIntro':
    'Вы вошли с парольной фразой, выданной администратором. Прежде чем продолжить, выберите свою (не менее 12 символов); её не должен знать никто другой.',
  'centralAccounts.newPassphrase': 'Новая парольная фраза',
  'centralAccounts.changeSubmit': 'Сохранить мою фразу',

  'centralAccounts.title': 'Учётные записи',
  'centralAccounts.intro':
    'Кто может открыть центральное хранилище. Администратор управляет ключами, пакетами, отзывами устройств и учётными записями; оператор импортирует файлы синхронизации, смотрит сводку и решает тревоги. Никто не удаляется: ненужная учётная запись деактивируется.',
  'centralAccounts.caption': 'Учётные записи этого центрального хранилища',
  'centralAccounts.colName': 'Имя',
  'centralAccounts.colRole': 'Роль',
  'centralAccounts.colState': 'Состояние',
  'centralAccounts.colActions': 'Действия',
  'centralAccounts.active': 'Активна',
  'centralAccounts.deactivated': 'Деактивирована',
  'centralAccounts.mustChange': 'начальная фраза',
  'centralAccounts.lockedUntil': 'заблокирована до {until}',
  'centralAccounts.you': '(вы)',
  'centralAccounts.addTitle': 'Добавить учётную запись',
  'centralAccounts.addIntro':
    'Передайте человеку начальную парольную фразу лично. Свою он выберет при первом входе.',
  'centralAccounts.name': 'Имя',
  'centralAccounts.role': 'Роль',
  'centralAccounts.initialPassphrase': 'Начальная парольная фраза',
  'centralAccounts.repeat': 'Начальная парольная фраза ещё раз',
  'centralAccounts.add': 'Добавить учётную запись',
  'centralAccounts.added': 'Учётная запись {name} добавлена.',
  'centralAccounts.saved': 'Учётная запись {name}: сохранено.',
  'centralAccounts.reset': 'Сбросить фразу',
  'centralAccounts.resetLabel': 'Сбросить фразу: {name}',
  'centralAccounts.resetTitle': 'Новая начальная фраза для {name}',
  'centralAccounts.resetExplain':
    'Старая фраза перестаёт действовать, блокировка снимается. Свою фразу человек выберет при следующем входе.',
  'centralAccounts.deactivate': 'Деактивировать',
  'centralAccounts.deactivateLabel': 'Деактивировать {name}',
  'centralAccounts.deactivateTitle': 'Деактивировать {name}?',
  'centralAccounts.deactivateExplain':
    'Учётная запись остаётся в списке и в журнале, но её фраза больше не открывает хранилище.',
  'centralAccounts.reactivate': 'Активировать снова',
  'centralAccounts.reactivateLabel': 'Активировать снова {name}',
  'centralAccounts.reactivateTitle': 'Активировать снова {name}',
  'centralAccounts.reactivateExplain':
    'Задайте новую начальную фразу: свою человек выберет при следующем входе.',
  'centralAccounts.changeRole': 'Сменить роль',
  'centralAccounts.changeRoleLabel': 'Сменить роль {name}',
  'centralAccounts.roleTitle': 'Сменить роль {name}',
  'centralAccounts.roleExplain':
    'Роль связана с парольной фразой, поэтому новая роль задаётся с новой начальной фразой (для своей учётной записи — с вашей новой фразой).',
  'centralAccounts.newRole': 'Новая роль',
  'centralAccounts.save': 'Сохранить',

  'supervisorLog.title': 'Журнал супервизора',
  'supervisorLog.intro':
    'Каждое действие в режиме супервизора с учётной записью, которая его совершила. Каждая запись связана с предыдущей своим хешем: изменённая, удалённая или переставленная запись разрывает цепочку.',
  'supervisorLog.colSeq': '№',
  'supervisorLog.colTime': 'Время',
  'supervisorLog.colAccount': 'Учётная запись',
  'supervisorLog.colAct': 'Действие',
  'supervisorLog.colDetails': 'Подробности',
  'supervisorLog.pagination': 'Страницы журнала супервизора',
  'supervisorLog.empty': 'Пока ничего не записано.',
  'supervisorLog.verify': 'Проверить журнал',
  'supervisorLog.checking': 'Журнал проверяется…',
  'supervisorLog.broken': 'Журнал нарушен на записи {seq}: {reason}',
  'supervisorLog.reason.gap': 'перед ней не хватает записей.',
  'supervisorLog.reason.prev_hash_mismatch': 'она не связана с предыдущей записью.',
  'supervisorLog.reason.hash_mismatch': 'её изменили после записи.',
  'supervisorLog.act.store.initialized': 'Создано центральное хранилище',
  'supervisorLog.act.session.opened': 'Вход',
  'supervisorLog.act.account.added': 'Добавлена учётная запись',
  'supervisorLog.act.account.passphrase_reset': 'Сброшена парольная фраза',
  'supervisorLog.act.account.passphrase_changed': 'Выбрана своя парольная фраза',
  'supervisorLog.act.account.deactivated': 'Учётная запись деактивирована',
  'supervisorLog.act.account.reactivated': 'Учётная запись активирована снова',
  'supervisorLog.act.account.role_changed': 'Сменена роль',
  'supervisorLog.act.package.made': 'Создан пакет',
  'supervisorLog.act.device.revoked': 'Отозвано устройство',
  'supervisorLog.act.alarm.decided': 'Принято решение по тревоге',
  'supervisorLog.act.import.run': 'Импортированы файлы синхронизации',
  'supervisorLog.act.keys.backup_made': 'Создана резервная копия ключей',
  'supervisorLog.act.keys.restored': 'Ключи восстановлены',
};
