import { BusyButton } from './BusyButton';
import { saveHtmlAsPdf } from './save-file';
import { SaveStatus, useFileSave } from './use-file-save';

interface SavePdfButtonProps {
  label: string;
  defaultName: string;
  nativeDialogs: boolean;
  /** Builds the self-contained HTML document to print when the button is pressed. */
  makeHtml: () => string | Promise<string>;
}

/** A button that saves a printable document as PDF, says while it is saving and where it went. */
export function SavePdfButton({ label, defaultName, nativeDialogs, makeHtml }: SavePdfButtonProps) {
  const { run, busy, ...status } = useFileSave();
  return (
    <div className="save-pdf">
      <BusyButton
        type="button"
        className="button-secondary"
        busy={busy}
        onClick={() =>
          void run(async (onWriting) =>
            saveHtmlAsPdf(nativeDialogs, defaultName, await makeHtml(), onWriting),
          )
        }
      >
        {label}
      </BusyButton>
      <SaveStatus {...status} />
    </div>
  );
}
