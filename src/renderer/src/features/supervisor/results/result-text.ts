import type { Language } from '@shared/roles';
import type { BallotName, QuestionTotal } from '@shared/supervisor/results-contract';
import type { Translate } from '../../../i18n/use-t';

/**
 * A ballot's name in the screen's language: the ballot is printed in Kazakh and Russian, so
 * English shows the Russian; without a ballot in the package, the id the figures use.
 */
export function ballotText(name: BallotName, fallback: string, language: Language): string {
  if (!name) return fallback;
  return language === 'kk' ? name.kk : name.ru;
}

export function questionText(t: Translate, question: QuestionTotal, language: Language): string {
  return ballotText(question.text, t('results.question', { id: question.questionId }), language);
}

/** An option's share of the votes cast for all options, in percent to one decimal. */
export function share(votes: number, total: number): string {
  return total === 0 ? '0.0' : ((votes / total) * 100).toFixed(1);
}

/** Each option's share of the question's votes, in the ballot's order. */
export function shares(
  question: QuestionTotal,
): { optionId: string; votes: number; share: string }[] {
  const total = question.options.reduce((sum, o) => sum + o.votes, 0);
  return question.options.map((o) => ({
    optionId: o.optionId,
    votes: o.votes,
    share: share(o.votes, total),
  }));
}
