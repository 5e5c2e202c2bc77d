/**
 * English messages of the accommodation requests' core: its error codes, and the names and
 * summaries of its events in the audit log (spread into ../en.ts). Screen texts live in
 * ../accommodations/. Summaries never carry a reason category or a health note.
 */
export const accommodationErrorsEn = {
  'errors.accommodation_not_found': 'This request was not found.',
  'errors.accommodation_item_not_found': 'This part of the request was not found.',
  'errors.accommodation_duplicate':
    'This person already has an open request of this kind: No. {number}. Open that request instead.',
  'errors.accommodation_closed':
    'This outcome is recorded already and cannot be changed. A mistake in the request’s details is corrected with a reason.',
  'errors.accommodation_status_invalid':
    'This step is not possible at the stage the request has reached.',
  'errors.accommodation_wrong_kind': 'This step does not apply to this kind of accommodation.',
  'errors.address_required': 'Enter the address where the voter will be, for home voting.',
  'errors.reason_category_required': 'Choose why the voter cannot come to the polling station.',
  'errors.other_description_required': 'Describe what else is asked for.',
  'errors.requester_name_required':
    'This IIN is not on the list. Enter the person’s full name so the request can be recorded.',
  'errors.requester_identity_required':
    'For a person without an IIN, enter a date of birth or a contact phone.',
  'errors.requester_not_on_list':
    'This person is not on the voter list. Add the voter to the list first.',
  'errors.phone_invalid': 'This is not a phone number. Use digits, and + at the start if needed.',
  'errors.trip_not_found': 'This trip was not found.',
  'errors.trip_members_required': 'A trip needs at least two different active members.',
  'errors.trip_times_invalid':
    'Check the times: the return must be after the departure, on voting day ({votingDay}) between {opens} and {closes}.',
  'errors.trip_member_busy': '{member} is already on trip No. {number} at an overlapping time.',
  'errors.trip_items_invalid':
    'Only open home-voting requests that are not on another trip can be put on a trip.',
  'errors.trip_not_planned': 'This trip has already left or was cancelled; it cannot change now.',
  'errors.trip_not_departed': 'Record the trip’s departure first.',
  'errors.trip_items_open':
    'Record the outcome of every address on this trip before recording its return.',
  'errors.trip_ballots_mismatch':
    'The ballots do not add up: taken {taken}, issued at home {fulfilled}, unused {unused}, spoiled {spoiled}. Recount, or explain the difference in a note.',
  'errors.trip_member_only': 'Only a member on this trip can record a ballot issued at home.',
  'errors.observer_entry_invalid':
    'Choose observers from those registered as present in the information log.',

  'audit.type.accommodation.request_recorded': 'Accommodation request recorded',
  'audit.type.accommodation.sensitive_recorded': 'Sensitive details of a request recorded',
  'audit.type.accommodation.request_corrected': 'Accommodation request corrected',
  'audit.type.accommodation.requester_resolved': 'Request linked to the voter list',
  'audit.type.accommodation.item_status_changed': 'Accommodation request status changed',
  'audit.type.accommodation.trip_planned': 'Home-voting trip planned',
  'audit.type.accommodation.trip_replanned': 'Home-voting trip changed',
  'audit.type.accommodation.trip_departed': 'Portable box left',
  'audit.type.accommodation.trip_returned': 'Portable box returned',
  'audit.type.accommodation.trip_cancelled': 'Home-voting trip cancelled',
  'audit.type.accommodation.equipment_set': 'Station equipment updated',
  'audit.type.accommodation.cutoff_set': 'Home-voting cut-off set',

  'audit.summary.accommodation.recorded': '{name}: {kinds}',
  'audit.summary.accommodation.declinedLate':
    'home voting declined: received after the cut-off ({cutoff})',
  'audit.summary.accommodation.notOnList': 'not on the voter list',
  'audit.summary.accommodation.sensitive': 'Details visible only to those allowed to see them',
  'audit.summary.accommodation.corrected': 'Reason: {reason}',
  'audit.summary.accommodation.resolved': 'Linked to the voter {name}',
  'audit.summary.accommodation.status': '{kind}: {status}',
  'audit.summary.accommodation.tripPlanned': '{members}; {departure}–{return}; addresses: {stops}',
  'audit.summary.accommodation.tripReplanned':
    '{members}; {departure}–{return}; addresses: {stops}. Reason: {reason}',
  'audit.summary.accommodation.tripDeparted':
    'Left at {time}; observers told at {told}; ballots taken: {taken}',
  'audit.summary.accommodation.tripReturned':
    'Back at {time}; issued at home: {fulfilled}, unused: {unused}, spoiled: {spoiled}',
  'audit.summary.accommodation.tripCancelled': 'Reason: {reason}',
  'audit.summary.accommodation.equipment': '{equipment}: {availability}',
  'audit.summary.accommodation.cutoff': 'Requests accepted until {time} on voting day',

  'audit.accommodationKind.home_voting': 'home voting',
  'audit.accommodationKind.step_free_access': 'step-free access',
  'audit.accommodationKind.braille_stencil': 'Braille stencil',
  'audit.accommodationKind.audio_ballot': 'audio ballot',
  'audit.accommodationKind.magnifier_lighting': 'magnifier or lighting',
  'audit.accommodationKind.sign_language': 'sign-language interpreter',
  'audit.accommodationKind.trusted_assistant': 'trusted assistant',
  'audit.accommodationKind.transport': 'transport',
  'audit.accommodationKind.other': 'other',

  'audit.accommodationStatus.received': 'received',
  'audit.accommodationStatus.scheduled': 'scheduled',
  'audit.accommodationStatus.prepared': 'prepared',
  'audit.accommodationStatus.fulfilled': 'ballot issued at home',
  'audit.accommodationStatus.provided': 'provided',
  'audit.accommodationStatus.not_fulfilled': 'not fulfilled',
  'audit.accommodationStatus.not_provided': 'could not be provided',
  'audit.accommodationStatus.cancelled': 'cancelled by the requester',
  'audit.accommodationStatus.declined_late': 'declined: late',

  'audit.accommodationEquipment.ramp': 'ramp',
  'audit.accommodationEquipment.handrails_tactile': 'handrails and tactile indicators',
  'audit.accommodationEquipment.braille_stencils': 'Braille stencils',
  'audit.accommodationEquipment.audio_ballot': 'audio ballot',
  'audit.accommodationEquipment.magnifier': 'magnifier',
  'audit.accommodationEquipment.extra_lighting': 'extra lighting',
  'audit.accommodationEquipment.interpreter_on_call': 'interpreter on call',
  'audit.accommodationEquipment.transport': 'transport',
  'audit.accommodationEquipment.other': 'other',

  'audit.accommodationAvailability.unknown': 'not checked',
  'audit.accommodationAvailability.available': 'available',
  'audit.accommodationAvailability.not_available': 'not available',
} as const;
