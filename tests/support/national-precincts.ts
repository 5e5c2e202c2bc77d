/**
 * A country's worth of precincts registered in a central store as `package create` registers
 * them (`recordPackage`), without making each package file: the dashboard's tests read what
 * the store holds, not the packages. 10,459 precincts register in a few seconds.
 *
 * Numbers run from 1; the regions are Kazakhstan's seventeen regions and three cities (their
 * Kazakh names) in turn, and the last 71 precincts are abroad. Names mix Kazakh and Russian
 * forms, so a search meets both scripts' letters in either case. List sizes spread from 400 to
 * 3,499 voters (the lists' rows themselves are not stored: no voter is needed here).
 */
import type { Db } from '../../src/main/core/kernel/db/database';
import { newEncryptionKeyPair, newSigningKeyPair } from '../../src/main/core/airgap/keys';
import type { PackageContent } from '../../src/shared/sync/package-content';
import type { CentralKeys } from '../../src/main/core/features/supervisor/central-keys';
import { recordPackage } from '../../src/main/core/features/supervisor/package-maker';

export const NATIONAL_PRECINCTS = 10_459;
export const ABROAD_PRECINCTS = 71;
export const ABROAD_REGION = 'Шетел';

export const KZ_REGIONS = [
  'Астана қаласы',
  'Алматы қаласы',
  'Шымкент қаласы',
  'Абай облысы',
  'Ақмола облысы',
  'Ақтөбе облысы',
  'Алматы облысы',
  'Атырау облысы',
  'Батыс Қазақстан облысы',
  'Жамбыл облысы',
  'Жетісу облысы',
  'Қарағанды облысы',
  'Қостанай облысы',
  'Қызылорда облысы',
  'Маңғыстау облысы',
  'Павлодар облысы',
  'Солтүстік Қазақстан облысы',
  'Түркістан облысы',
  'Ұлытау облысы',
  'Шығыс Қазақстан облысы',
] as const;

const VILLAGES = ['Қарасу', 'Ақсу', 'Өркен', 'Ұлан', 'Шалқар', 'Көктал', 'Үшарал', 'Бірлік'];

/** One precinct whose name no other shares a word with, to be found by a part of its name. */
export const PLANTED = { number: 2_027, name: 'Қарағаш ауылының мектебі' } as const;
/** The precinct with the longest list. */
export const LARGEST = { number: 1_042, voters: 3_600 } as const;

export interface NationalPrecinct {
  precinctId: string;
  number: number;
  name: string;
  region: string;
  voters: number;
}

/** The `index`th precinct (from 0) of a store of `count`. */
export function nationalPrecinct(index: number, count: number): NationalPrecinct {
  const number = index + 1;
  const abroad = index >= count - ABROAD_PRECINCTS;
  const region = abroad ? ABROAD_REGION : KZ_REGIONS[index % KZ_REGIONS.length]!;
  const forms = [
    `№ ${number} мектеп-гимназия`,
    `Школа-лицей № ${number}`,
    `${VILLAGES[index % VILLAGES.length]} ауылының № ${number} мектебі`,
  ];
  const name = number === PLANTED.number ? PLANTED.name : forms[index % forms.length]!;
  const voters = number === LARGEST.number ? LARGEST.voters : 400 + ((index * 37) % 3_100);
  return { precinctId: `kz-${number}`, number, name, region, voters };
}

/** Registers `count` precincts in one transaction. */
export function registerNationalPrecincts(
  db: Db,
  central: CentralKeys,
  count = NATIONAL_PRECINCTS,
): void {
  // One precinct key serves every precinct (nothing here opens a package or a sync file);
  // a slot's key is its own, as the store requires.
  const encryption = newEncryptionKeyPair();
  const now = '2027-03-01T00:00:00.000Z';
  db.transaction(() => {
    for (let index = 0; index < count; index++) {
      const p = nationalPrecinct(index, count);
      const abroad = p.region === ABROAD_REGION;
      const slot = newSigningKeyPair();
      const content: PackageContent = {
        election: {
          election_id: 'kz-2027-national',
          kind: 'referendum',
          name: 'Republican referendum',
          voting_day: '2027-03-19',
          opens: '07:00',
          closes: '20:00',
          home_voting_cutoff: '12:00',
          complaint_deadlines: { standard_days: 5, voter_list_days: 3, same_day_days_before: 1 },
        },
        precinct: {
          precinct_id: p.precinctId,
          number: p.number,
          name: p.name,
          region: p.region,
          district: abroad ? 'Түркия' : `${(index % 12) + 1}-аудан`,
          address: 'Мекенжай',
          time_zone: abroad ? 'Europe/Istanbul' : 'Asia/Almaty',
          abroad,
          country: abroad ? 'TR' : null,
        },
        members: [{ member_id: `m-${p.number}`, full_name: 'Төраға', role: 'chair' }],
        voters: {
          file_name: 'list.csv',
          csv: 'iin,last_name,first_name,patronymic,birth_date,address\r\n',
          sha256: '0'.repeat(64),
          rows: p.voters,
        },
        precinct_key: {
          encryption_key_pem: encryption.privateKeyPem,
          encryption_public_key: encryption.publicKey,
        },
        slots: [{ slot: 1, label: null, public_key: slot.publicKey, key_pem: slot.privateKeyPem }],
        revoked_devices: [],
        central: {
          signing_public_key: central.signing.publicKey,
          encryption_public_key: central.encryption.publicKey,
        },
      };
      recordPackage(db, content, {
        packageId: `pkg-${p.precinctId}`,
        revision: 1,
        sha256: '0'.repeat(64),
        path: '-',
        now,
      });
    }
  })();
}
