import type { protocolLinesEn } from './en';

/** The protocol's lines from the package: a specification's problems with them. */
export const protocolLinesKk: Record<keyof typeof protocolLinesEn, string> = {
  'spec.problem.unknown_line':
    '«{field}»: хаттамада «{line}» жолы жоқ (жолдар — қосымша есептейтін және тексеретін көрсеткіштер)',
  'spec.problem.duplicate_line': '«{field}»: «{line}» хаттама жолы екі рет көрсетілген',
  'spec.problem.missing_line':
    '«{field}»: «{line}» хаттама жолы жоқ (бақылау арақатынастары тексеретін әр көрсеткіштің өз жолы бар)',
};
