import type { MemberInput, PrecinctSetup } from '@shared/api';
import type { MessageKey } from '@shared/i18n';
import type { Role } from '@shared/roles';
import { TEXT_LIMITS } from '@shared/text-limits';
import { isKnownTimeZone } from '../../ui/date-time-format';
import { textProblem } from '../../ui/field-problem';
import { checkNewPin } from '../../ui/pin-rules';

/** Zones of Kazakhstan's regions; missions abroad type their own IANA name. */
export const COMMON_TIME_ZONES = [
  'Asia/Almaty',
  'Asia/Qostanay',
  'Asia/Aqtobe',
  'Asia/Aqtau',
  'Asia/Atyrau',
  'Asia/Oral',
  'Asia/Qyzylorda',
] as const;
export const OTHER_TIME_ZONE = 'other';

export interface MemberRow {
  key: number;
  fullName: string;
  role: Role;
}

export interface SetupForm {
  electionKind: 'election' | 'referendum';
  electionName: string;
  votingDay: string;
  opens: string;
  closes: string;
  precinctNumber: string;
  precinctName: string;
  region: string;
  district: string;
  address: string;
  timeZoneChoice: string;
  otherTimeZone: string;
  clockConfirmed: boolean;
  members: MemberRow[];
  chairPin: string;
  chairPinRepeat: string;
}

export type TextField = Exclude<keyof SetupForm, 'electionKind' | 'clockConfirmed' | 'members'>;

/** Field name → message key of what is wrong with it; member rows use `member-<key>`. */
export type SetupErrors = Partial<Record<string, MessageKey>>;

export const initialSetupForm: SetupForm = {
  electionKind: 'election',
  electionName: '',
  votingDay: '',
  opens: '07:00',
  closes: '20:00',
  precinctNumber: '',
  precinctName: '',
  region: '',
  district: '',
  address: '',
  timeZoneChoice: 'Asia/Almaty',
  otherTimeZone: '',
  clockConfirmed: false,
  members: [{ key: 1, fullName: '', role: 'chair' }],
  chairPin: '',
  chairPinRepeat: '',
};

export const memberErrorField = (row: MemberRow): string => `member-${row.key}`;

/** The longest text each text field takes: the core's own limits. */
export const SETUP_MAX_LENGTH: Partial<Record<TextField, number>> = {
  electionName: TEXT_LIMITS.title,
  precinctName: TEXT_LIMITS.title,
  region: TEXT_LIMITS.place,
  district: TEXT_LIMITS.place,
  address: TEXT_LIMITS.address,
};

export function chosenTimeZone(form: SetupForm): string {
  return form.timeZoneChoice === OTHER_TIME_ZONE ? form.otherTimeZone.trim() : form.timeZoneChoice;
}

const REQUIRED_TEXT: TextField[] = [
  'electionName',
  'votingDay',
  'opens',
  'closes',
  'precinctName',
  'region',
  'district',
  'address',
];

/** Everything the form can tell before asking the core, which checks it all again. */
export function validateSetup(form: SetupForm): SetupErrors {
  const errors: SetupErrors = {};
  for (const field of REQUIRED_TEXT) {
    if (!form[field].trim()) errors[field] = 'validation.required';
  }
  if (!errors.opens && !errors.closes && form.opens >= form.closes) {
    errors.closes = 'errors.invalid_voting_hours';
  }
  const number = Number(form.precinctNumber.trim());
  if (!/^\d+$/.test(form.precinctNumber.trim()) || number < 1 || number > 999_999) {
    errors.precinctNumber = 'validation.precinctNumber';
  }
  const zone = chosenTimeZone(form);
  if (!zone) errors.otherTimeZone = 'validation.required';
  else if (!isKnownTimeZone(zone)) {
    errors[form.timeZoneChoice === OTHER_TIME_ZONE ? 'otherTimeZone' : 'timeZoneChoice'] =
      'errors.invalid_time_zone';
  }
  if (!form.clockConfirmed) errors.clockConfirmed = 'validation.clockConfirm';
  for (const row of form.members) {
    if (!row.fullName.trim()) errors[memberErrorField(row)] = 'validation.required';
  }
  const chairs = form.members.filter((row) => row.role === 'chair').length;
  if (chairs === 0) errors.members = 'errors.chair_required';
  if (chairs > 1) errors.members = 'errors.one_chair_only';
  const pinProblem = checkNewPin(form.chairPin, form.chairPinRepeat);
  if (pinProblem === 'pin_format') errors.chairPin = 'errors.pin_format';
  if (pinProblem === 'pin_mismatch') errors.chairPinRepeat = 'errors.pin_mismatch';
  return errors;
}

export function toPrecinctSetup(form: SetupForm): PrecinctSetup {
  return {
    electionKind: form.electionKind,
    electionName: form.electionName.trim(),
    votingDay: form.votingDay,
    votingHours: { opens: form.opens, closes: form.closes },
    precinctNumber: Number(form.precinctNumber.trim()),
    precinctName: form.precinctName.trim(),
    region: form.region.trim(),
    district: form.district.trim(),
    address: form.address.trim(),
    timeZone: chosenTimeZone(form),
  };
}

export function toMemberInputs(form: SetupForm): MemberInput[] {
  return form.members.map((row) => ({ fullName: row.fullName.trim(), role: row.role }));
}

const PRECINCT_TEXT_FIELDS = [
  'electionName',
  'votingDay',
  'precinctNumber',
  'precinctName',
  'region',
  'district',
  'address',
] as const satisfies readonly TextField[];

/**
 * Where the form shows the core's `invalid_input` for the input path `field` (such as
 * `precinct.address` or `members.2.fullName`), and what it says there; null when no field of
 * the form matches, and the error is shown for the whole form instead.
 */
export function setupErrorsFromCore(field: string, form: SetupForm): SetupErrors | null {
  const [head, second, third] = field.split('.');
  if (head === 'precinct') {
    const text = PRECINCT_TEXT_FIELDS.find((name) => name === second);
    if (text) {
      const max = SETUP_MAX_LENGTH[text];
      return { [text]: max ? textProblem(form[text], max) : 'validation.invalid' };
    }
    if (second === 'votingHours') {
      return { [third === 'opens' ? 'opens' : 'closes']: 'validation.invalid' };
    }
    if (second === 'timeZone') {
      const other = form.timeZoneChoice === OTHER_TIME_ZONE;
      return { [other ? 'otherTimeZone' : 'timeZoneChoice']: 'errors.invalid_time_zone' };
    }
    return null;
  }
  if (head === 'members') {
    const row = second === undefined ? undefined : form.members[Number(second)];
    if (row && third === 'fullName') {
      return { [memberErrorField(row)]: textProblem(row.fullName, TEXT_LIMITS.name) };
    }
    return { members: 'validation.invalid' };
  }
  if (head === 'chairPin') return { chairPin: 'errors.pin_format' };
  if (head === 'clockConfirmed') return { clockConfirmed: 'validation.clockConfirm' };
  return null;
}
