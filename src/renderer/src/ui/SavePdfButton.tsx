import type { ApiError } from '@shared/result';
import { saveHtmlAsPdf } from './save-file';
import { SaveFileButton } from './SaveFileButton';
import { SaveStatus, useFileSave } from './use-file-save';

interface SavePdfButtonProps {
  label: string;
  defaultName: string;
  nativeDialogs: boolean;
  /**
   * Builds the self-contained HTML document to print when the button is pressed, or answers
   * why it could not; the refusal is said like any other error and nothing is saved.
   */
  makeHtml: () => string | ApiError | Promise<string | ApiError>;
}

/** A button that saves a printable document as PDF, says while it is saving and where it went. */
export function SavePdfButton({ label, defaultName, nativeDialogs, makeHtml }: SavePdfButtonProps) {
  const { run, busy, ...status } = useFileSave();
  return (
    <SaveFileButton
      label={label}
      busy={busy}
      onPress={() =>
        run(async (onWriting) => {
          const html = await makeHtml();
          if (typeof html !== 'string') return html;
          return saveHtmlAsPdf(nativeDialogs, defaultName, html, onWriting);
        })
      }
    >
      <SaveStatus {...status} />
    </SaveFileButton>
  );
}
