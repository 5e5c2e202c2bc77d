import { useT } from '../i18n/use-t';

export const MAIN_ID = 'main';

/** The first stop of the Tab key: jumps over the header to the screen's content. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {t('common.skipToMain')}
    </a>
  );
}
