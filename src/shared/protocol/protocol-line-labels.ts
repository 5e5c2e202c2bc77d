import { translate } from '../i18n';
import { PROTOCOL_LINE_KEYS, type ProtocolLine, type ProtocolLineKey } from './protocol-lines';

/** The law's lines in its order, labelled as the app's dictionaries label them. */
export function defaultProtocolLines(): ProtocolLine[] {
  return PROTOCOL_LINE_KEYS.map((key) => ({
    key,
    label: {
      kk: translate('kk', `protocol.line.${key}`),
      ru: translate('ru', `protocol.line.${key}`),
    },
  }));
}

/**
 * A line's label in a screen's or a document's language: the package's in Kazakh and Russian,
 * the dictionary's in English.
 */
export function lineLabel(
  lines: readonly ProtocolLine[],
  key: ProtocolLineKey,
  language: 'kk' | 'ru' | 'en',
): string {
  const line = lines.find((l) => l.key === key);
  if (language === 'en' || !line) return translate(language, `protocol.line.${key}`);
  return line.label[language];
}
