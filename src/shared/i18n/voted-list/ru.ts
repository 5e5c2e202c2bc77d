import type { votedListEn } from './en';

/** Бумажный список проголосовавших: печать, кнопки и ежечасное напоминание. */
export const votedListRu: Record<keyof typeof votedListEn, string> = {
  'votedList.title': 'Список избирателей, получивших избирательный бюллетень',
  'votedList.section': 'Часть списка: {name} ({desk})',
  'votedList.wholeList': 'Весь список (он не разделён на части)',
  'votedList.outside': 'Избиратели вне частей списка',
  'votedList.votingDay': '{election}, день голосования {day}',
  'votedList.printed': 'Напечатано {date} в {time} по времени участка ({zone}).',
  'votedList.intro':
    'Каждый избиратель, у которого на момент печати есть выданный бюллетень, в порядке фамилий; отменённая выдача не включается. ИИН не печатается: однофамильцев различает дата рождения.',
  'votedList.col.number': '№',
  'votedList.col.name': 'Фамилия, имя, отчество',
  'votedList.col.birthDate': 'Дата рождения',
  'votedList.col.time': 'Время выдачи',
  'votedList.col.place': 'Где',
  'votedList.place.station': 'На участке',
  'votedList.place.portable_box': 'Переносной ящик',
  'votedList.notOnList': 'Нет в списке этого ноутбука',
  'votedList.empty': 'В этой части списка бюллетень ещё никто не получил.',
  'votedList.panel.title': 'Бумажный список проголосовавших',
  'votedList.panel.intro':
    'Печатайте его каждый час, пока идёт голосование, и храните вместе с бумажным списком: если откажут все ноутбуки, комиссия продолжит работу на бумаге.',
  'votedList.panel.sections': 'Какой список напечатать',
  'votedList.print.all': 'Печать всех частей / сохранить в PDF',
  'votedList.print.whole': 'Печать списка проголосовавших / сохранить в PDF',
  'votedList.print.section': 'Печать части {name} / сохранить в PDF',
  'votedList.suggest.title': 'Пора напечатать список проголосовавших',
  'votedList.suggest.text':
    'Сейчас {time}: напечатайте бумажный список проголосовавших, чтобы комиссия могла продолжить на бумаге, если ноутбуки откажут.',
  'votedList.suggest.print': 'Печать списка проголосовавших / сохранить в PDF',
  'votedList.suggest.dismiss': 'Не сейчас (до {time})',
  'errors.section_not_found': 'Этой части списка больше нет. Выберите другую.',
};
