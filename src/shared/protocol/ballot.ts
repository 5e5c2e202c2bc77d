import { z } from 'zod';

/**
 * The ballot a package brings: one or more questions, each with the options a voter marks. A
 * referendum's question is its text with its answers ("Yes"/"No" or named choices); an
 * election's single question is "the candidates" (or party lists) with one option per
 * candidate. Every text is given in Kazakh and in Russian, as the ballot is printed.
 */
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'an id of lowercase letters, digits, - and _');
const bilingual = z
  .object({ kk: z.string().trim().min(1).max(500), ru: z.string().trim().min(1).max(500) })
  .strict();

export const ballotOptionSchema = z.object({ id, name: bilingual }).strict();
export const ballotQuestionSchema = z
  .object({ id, text: bilingual, options: z.array(ballotOptionSchema).min(1).max(200) })
  .strict()
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, {
    message: 'option ids repeat',
    path: ['options'],
  });
export const ballotSchema = z
  .object({
    kind: z.enum(['referendum', 'election']),
    questions: z.array(ballotQuestionSchema).min(1).max(20),
  })
  .strict()
  .refine((b) => new Set(b.questions.map((q) => q.id)).size === b.questions.length, {
    message: 'question ids repeat',
    path: ['questions'],
  });
export type Ballot = z.infer<typeof ballotSchema>;
export type BallotQuestion = z.infer<typeof ballotQuestionSchema>;
