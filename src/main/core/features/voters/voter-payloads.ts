import { z } from 'zod';
import {
  ADD_BASES,
  CORRECTABLE_FIELDS,
  REMOVAL_BASES,
  sectionRuleSchema,
} from '@shared/voters/voter-api';
import { CENTRAL_LIST_UPDATE } from '@shared/sync/sync-events';

/**
 * Payloads of the voter list's events. An IIN is named as `iin` wherever a voter is
 * concerned, so a voter's history is one indexed query over the log.
 */
const iin = z.string().regex(/^\d{12}$/);
const nullableText = z.string().nullable();

export const voterPayloadSchemas = {
  /**
   * A list file's valid rows joined the list. The rows themselves are the attachment `import_id`
   * (in file order, each row's seven fields in the column order of the files, each field
   * followed by NUL: `rowData` and `fieldsText` in voter-store.ts) whose SHA-256 is
   * `rows_sha256`; the
   * rejected rows are named by row number.
   */
  'voters.imported': z.object({
    import_id: z.string(),
    file_name: z.string(),
    file_sha256: z.string(),
    file_bytes: z.number().int(),
    format: z.enum(['csv', 'xlsx']),
    encoding: z.enum(['utf-8', 'windows-1251']).nullable(),
    delimiter: z.enum([',', ';']).nullable(),
    reader_version: z.number().int(),
    voting_day: z.string().nullable(),
    rows: z.number().int(),
    valid: z.number().int(),
    imported: z.number().int(),
    error_count: z.number().int(),
    warning_count: z.number().int(),
    rejected_rows: z.array(z.number().int()),
    rows_sha256: z.string(),
    source: z.enum(['app', 'cli']),
  }),
  'voter.added': z.object({
    iin,
    last_name: z.string(),
    first_name: z.string(),
    patronymic: nullableText,
    birth_date: z.string(),
    address: z.string(),
    precinct: z.number().int().nullable(),
    basis: z.enum([...ADD_BASES, CENTRAL_LIST_UPDATE]),
    certificate_number: nullableText,
    issuing_precinct: nullableText,
    document_ref: nullableText,
    reason: z.string(),
  }),
  'voter.corrected': z.object({
    iin,
    field: z.enum(CORRECTABLE_FIELDS),
    old_value: nullableText,
    new_value: nullableText,
    reason: z.string(),
    document_ref: nullableText,
  }),
  'voter.removal_requested': z.object({
    request_id: z.string(),
    iin,
    basis: z.enum([...REMOVAL_BASES, CENTRAL_LIST_UPDATE]),
    reason: z.string(),
    document_ref: nullableText,
  }),
  'voter.removal_decided': z.object({
    request_id: z.string(),
    iin,
    decision: z.enum(['approve', 'refuse']),
    reason: nullableText,
  }),
  'voter.absentee_certificate_issued': z.object({
    iin,
    number: z.string(),
    issued_on: z.string(),
  }),
  /** Counted only: how the citizen asked and whether they were found, nothing about who. */
  'voter.inquiry_answered': z.object({
    method: z.enum(['iin', 'name_birth']),
    found: z.boolean(),
  }),
  'voters.sections_set': z.object({
    sections: z.array(
      z.object({
        section_id: z.string(),
        name: z.string(),
        rule: sectionRuleSchema,
        device_id: z.string(),
        desk_label: z.string(),
      }),
    ),
  }),
  'ballot.issued': z.object({
    ballot_id: z.string(),
    iin,
    place: z.enum(['station', 'portable_box']),
    helper_name: nullableText,
    document_checked: z.literal(true),
  }),
  'ballot.undone': z.object({ ballot_id: z.string(), iin, reason: z.string() }),
};
