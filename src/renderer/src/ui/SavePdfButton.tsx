import { useState } from 'react';
import type { ApiError } from '@shared/result';
import type { Language } from '@shared/roles';
import { saveHtmlAsPdf } from './save-file';
import { PrintLanguageDialog } from './PrintLanguageDialog';
import { SaveFileButton } from './SaveFileButton';
import { SaveStatus, useFileSave } from './use-file-save';

interface SavePdfButtonProps {
  label: string;
  defaultName: string;
  nativeDialogs: boolean;
  /**
   * Builds the self-contained HTML document in the language chosen for it, when the member has
   * chosen, or answers why it could not; the refusal is said like any other error and nothing
   * is saved.
   */
  makeHtml: (language: Language) => string | ApiError | Promise<string | ApiError>;
  /**
   * The document's language when the button itself names it ("Protocol PDF, Russian"): then
   * nothing is asked.
   */
  language?: Language;
}

/**
 * A button that saves a printable document as PDF: it asks the document's language first
 * (unless the button names it), then says while it is saving and where it went.
 */
export function SavePdfButton({
  label,
  defaultName,
  nativeDialogs,
  makeHtml,
  language: fixedLanguage,
}: SavePdfButtonProps) {
  const { run, busy, ...status } = useFileSave();
  const [choosing, setChoosing] = useState(false);
  const save = (language: Language) =>
    run(async (onWriting) => {
      const html = await makeHtml(language);
      if (typeof html !== 'string') return html;
      return saveHtmlAsPdf(nativeDialogs, defaultName, html, onWriting);
    });
  return (
    <SaveFileButton
      label={label}
      busy={busy}
      onPress={async () => (fixedLanguage ? save(fixedLanguage) : setChoosing(true))}
    >
      <SaveStatus {...status} />
      {choosing ? (
        <PrintLanguageDialog
          onChoose={(language) => {
            setChoosing(false);
            void save(language);
          }}
          onCancel={() => setChoosing(false)}
        />
      ) : null}
    </SaveFileButton>
  );
}
