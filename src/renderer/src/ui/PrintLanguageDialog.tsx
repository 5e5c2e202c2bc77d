import { useId, useRef, useState } from 'react';
import { LANGUAGES, type Language } from '@shared/roles';
import { useLanguage, useT } from '../i18n/use-t';
import { FormDialog } from './FormDialog';

/** The language last chosen for a printout on this screen session (the screen's at first). */
let lastChosen: Language | null = null;

interface PrintLanguageDialogProps {
  /** Runs with the chosen language once the member confirms; the dialog has closed by then. */
  onChoose: (language: Language) => void;
  onCancel: () => void;
}

/**
 * Asks the language of a document before it is printed or saved as PDF: a commission may keep
 * its screen in one language and sign its papers in another, so the document never simply
 * follows the screen.
 */
export function PrintLanguageDialog({ onChoose, onCancel }: PrintLanguageDialogProps) {
  const t = useT();
  const screenLanguage = useLanguage();
  const id = useId();
  const [language, setLanguage] = useState<Language>(lastChosen ?? screenLanguage);
  const first = useRef<HTMLInputElement>(null);
  return (
    <FormDialog
      title={t('print.languageTitle')}
      explanation={t('print.languageExplain')}
      submitLabel={t('print.languageSubmit')}
      busy={false}
      error={null}
      initialFocusRef={first}
      onSubmit={() => {
        lastChosen = language;
        onChoose(language);
      }}
      onCancel={onCancel}
    >
      <fieldset className="choice-group">
        <legend>{t('print.languageLegend')}</legend>
        {LANGUAGES.map((choice) => (
          <div key={choice} className="choice">
            <input
              ref={choice === language ? first : undefined}
              type="radio"
              id={`${id}-${choice}`}
              name={`${id}-language`}
              checked={language === choice}
              onChange={() => setLanguage(choice)}
            />
            <label htmlFor={`${id}-${choice}`} lang={choice}>
              {t(`languages.${choice}`)}
            </label>
          </div>
        ))}
      </fieldset>
    </FormDialog>
  );
}
