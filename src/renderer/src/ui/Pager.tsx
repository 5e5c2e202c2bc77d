import { useT } from '../i18n/use-t';

interface PagerProps {
  /** What the pages are of, for the navigation landmark ("Audit log pages"). */
  label: string;
  /** The page shown, from 0. */
  page: number;
  /** How many pages there are, at least 1. */
  pages: number;
  /** Shows that page; a promise it answers is not awaited. */
  onPage: (page: number) => unknown;
}

/** How many pages `total` rows make at `size` a page; an empty table is one page. */
export const pageCount = (total: number, size: number): number =>
  Math.max(1, Math.ceil(total / size));

/**
 * Previous and next buttons around "page N of M", for a table read one page at a time. The
 * buttons use aria-disabled, not disabled, so focus stays on them at either end.
 */
export function Pager({ label, page, pages, onPage }: PagerProps) {
  const t = useT();
  const first = page === 0;
  const last = page + 1 >= pages;
  return (
    <nav aria-label={label} className="pager">
      <button
        type="button"
        className="button-secondary"
        aria-disabled={first || undefined}
        onClick={() => {
          if (!first) void onPage(page - 1);
        }}
      >
        {t('pager.previous')}
      </button>
      <span>{t('pager.pageOf', { page: page + 1, pages })}</span>
      <button
        type="button"
        className="button-secondary"
        aria-disabled={last || undefined}
        onClick={() => {
          if (!last) void onPage(page + 1);
        }}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
