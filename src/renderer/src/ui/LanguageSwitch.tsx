import { LANGUAGE_TAGS } from '@shared/i18n';
import { LANGUAGES } from '@shared/roles';
import { describeError } from '../i18n/describe-error';
import { useLanguageStore } from '../i18n/language-store';
import { languageKey } from '../i18n/message-keys';
import { useLanguage, useT } from '../i18n/use-t';
import { ErrorAlert } from './ErrorAlert';

/**
 * Three buttons, each with the language's own name in that language, so anyone can find
 * theirs whatever the screen currently shows.
 */
export function LanguageSwitch() {
  const t = useT();
  const language = useLanguage();
  const chooseLanguage = useLanguageStore((state) => state.chooseLanguage);
  const saveError = useLanguageStore((state) => state.saveError);
  return (
    <div className="language-switch">
      <div role="group" aria-label={t('language.switch')} className="language-buttons">
        {LANGUAGES.map((option) => (
          <button
            key={option}
            type="button"
            lang={LANGUAGE_TAGS[option]}
            aria-pressed={option === language}
            className="language-button"
            onClick={() => void chooseLanguage(option)}
          >
            {t(languageKey(option))}
          </button>
        ))}
      </div>
      <ErrorAlert message={saveError ? describeError(saveError, language) : null} />
    </div>
  );
}
