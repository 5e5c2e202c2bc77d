import type { VoterMessageKey } from './en';

export const votersRu: Record<VoterMessageKey, string> = {
  'errors.list_empty': 'Файл пуст: списка избирателей в нём нет.',
  'errors.list_binary': 'Это не список избирателей: файл не текстовый и не книга Excel.',
  'errors.list_encoding':
    'Не удаётся прочитать кодировку файла. Сохраните его как CSV в UTF-8 или Windows-1251 либо как .xlsx.',
  'errors.list_no_header':
    'В первой строке нет узнаваемых названий столбцов (ИИН, фамилия, имя, дата рождения, адрес).',
  'errors.list_missing_column': 'Нет обязательных столбцов: {columns}.',
  'errors.list_unreadable': 'Файл не удалось прочитать.',
  'errors.list_file_too_large':
    'Книга Excel распаковывается в гораздо больший объём, чем бывает у списка избирателей (более 512 МиБ, 2 000 000 строк или подозрительное сжатие). Она отклонена до чтения; ничего не записано.',
  'errors.list_check_failed':
    'Проверка списка остановилась, не дойдя до конца (компьютеру не хватило памяти или проверка дала сбой). Ничего не записано; закройте другие программы и попробуйте снова.',
  'errors.report_not_found': 'Отчёт проверки не найден.',
  'errors.report_stale':
    'Файл или список изменились после проверки. Проверьте файл ещё раз перед загрузкой.',
  'errors.report_imported': 'Этот файл уже загружен.',
  'errors.voter_not_found': 'Избирателя с таким ИИН нет в списке этого участка.',
  'errors.voter_exists': 'Избиратель с таким ИИН уже есть в списке.',
  'errors.voter_removed': 'Этот избиратель исключён из списка.',
  'errors.voter_iin_invalid': 'Это неверный ИИН: нужно 12 цифр с правильной контрольной цифрой.',
  'errors.voter_birth_date_invalid': 'Это неверная дата рождения.',
  'errors.voter_iin_birth_date_mismatch': 'ИИН не соответствует дате рождения.',
  'errors.voter_under_age': 'В день голосования ({votingDay}) избирателю не исполнится 18 лет.',
  'errors.value_unchanged': 'Новое значение совпадает с указанным в списке.',
  'errors.value_required': 'Это поле не может быть пустым.',
  'errors.basis_details_required':
    'Для этого основания нужен документ: номер удостоверения и выдавший участок либо реквизиты документа.',
  'errors.removal_pending': 'Исключение этого избирателя уже ожидает решения.',
  'errors.request_not_found': 'Заявка не найдена.',
  'errors.request_decided': 'По этой заявке решение уже принято.',
  'errors.reason_required': 'Укажите причину.',
  'errors.absentee_closed':
    'Открепительные удостоверения больше не выдаются: срок истёк в 18:00 накануне дня голосования.',
  'errors.absentee_exists': 'Для этого избирателя открепительное удостоверение уже записано.',
  'errors.ballot_already_issued': 'Этому избирателю бюллетень уже выдан: {at}, выдал(а) {by}.',
  'errors.ballot_home_voting':
    'Избиратель подал заявление о голосовании на дому: бюллетень доставят с переносным ящиком.',
  'errors.ballot_absentee':
    'Избиратель получил открепительное удостоверение № {number} и голосует в другом месте.',
  'errors.ballot_voter_removed': 'Этот избиратель исключён из списка.',
  'errors.ballot_outside_hours':
    'Бюллетени выдаются только в день голосования ({votingDay}) с {opens} до {closes}.',
  'errors.ballot_other_desk':
    'Часть списка этого избирателя ({section}) выдаётся за столом: {desk}.',
  'errors.ballot_no_section':
    'Избиратель не входит ни в одну часть списка. Сначала председатель должен её назначить.',
  'errors.ballot_helper_member':
    'Член комиссии не может помогать избирателю. Попросите помочь другого человека.',
  'errors.ballot_not_found': 'Бюллетень не найден.',
  'errors.ballot_already_undone': 'Выдача этого бюллетеня уже отменена.',
  'errors.section_invalid':
    'Часть «{section}»: диапазон букв должен идти от буквы к более поздней.',

  'audit.type.voters.imported': 'Загружен список избирателей',
  'audit.type.voter.added': 'Избиратель включён в список',
  'audit.type.voter.corrected': 'Данные избирателя уточнены',
  'audit.type.voter.removal_requested': 'Запрошено исключение',
  'audit.type.voter.removal_decided': 'Решение об исключении',
  'audit.type.voter.absentee_certificate_issued': 'Записано открепительное удостоверение',
  'audit.type.voter.inquiry_answered': 'Дан ответ на обращение гражданина',
  'audit.type.voters.sections_set': 'Заданы части списка',
  'audit.type.ballot.issued': 'Выдан бюллетень',
  'audit.type.ballot.undone': 'Выдача бюллетеня отменена',

  'voters.field.iin': 'ИИН',
  'voters.field.last_name': 'Фамилия',
  'voters.field.first_name': 'Имя',
  'voters.field.patronymic': 'Отчество',
  'voters.field.birth_date': 'Дата рождения',
  'voters.field.address': 'Адрес',
  'voters.field.precinct': 'Участок',

  'voters.issue.missing_field': 'Обязательное поле пусто',
  'voters.issue.column_count': 'В строке {actual} ячеек, в заголовке {expected}',
  'voters.issue.iin_format': 'ИИН не состоит из 12 цифр',
  'voters.issue.iin_checksum': 'Неверная контрольная цифра ИИН',
  'voters.issue.birth_date_invalid': 'Дата рождения не является датой',
  'voters.issue.iin_birth_date_mismatch': 'ИИН не соответствует дате рождения',
  'voters.issue.under_age': 'Нет 18 лет в день голосования',
  'voters.issue.duplicate_iin': 'ИИН повторяется (впервые в строке {firstRow})',
  'voters.issue.possible_duplicate': 'Те же имя и дата рождения, что у другого избирателя',
  'voters.issue.iin_leading_zero': 'Восстановлен начальный ноль ИИН',
  'voters.issue.lossy_encoding': '«?» в имени: буквы могли потеряться в файле',

  'voters.severity.error': 'Ошибка',
  'voters.severity.warning': 'Предупреждение',
  'voters.csv.row': 'Строка',
  'voters.csv.severity': 'Тип',
  'voters.csv.code': 'Код',
  'voters.csv.field': 'Поле',
  'voters.csv.message': 'Проблема',

  'voters.nav.label': 'Список избирателей',
  'voters.nav.find': 'Найти избирателя',
  'voters.nav.import': 'Загрузка и проверка',
  'voters.nav.corrections': 'Уточнения',
  'voters.nav.inquiry': 'Обращение гражданина',
  'voters.nav.sections': 'Части списка и столы',
  'voters.nav.turnout': 'Явка',

  'voters.reason': 'Причина',
  'voters.documentRef': 'Реквизиты документа',
  'voters.documentRefHint': 'Номер и дата документа, на котором основано изменение, если он есть.',

  'voters.status.label': 'Статус',
  'voters.status.listed': 'В списке',
  'voters.status.removed': 'Исключён',
  'voters.status.removalPending': 'Ожидает исключения',
  'voters.status.absentee': 'Открепительное удостоверение',
  'voters.status.homeVoting': 'Голосование на дому',
  'voters.status.ballotIssued': 'Бюллетень выдан',

  'voters.place.station': 'На избирательном участке',
  'voters.place.portable_box': 'С переносным ящиком',
  'voters.removalBasis.deceased': 'Умер',
  'voters.removalBasis.registered_elsewhere': 'Зарегистрирован в другом месте',
  'voters.removalBasis.absentee_certificate':
    'Получил открепительное удостоверение, голосует в другом месте',
  'voters.removalBasis.other': 'Иное',

  'voters.issueTitle.missing_field': 'Пустое обязательное поле',
  'voters.issueTitle.column_count': 'Неверное число ячеек',
  'voters.issueTitle.iin_format': 'ИИН не из 12 цифр',
  'voters.issueTitle.iin_checksum': 'Неверная контрольная цифра ИИН',
  'voters.issueTitle.birth_date_invalid': 'Неверная дата рождения',
  'voters.issueTitle.iin_birth_date_mismatch': 'ИИН не совпадает с датой рождения',
  'voters.issueTitle.under_age': 'Нет 18 лет в день голосования',
  'voters.issueTitle.duplicate_iin': 'Повтор ИИН',
  'voters.issueTitle.possible_duplicate': 'Возможный дубликат',
  'voters.issueTitle.iin_leading_zero': 'Восстановлен начальный ноль ИИН',
  'voters.issueTitle.lossy_encoding': 'Возможна потеря букв',

  'voters.find.title': 'Найти избирателя',
  'voters.find.label': 'Поиск по списку',
  'voters.find.hint':
    'ИИН (целиком или первые цифры), имя в любом порядке и любым алфавитом, дата рождения (ДД.ММ.ГГГГ) или часть адреса; их можно сочетать. Стрелки перемещают по результатам, Enter открывает карточку избирателя, Escape очищает поиск.',
  'voters.find.results': 'Найденные избиратели',
  'voters.find.countCapped':
    'Показано {shown} из более чем {total} совпадений. Уточните поиск, чтобы сузить его.',
  'voters.find.countTruncated':
    'Показано {shown} из {total} совпадений. Уточните поиск, чтобы сузить его.',
  'voters.find.none': 'В списке нет избирателя, подходящего под этот поиск.',
  'voters.find.listEmpty': 'Список пуст. Сначала загрузите список избирателей.',
  'voters.find.born': 'дата рождения {date}',
  'voters.find.iin': 'ИИН {iin}',

  'voters.card.title': 'Карточка избирателя',
  'voters.card.data': 'Запись в списке',
  'voters.card.ballot': 'Бюллетень',
  'voters.card.noBallot': 'Бюллетень этому избирателю не выдавался.',
  'voters.card.issuedAt': 'Выдан',
  'voters.card.issuedBy': 'Выдал(а)',
  'voters.card.place': 'Где',
  'voters.card.helper': 'Помощник',
  'voters.card.section': 'Часть списка и стол',
  'voters.card.noSections': 'Список не разделён на части: бюллетени выдаёт любой ноутбук участка.',
  'voters.card.laptop': 'Ноутбук',
  'voters.card.thisLaptop': 'Этот ноутбук',
  'voters.card.otherLaptop': 'Другой ноутбук',
  'voters.card.absentee': 'Открепительное удостоверение',
  'voters.card.recordedBy': 'Записал(а)',
  'voters.card.removal': 'Исключение из списка',
  'voters.card.changes': 'Изменения записи',
  'voters.card.history': 'История',
  'voters.card.close': 'Закрыть карточку',

  'voters.ballot.open': 'Выдать бюллетень',
  'voters.ballot.title': 'Выдача бюллетеня: {name}',
  'voters.ballot.explain':
    'Сверьте документ, удостоверяющий личность, со списком. Избиратель расписывается в списке; выдача записывается на ваше имя.',
  'voters.ballot.compare': 'Для сверки с документом',
  'voters.ballot.documentChecked':
    'Избиратель предъявил документ, удостоверяющий личность, и он совпадает со списком',
  'voters.ballot.documentRequired':
    'Бюллетень выдаётся только по документу, удостоверяющему личность. Подтвердите, что он предъявлен.',
  'voters.ballot.helper': 'Имя помощника (необязательно)',
  'voters.ballot.helperHint':
    'Только если избиратель не может заполнить бюллетень сам. Помощником не может быть член комиссии, должностное лицо, доверенное лицо кандидата или журналист.',
  'voters.ballot.submit': 'Выдать бюллетень',
  'voters.ballot.issued': 'Бюллетень выдан: {name}, {at}, выдал(а) {by}.',

  'voters.undo.open': 'Отменить выдачу',
  'voters.undo.title': 'Отмена выдачи бюллетеня: {name}',
  'voters.undo.explain':
    'Выдача бюллетеня ({at}, выдал(а) {by}) отменяется, и избиратель сможет получить бюллетень снова. Отмена записывается с вашей причиной.',
  'voters.undo.submit': 'Отменить выдачу',
  'voters.undo.done': 'Выдача бюллетеня отменена: {name}.',

  'voters.correct.open': 'Уточнить данные',
  'voters.correct.title': 'Уточнение записи: {name}',
  'voters.correct.explain':
    'По одному полю за раз. Прежнее значение остаётся в истории вместе с вашей причиной.',
  'voters.correct.field': 'Какое поле уточнить',
  'voters.correct.current': 'Сейчас в списке: {value}',
  'voters.correct.newValue': 'Новое значение',
  'voters.correct.patronymicHint': 'Оставьте пустым, если у избирателя нет отчества.',
  'voters.correct.submit': 'Сохранить уточнение',
  'voters.correct.done': 'Уточнение записано.',

  'voters.removal.open': 'Запросить исключение',
  'voters.removal.title': 'Запрос на исключение: {name}',
  'voters.removal.explain':
    'Избиратель остаётся в списке, пока исключение не утвердит председатель или заместитель председателя.',
  'voters.removal.chooseBasis': 'Выберите основание',
  'voters.removal.basis': 'Основание',
  'voters.removal.submit': 'Запросить исключение',
  'voters.removal.done':
    'Исключение запрошено: {name}. Оно вступит в силу после утверждения председателем или заместителем председателя.',

  'voters.absentee.open': 'Записать открепительное удостоверение',
  'voters.absentee.title': 'Открепительное удостоверение: {name}',
  'voters.absentee.explain':
    'Принимается до 18:00 по времени участка накануне дня голосования. После этого избиратель не получает бюллетень на этом участке.',
  'voters.absentee.number': 'Номер удостоверения',
  'voters.absentee.issuedOn': 'Дата выдачи',
  'voters.absentee.dateInvalid': 'Дата выдачи не может быть позже сегодняшней.',
  'voters.absentee.submit': 'Записать удостоверение',
  'voters.absentee.done': 'Открепительное удостоверение записано: {name}.',

  'voters.corrections.title': 'Уточнения списка',
  'voters.corrections.intro':
    'Каждое изменение требует причины и записывается на ваше имя. Чтобы уточнить данные избирателя из списка или исключить его, откройте его карточку в разделе «Найти избирателя».',

  'voters.history.imported': 'Включён в список из файла {file}',
  'voters.history.certificate': 'удостоверение № {number} участка {precinct}',
  'voters.history.document': 'документ: {ref}',
  'voters.history.corrected': '{field}: «{old}» → «{new}»',
  'voters.history.approved': 'Исключение утверждено',
  'voters.history.refused': 'В исключении отказано: {reason}',
  'voters.history.absentee': 'Удостоверение № {number} от {date}',
  'voters.history.helper': 'помощник: {name}',

  'audit.summary.voter.imported':
    '{file}: загружено избирателей — {imported}, отклонено строк — {rejected}',
  'audit.summary.voter.fromCli': 'из командной строки',
  'audit.summary.voter.added': '{voter}; основание: {basis}; {reason}',
  'audit.summary.voter.corrected': '{voter}: уточнено поле «{field}»; {reason}',
  'audit.summary.voter.removalRequested': '{voter}: {basis}; {reason}',
  'audit.summary.voter.removalApproved': '{voter}: исключение утверждено',
  'audit.summary.voter.removalRefused': '{voter}: в исключении отказано; {reason}',
  'audit.summary.voter.absentee': '{voter}: удостоверение № {number} от {date}',
  'audit.summary.voter.inquiryIinFound': 'По ИИН: есть в списке',
  'audit.summary.voter.inquiryIinNotFound': 'По ИИН: нет в списке',
  'audit.summary.voter.inquiryNameFound': 'По имени и дате рождения: есть в списке',
  'audit.summary.voter.inquiryNameNotFound': 'По имени и дате рождения: нет в списке',
  'audit.summary.voter.noSections': 'Без частей: бюллетени выдаёт любой ноутбук',
  'audit.summary.voter.ballotStation': '{voter}, на участке',
  'audit.summary.voter.ballotPortable': '{voter}, с переносным ящиком',
  'audit.summary.voter.withHelper': 'с помощником',
  'audit.summary.voter.ballotUndone': '{voter}: {reason}',
};
