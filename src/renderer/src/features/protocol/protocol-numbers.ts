/** A whole number typed in a field (0 to 10 000 000), or null when it is not one. */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,8}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 10_000_000 ? value : null;
}
