import type { RefObject } from 'react';
import { TextField } from '../../../ui/TextField';

/** What a key backup file is called on disk. */
export const KEY_BACKUP_EXTENSION = 'pdkeys';
/** The fewest characters a new passphrase has (the core checks it again). */
export const MIN_PASSPHRASE_LENGTH = 12;

/** A passphrase's length in characters, as the core counts it (NFC, code points). */
export const passphraseLength = (passphrase: string): number =>
  [...passphrase.normalize('NFC')].length;

/** A new passphrase typed twice: its strength is shown as its length only. */
export function PassphrasePair(props: {
  labels: { passphrase: string; repeat: string };
  hint: string;
  value: { passphrase: string; repeat: string };
  onChange: (value: { passphrase: string; repeat: string }) => void;
  problems: { passphrase?: string; repeat?: string };
  passphraseRef: RefObject<HTMLInputElement | null>;
  repeatRef: RefObject<HTMLInputElement | null>;
}) {
  const { labels, hint, value, onChange, problems, passphraseRef, repeatRef } = props;
  return (
    <>
      <TextField
        label={labels.passphrase}
        hint={hint}
        type="password"
        value={value.passphrase}
        onValueChange={(passphrase) => onChange({ ...value, passphrase })}
        error={problems.passphrase ?? null}
        ref={passphraseRef}
        autoComplete="new-password"
        maxLength={1024}
      />
      <TextField
        label={labels.repeat}
        type="password"
        value={value.repeat}
        onValueChange={(repeat) => onChange({ ...value, repeat })}
        error={problems.repeat ?? null}
        ref={repeatRef}
        autoComplete="new-password"
        maxLength={1024}
      />
    </>
  );
}
