import { z } from 'zod';

/**
 * The figures of a precinct's results protocol, as the commission counts them after voting
 * closes. Ballots are counted once for the whole ballot paper; the invalid ballots and the
 * votes are counted per question (a referendum may ask several).
 */
const count = z.number().int().min(0).max(10_000_000);

export const questionCountSchema = z
  .object({
    question_id: z.string().min(1).max(40),
    /** Valid ballots for this question. */
    valid: count,
    /** Invalid ballots for this question. */
    invalid: count,
    /** Votes by option id. */
    votes: z.record(z.string().min(1).max(40), count),
  })
  .strict();

export const protocolFiguresSchema = z
  .object({
    /** Ballots the precinct commission received. */
    ballots_received: count,
    /** Ballots issued at the station (the ballot events with place `station`). */
    issued_at_station: count,
    /** Ballots issued for voting at home (the portable box's trips). */
    issued_at_home: count,
    /** Ballots spoiled by voters and cancelled (each voter got another). */
    spoiled: count,
    /** Ballots not used, counted and cancelled after the close. */
    unused: count,
    /** Ballots found in the stationary boxes. */
    in_stationary_boxes: count,
    /** Ballots found in the portable boxes. */
    in_portable_boxes: count,
    questions: z.array(questionCountSchema).min(1).max(20),
  })
  .strict();
export type ProtocolFigures = z.infer<typeof protocolFiguresSchema>;
export type QuestionCount = z.infer<typeof questionCountSchema>;
