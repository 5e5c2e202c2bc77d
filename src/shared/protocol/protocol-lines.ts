import { z } from 'zod';

/**
 * The protocol's lines as the package gives them (docs/precinct-spec.md): which figure each
 * line is, its label in Kazakh and Russian, and their order. The keys are the fixed figures
 * the app computes and checks (the control relations need to know which line is which), so a
 * package relabels and reorders them and never invents or drops one. The first seven are
 * counted once for the ballot paper; `invalid` and `valid` once per question, each question's
 * lines following in the order given, then one line of votes per option.
 */
export const BALLOT_LINE_KEYS = [
  'ballots_received',
  'issued_at_station',
  'issued_at_home',
  'spoiled',
  'unused',
  'in_stationary_boxes',
  'in_portable_boxes',
] as const;
export const QUESTION_LINE_KEYS = ['invalid', 'valid'] as const;
export const PROTOCOL_LINE_KEYS = [...BALLOT_LINE_KEYS, ...QUESTION_LINE_KEYS] as const;
export type BallotLineKey = (typeof BALLOT_LINE_KEYS)[number];
export type ProtocolLineKey = (typeof PROTOCOL_LINE_KEYS)[number];

/** Longest label of a line, in either language. */
export const LINE_LABEL_MAX = 300;

const label = z.string().trim().min(1).max(LINE_LABEL_MAX);

export interface ProtocolLine {
  key: ProtocolLineKey;
  label: { kk: string; ru: string };
}

/** Why a package's list of lines is refused, with the line it names. */
export type LineProblem =
  | { reason: 'unknown_line'; index: number; line: string }
  | { reason: 'duplicate_line'; index: number; line: string }
  | { reason: 'missing_line'; index: null; line: ProtocolLineKey };

const isLineKey = (key: string): key is ProtocolLineKey =>
  (PROTOCOL_LINE_KEYS as readonly string[]).includes(key);

/** The first problem of a list of lines: a key not known, one given twice, one left out. */
export function lineProblem(lines: readonly { key: string }[]): LineProblem | null {
  const seen = new Set<string>();
  for (const [index, { key }] of lines.entries()) {
    if (!isLineKey(key)) return { reason: 'unknown_line', index, line: key };
    if (seen.has(key)) return { reason: 'duplicate_line', index, line: key };
    seen.add(key);
  }
  const missing = PROTOCOL_LINE_KEYS.find((key) => !seen.has(key));
  return missing ? { reason: 'missing_line', index: null, line: missing } : null;
}

/**
 * The lines as a package carries them. A refused list names its problem in the issue's
 * `params` (reason and line), which the spec's reader turns into its own sentence.
 */
export const protocolLinesSchema = z
  .array(
    z.strictObject({
      key: z.string().trim().min(1).max(40),
      label: z.strictObject({ kk: label, ru: label }),
    }),
  )
  .max(PROTOCOL_LINE_KEYS.length * 2)
  .superRefine((lines, context) => {
    const problem = lineProblem(lines);
    if (!problem) return;
    context.addIssue({
      code: 'custom',
      message: `${problem.reason}: ${problem.line}`,
      path: problem.index === null ? [] : [problem.index, 'key'],
      params: { reason: problem.reason, line: problem.line },
    });
  })
  .transform((lines) => lines as ProtocolLine[]);

/** The ballot's lines in the package's order (the seven counted once for the paper). */
export const ballotLineOrder = (lines: readonly ProtocolLine[]): BallotLineKey[] =>
  lines.map((l) => l.key).filter((k): k is BallotLineKey => k !== 'invalid' && k !== 'valid');

/** A question's two lines in the package's order. */
export const questionLineOrder = (lines: readonly ProtocolLine[]): ('invalid' | 'valid')[] =>
  lines.map((l) => l.key).filter((k): k is 'invalid' | 'valid' => k === 'invalid' || k === 'valid');
