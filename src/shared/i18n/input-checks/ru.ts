import type { inputChecksEn } from './en';

/** Inputs stored as meant: text limits shown and refused, lost letters, legal choices required. */
export const inputChecksRu: Record<keyof typeof inputChecksEn, string> = {
  'errors.lost_letters_unconfirmed':
    'Буквы могли пропасть {names} этого файла. Ничего не загружено: проверьте имена и загрузите файл осознанно или попросите файл в UTF-8 или .xlsx.',
  'field.count': '{length} из {max} знаков',
  'field.tooLong':
    'Слишком длинно: {length} знаков, допустимо не более {max}. Сократите текст; ничего не обрезается и не сохраняется, пока он не уместится.',
  'field.choose': 'Выберите…',
  'field.chooseRequired': 'Выберите вариант: заранее ничего не выбрано.',
  'voters.import.lostTitle': 'В этом файле могли пропасть буквы',
  'voters.import.lostAccept': 'Мы проверили эти имена и загружаем файл как есть',
  'voters.import.lostBlocked':
    'Загрузка ждёт, пока комиссия не решит продолжить, несмотря на пропавшие буквы.',
  'voters.import.confirmExplainWarnings':
    'Все строки можно загрузить, но проверка нашла предупреждения ({warnings}): эти строки загружаются как есть. Загрузка записывается на ваше имя.',
  'voters.import.confirmExplainRejectedWarnings':
    'Строки с ошибками ({rejected}) не загружаются; строки с предупреждениями ({warnings}) загружаются как есть. Все они остаются в этом отчёте, который можно выгрузить в CSV. Загрузка записывается на ваше имя.',
  'spec.problem.not_json':
    'файл не в формате JSON (лишняя или пропущенная скобка, запятая или кавычка)',
  'spec.problem.unknown_key': 'поля «{key}» в «{field}» в спецификации нет: проверьте написание',
  'spec.problem.missing': 'поле «{field}» отсутствует или пусто',
  'spec.problem.wrong_type': 'в поле «{field}» значение не того вида (текст, число или список)',
  'spec.problem.too_long': 'поле «{field}» длиннее {max} знаков',
  'spec.problem.too_short': 'в поле «{field}» слишком мало записей',
  'spec.problem.not_allowed': 'в поле «{field}» недопустимое значение',
  'spec.problem.invalid': 'поле «{field}» заполнено неверно',
  'spec.problem.one_chair': 'среди членов комиссии должен быть ровно один председатель',
  'spec.problem.country_abroad':
    '«precinct.country» указывается тогда и только тогда, когда участок за рубежом',
  'spec.problem.time_zone':
    '«precinct.time_zone» — неизвестный часовой пояс (например, Asia/Almaty)',
  'spec.problem.hours_order':
    'голосование должно начинаться раньше, чем заканчивается (election.opens, election.closes)',
  'spec.problem.other_election': 'этот участок в центральном хранилище относится к другим выборам',
};
