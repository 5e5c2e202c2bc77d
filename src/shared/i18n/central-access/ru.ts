import type { centralAccessEn } from './en';

/** Хранилище центральной комиссии, зашифрованное на диске. */
export const centralAccessRu: Record<keyof typeof centralAccessEn, string> = {
  'errors.wrong_passphrase':
    'Неверная парольная фраза. Осталось попыток до блокировки учётной записи: {left}.',
  'errors.passphrase_too_short': 'Парольная фраза должна содержать не менее {min} символов.',
  'errors.unknown_account': 'Учётной записи с таким именем в этом хранилище нет.',
  'errors.account_locked_out':
    'Слишком много неверных парольных фраз: учётная запись заблокирована до {until}.',
  'errors.central_locked': 'Хранилище заблокировано: введите парольную фразу, чтобы открыть его.',
  'errors.central_door_damaged':
    'Файл доступа к хранилищу центральной комиссии отсутствует или повреждён, хранилище не открыть.',

  'errors.central_busy': 'Идёт импорт: хранилище можно заблокировать после его завершения.',

  'centralAccess.account': 'Имя учётной записи',
  'centralAccess.passphrase': 'Парольная фраза',
  'centralAccess.repeat': 'Парольная фраза ещё раз',
  'centralAccess.mismatch': 'Парольные фразы не совпадают.',
  'centralAccess.required': 'Заполните это поле.',
  'centralAccess.unlockTitle': 'Открыть хранилище центральной комиссии',
  'centralAccess.unlockIntro':
    'Хранилище зашифровано. Введите имя учётной записи и парольную фразу, чтобы открыть его.',
  'centralAccess.unlock': 'Открыть',
  'centralAccess.createTitle': 'Создать администратора',
  'centralAccess.createIntro':
    'Хранилище шифруется случайным ключом, который открывает только парольная фраза администратора. Выберите фразу не короче 12 символов и храните её надёжно: без неё хранилище не открыть никому.',
  'centralAccess.previousIntro':
    'Это хранилище создано прежней версией и ещё не зашифровано. При создании администратора оно будет зашифровано на месте; ключ центральной комиссии и все данные сохранятся.',
  'centralAccess.create': 'Создать администратора',
  'centralAccess.passphraseHint': 'Не менее 12 символов.',
  'centralAccess.openedAs': 'Открыто: {account}',
  'centralAccess.lock': 'Заблокировать',
};
