/**
 * Names in the order of the Kazakh alphabet — Ә after А, Ғ after Г, Қ after К, and so on,
 * the Russian letters in theirs — ignoring case, with numbers in names by value (№ 9 before
 * № 10): ICU's collation (`Intl.Collator`), which SQLite's byte order cannot give (byte order
 * puts every Kazakh letter after Я). A runtime whose ICU holds no Kazakh collation (Chromium's,
 * which Electron shares) falls back to ICU's root order, the same but for І, which then
 * follows И rather than Ы (docs/central-store.md, "The precincts table").
 */
export const NAME_ORDER = new Intl.Collator('kk', { numeric: true });
