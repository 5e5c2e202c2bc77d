import type { accommodationErrorsEn } from './en';

/** Russian messages of the accommodation requests' core (spread into ../ru.ts). */
export const accommodationErrorsRu: Record<keyof typeof accommodationErrorsEn, string> = {
  'errors.accommodation_not_found': 'Заявление не найдено.',
  'errors.accommodation_item_not_found': 'Эта часть заявления не найдена.',
  'errors.accommodation_duplicate':
    'У этого человека уже есть открытое заявление такого вида: № {number}. Откройте его.',
  'errors.accommodation_closed':
    'Итог уже записан и изменить его нельзя. Ошибку в данных заявления исправляют с указанием причины.',
  'errors.accommodation_status_invalid': 'На этом этапе заявления такой шаг невозможен.',
  'errors.accommodation_wrong_kind': 'Этот шаг не относится к такому виду помощи.',
  'errors.address_required':
    'Укажите адрес, где будет находиться избиратель, для голосования вне помещения.',
  'errors.reason_category_required':
    'Укажите, почему избиратель не может прийти на избирательный участок.',
  'errors.other_description_required': 'Опишите, что ещё требуется.',
  'errors.requester_name_required':
    'Этого ИИН нет в списке. Укажите фамилию, имя и отчество, чтобы записать заявление.',
  'errors.requester_identity_required':
    'Для человека без ИИН укажите дату рождения или контактный телефон.',
  'errors.requester_not_on_list':
    'Этого человека нет в списке избирателей. Сначала включите его в список.',
  'errors.phone_invalid': 'Это не номер телефона. Используйте цифры, в начале можно +.',
  'errors.trip_not_found': 'Выезд не найден.',
  'errors.trip_members_required':
    'Для выезда нужны не менее двух разных действующих членов комиссии.',
  'errors.trip_times_invalid':
    'Проверьте время: возвращение позже выезда, в день голосования ({votingDay}) с {opens} до {closes}.',
  'errors.trip_member_busy': '{member} уже участвует в выезде № {number} в пересекающееся время.',
  'errors.trip_items_invalid':
    'В выезд можно включить только открытые заявления о голосовании вне помещения, не включённые в другой выезд.',
  'errors.trip_not_planned': 'Этот выезд уже состоялся или отменён; изменить его нельзя.',
  'errors.trip_not_departed': 'Сначала запишите время выезда.',
  'errors.trip_items_open':
    'Прежде чем записать возвращение, запишите результат по каждому адресу этого выезда.',
  'errors.trip_ballots_mismatch':
    'Бюллетени не сходятся: взято {taken}, выдано на дому {fulfilled}, не использовано {unused}, испорчено {spoiled}. Пересчитайте или объясните расхождение в примечании.',
  'errors.trip_member_only':
    'Записать выдачу бюллетеня на дому может только член комиссии, участвовавший в этом выезде.',
  'errors.observer_entry_invalid':
    'Выберите наблюдателей из зарегистрированных в журнале как присутствующие.',

  'audit.type.accommodation.request_recorded': 'Записано заявление о помощи',
  'audit.type.accommodation.sensitive_recorded': 'Записаны конфиденциальные сведения заявления',
  'audit.type.accommodation.request_corrected': 'Заявление исправлено',
  'audit.type.accommodation.requester_resolved': 'Заявление связано со списком избирателей',
  'audit.type.accommodation.item_status_changed': 'Изменено состояние заявления',
  'audit.type.accommodation.trip_planned': 'Запланирован выезд с переносным ящиком',
  'audit.type.accommodation.trip_replanned': 'Изменён выезд с переносным ящиком',
  'audit.type.accommodation.trip_departed': 'Переносной ящик вывезен',
  'audit.type.accommodation.trip_returned': 'Переносной ящик возвращён',
  'audit.type.accommodation.trip_cancelled': 'Выезд с переносным ящиком отменён',
  'audit.type.accommodation.equipment_set': 'Обновлено оснащение участка',
  'audit.type.accommodation.cutoff_set':
    'Установлен срок приёма заявлений на голосование вне помещения',

  'audit.summary.accommodation.recorded': '{name}: {kinds}',
  'audit.summary.accommodation.declinedLate':
    'в голосовании вне помещения отказано: заявление поступило после {cutoff}',
  'audit.summary.accommodation.notOnList': 'нет в списке избирателей',
  'audit.summary.accommodation.sensitive': 'Сведения видны только тем, кому они разрешены',
  'audit.summary.accommodation.corrected': 'Причина: {reason}',
  'audit.summary.accommodation.resolved': 'Связано с избирателем {name}',
  'audit.summary.accommodation.status': '{kind}: {status}',
  'audit.summary.accommodation.tripPlanned': '{members}; {departure}–{return}; адресов: {stops}',
  'audit.summary.accommodation.tripReplanned':
    '{members}; {departure}–{return}; адресов: {stops}. Причина: {reason}',
  'audit.summary.accommodation.tripDeparted':
    'Выезд в {time}; наблюдатели извещены в {told}; взято бюллетеней: {taken}',
  'audit.summary.accommodation.tripReturned':
    'Возвращение в {time}; выдано на дому: {fulfilled}, не использовано: {unused}, испорчено: {spoiled}',
  'audit.summary.accommodation.tripCancelled': 'Причина: {reason}',
  'audit.summary.accommodation.equipment': '{equipment}: {availability}',
  'audit.summary.accommodation.cutoff': 'Заявления принимаются до {time} в день голосования',

  'audit.accommodationKind.home_voting': 'голосование вне помещения',
  'audit.accommodationKind.step_free_access': 'доступ без ступеней',
  'audit.accommodationKind.braille_stencil': 'трафарет Брайля',
  'audit.accommodationKind.audio_ballot': 'аудиоверсия бюллетеня',
  'audit.accommodationKind.magnifier_lighting': 'лупа или освещение',
  'audit.accommodationKind.sign_language': 'сурдопереводчик',
  'audit.accommodationKind.trusted_assistant': 'помощь доверенного лица',
  'audit.accommodationKind.transport': 'транспорт',
  'audit.accommodationKind.other': 'другое',

  'audit.accommodationStatus.received': 'принято',
  'audit.accommodationStatus.scheduled': 'включено в выезд',
  'audit.accommodationStatus.prepared': 'подготовлено',
  'audit.accommodationStatus.fulfilled': 'бюллетень выдан на дому',
  'audit.accommodationStatus.provided': 'предоставлено',
  'audit.accommodationStatus.not_fulfilled': 'не исполнено',
  'audit.accommodationStatus.not_provided': 'не удалось предоставить',
  'audit.accommodationStatus.cancelled': 'отозвано заявителем',
  'audit.accommodationStatus.declined_late': 'отказано: поздно',

  'audit.accommodationEquipment.ramp': 'пандус',
  'audit.accommodationEquipment.handrails_tactile': 'поручни и тактильные указатели',
  'audit.accommodationEquipment.braille_stencils': 'трафареты Брайля',
  'audit.accommodationEquipment.audio_ballot': 'аудиоверсия бюллетеня',
  'audit.accommodationEquipment.magnifier': 'лупа',
  'audit.accommodationEquipment.extra_lighting': 'дополнительное освещение',
  'audit.accommodationEquipment.interpreter_on_call': 'сурдопереводчик по вызову',
  'audit.accommodationEquipment.transport': 'транспорт',
  'audit.accommodationEquipment.other': 'другое',

  'audit.accommodationAvailability.unknown': 'не проверено',
  'audit.accommodationAvailability.available': 'есть',
  'audit.accommodationAvailability.not_available': 'нет',
};
