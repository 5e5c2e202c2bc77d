import type { protocolLinesEn } from './en';

/** The protocol's lines from the package: a specification's problems with them. */
export const protocolLinesRu: Record<keyof typeof protocolLinesEn, string> = {
  'spec.problem.unknown_line':
    '«{field}»: в протоколе нет строки «{line}» (строки — это показатели, которые приложение считает и проверяет)',
  'spec.problem.duplicate_line': '«{field}»: строка протокола «{line}» указана дважды',
  'spec.problem.missing_line':
    '«{field}»: нет строки протокола «{line}» (у каждого показателя контрольных соотношений есть своя строка)',
};
