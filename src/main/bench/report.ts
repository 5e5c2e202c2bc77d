import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
/** Printing bench figures: aligned text, or one JSON object per figure with `--json`. */
let jsonOutput = false;

/** Set once from the bench's parsed options, before any figure is printed. */
export function printAsJson(json: boolean): void {
  jsonOutput = json;
}

/** Which stores this process's figures were measured on (`plain` or `encrypted`), if it says. */
let storeVariant: 'plain' | 'encrypted' | null = null;

/** Every figure from here on names the store it was measured on (plain or encrypted). */
export function measuringStore(variant: 'plain' | 'encrypted'): void {
  storeVariant = variant;
}

/**
 * A throwaway random store key for the encrypted variant of a figure, or null for the plain
 * one: the stores are opened with it through the same optional key as the app's.
 */
export function benchStoreKey(variant: 'plain' | 'encrypted'): Buffer | null {
  return variant === 'encrypted' ? randomBytes(32) : null;
}

/** A child of the bench reads the store key its parent sent on standard input (hex). */
export function storeKeyFromStdin(): Buffer | null {
  const text = readFileSync(0, 'utf8').trim();
  return text === '' ? null : Buffer.from(text, 'hex');
}

export function report(
  name: string,
  value: number,
  unit: string,
  extra: Record<string, number> = {},
): void {
  if (storeVariant) name = `${name} [${storeVariant}]`;
  if (jsonOutput) {
    const rounded = Object.fromEntries(
      Object.entries(extra).map(([k, v]) => [k, Number(v.toFixed(3))]),
    );
    console.log(JSON.stringify({ name, value: Number(value.toFixed(3)), unit, ...rounded }));
  } else {
    const more = Object.entries(extra)
      .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(3)}`)
      .join(', ');
    const shown = value >= 100 ? value.toFixed(0) : value.toFixed(3);
    console.log(`${name.padEnd(48)} ${shown.padStart(12)} ${unit}${more ? `  (${more})` : ''}`);
  }
}

/** A line of context (skipped when printing JSON, whose every line is a figure). */
export function note(text: string): void {
  if (!jsonOutput) console.log(text);
  else console.error(text);
}

export function seconds<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

export async function secondsAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

/** The p-th percentile (0–100) of durations in milliseconds. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** Peak resident memory of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
