/** Error codes of the voting day and its protocol (gathered into ERROR_CODES in ../result.ts). */
export const PROTOCOL_ERROR_CODES = [
  'no_ballot',
  'quorum_not_met',
  'voting_already_opened',
  'voting_not_open',
  'voting_not_closed',
  'allocations_exceed_received',
  'stationary_box_required',
  'observer_not_present',
  'member_not_present',
  'not_enough_ballots',
  'ballot_not_found',
  'report_already_sent',
  'figures_mismatch_ballot',
  'explanation_required',
  'correction_reason_required',
  'document_not_found',
] as const;
