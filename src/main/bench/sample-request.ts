/**
 * An accommodation request as the benches record it (`accommodation.request_recorded`): a
 * voter on the list asking in person, one item received. The caller says who, when and what.
 */
export function sampleRequest(at: {
  requestId: string;
  iin: string;
  receivedAt: string;
  receivedLocal: string;
  receivedBy: string;
  itemId: string;
  kind: 'home_voting' | 'braille_stencil';
}) {
  return {
    request_id: at.requestId,
    iin: at.iin,
    on_list: true,
    full_name: 'A voter',
    birth_date: null,
    person_key: 'a voter',
    channel: 'in_person',
    intermediary: null,
    contact_phone: null,
    address: null,
    other_description: null,
    notes: null,
    received_at: at.receivedAt,
    received_local: at.receivedLocal,
    received_by: at.receivedBy,
    cutoff_local: null,
    marked: false,
    items: [{ item_id: at.itemId, kind: at.kind, status: 'received' }],
  };
}
