import { LANGUAGE_TAGS } from '@shared/i18n';
import { LANGUAGES } from '@shared/roles';
import { useLanguageStore } from '../../i18n/language-store';
import { languageKey } from '../../i18n/message-keys';
import { useLanguage, useT } from '../../i18n/use-t';
import { Field } from '../../ui/Field';

/** The logged-in member's language, the same choice as the switch in the header. */
export function LanguageSetting() {
  const t = useT();
  const language = useLanguage();
  const chooseLanguage = useLanguageStore((state) => state.chooseLanguage);
  return (
    <Field label={t('settings.language')} hint={t('settings.languageHint')}>
      {(control) => (
        <select
          {...control}
          value={language}
          onChange={(event) => {
            const chosen = LANGUAGES.find((option) => option === event.target.value);
            if (chosen) void chooseLanguage(chosen);
          }}
        >
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={LANGUAGE_TAGS[option]}>
              {t(languageKey(option))}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
