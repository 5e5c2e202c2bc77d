import { useEffect, useState } from 'react';
import type { OpenedFile } from '@shared/files/files-contract';
import type { ApiError } from '@shared/result';
import type { PackageInputsCheck } from '@shared/supervisor/supervisor-contract';
import { callApi } from '../../../api/precinct-client';

/** Where the check of a package's chosen spec and list stands. */
export type PackageCheck =
  | { status: 'none' }
  | { status: 'checking' }
  | { status: 'checked'; result: PackageInputsCheck }
  | { status: 'refused'; error: ApiError };

/**
 * The chosen spec and list checked by the core as soon as both are chosen, and again when
 * either is chosen anew, so a list with errors is said before any save dialog opens. The core
 * reads them through the same read handles it will make the package from.
 */
export function usePackageCheck(spec: OpenedFile | null, voters: OpenedFile | null): PackageCheck {
  const [check, setCheck] = useState<PackageCheck>({ status: 'none' });
  const [checked, setChecked] = useState<{ spec: OpenedFile; voters: OpenedFile } | null>(null);
  // The files a check is for; a check answered for files since replaced is dropped.
  if (spec && voters && (checked?.spec !== spec || checked.voters !== voters)) {
    setChecked({ spec, voters });
    setCheck({ status: 'checking' });
  } else if ((!spec || !voters) && checked) {
    setChecked(null);
    setCheck({ status: 'none' });
  }

  useEffect(() => {
    if (!checked) return;
    let current = true;
    void callApi('checkPackageInputs', {
      specHandle: checked.spec.handle,
      votersHandle: checked.voters.handle,
    }).then((answer) => {
      if (!current) return;
      setCheck(
        answer.ok
          ? { status: 'checked', result: answer.value }
          : { status: 'refused', error: answer.error },
      );
    });
    return () => {
      current = false;
    };
  }, [checked]);

  return check;
}

/** A check that stops the package being made: still running, refused, or errors found. */
export function blocksPackage(check: PackageCheck): boolean {
  return (
    check.status === 'checking' ||
    check.status === 'refused' ||
    (check.status === 'checked' && check.result.errors > 0)
  );
}
