import type { MessageKey } from '@shared/i18n';
import type { ApiError } from '@shared/result';
import type { SectionInput, SectionView } from '@shared/voters/voter-api';

/** The choice that lets the chair type a device id instead of picking a known one. */
export const OTHER_DEVICE = '__other__';

/** One section as the chair edits it. */
export interface SectionDraft {
  key: number;
  name: string;
  kind: 'alphabet' | 'address';
  from: string;
  to: string;
  /** Address fragments, one per line. */
  fragments: string;
  deskLabel: string;
  /** A known device id, or OTHER_DEVICE. */
  device: string;
  otherDevice: string;
}

export type DraftField = 'name' | 'from' | 'to' | 'fragments' | 'deskLabel' | 'device';
export type DraftProblems = Record<number, Partial<Record<DraftField, MessageKey>>>;

let nextKey = 1;

export function emptyDraft(thisDeviceId: string): SectionDraft {
  return {
    key: nextKey++,
    name: '',
    kind: 'alphabet',
    from: '',
    to: '',
    fragments: '',
    deskLabel: '',
    device: thisDeviceId,
    otherDevice: '',
  };
}

export function draftOf(section: SectionView, knownDevices: string[]): SectionDraft {
  const known = knownDevices.includes(section.deviceId);
  return {
    key: nextKey++,
    name: section.name,
    kind: section.rule.kind,
    from: section.rule.kind === 'alphabet' ? section.rule.from : '',
    to: section.rule.kind === 'alphabet' ? section.rule.to : '',
    fragments: section.rule.kind === 'address' ? section.rule.fragments.join('\n') : '',
    deskLabel: section.deskLabel,
    device: known ? section.deviceId : OTHER_DEVICE,
    otherDevice: known ? '' : section.deviceId,
  };
}

const fragmentsOf = (draft: SectionDraft) =>
  draft.fragments
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export const deviceOf = (draft: SectionDraft) =>
  (draft.device === OTHER_DEVICE ? draft.otherDevice : draft.device).trim();

/** What the chair must still fill in, by section (the core checks the letter order). */
export function checkDrafts(drafts: SectionDraft[]): DraftProblems {
  const problems: DraftProblems = {};
  for (const draft of drafts) {
    const found: Partial<Record<DraftField, MessageKey>> = {};
    const letter = (value: string) =>
      value.trim().length === 1 ? undefined : ('voters.sections.letterRequired' as const);
    if (!draft.name.trim()) found.name = 'validation.required';
    if (!draft.deskLabel.trim()) found.deskLabel = 'validation.required';
    if (!deviceOf(draft)) found.device = 'validation.required';
    if (draft.kind === 'alphabet') {
      const from = letter(draft.from);
      const to = letter(draft.to);
      if (from) found.from = from;
      if (to) found.to = to;
    } else if (fragmentsOf(draft).length === 0) {
      found.fragments = 'validation.required';
    }
    if (Object.keys(found).length > 0) problems[draft.key] = found;
  }
  return problems;
}

export function toInputs(drafts: SectionDraft[]): SectionInput[] {
  return drafts.map((draft) => ({
    name: draft.name.trim(),
    rule:
      draft.kind === 'alphabet'
        ? { kind: 'alphabet', from: draft.from.trim(), to: draft.to.trim() }
        : { kind: 'address', fragments: fragmentsOf(draft) },
    deviceId: deviceOf(draft),
    deskLabel: draft.deskLabel.trim(),
  }));
}

/** The section and field a refusal of the core names (`sections.2.rule.from`, a section's name). */
export function problemsOfRefusal(error: ApiError, drafts: SectionDraft[]): DraftProblems | null {
  if (error.code === 'section_invalid') {
    const draft = drafts.find((d) => d.name.trim() === error.details?.section);
    return draft ? { [draft.key]: { from: 'voters.sections.rangeOrder' } } : null;
  }
  const path = typeof error.details?.field === 'string' ? error.details.field.split('.') : [];
  if (error.code !== 'invalid_input' || path[0] !== 'sections') return null;
  const draft = drafts[Number(path[1])];
  if (!draft) return null;
  const last = path[path.length - 1];
  const field: DraftField =
    last === 'from' || last === 'to' || last === 'name' || last === 'deskLabel'
      ? last
      : last === 'deviceId'
        ? 'device'
        : path.includes('fragments')
          ? 'fragments'
          : 'name';
  return { [draft.key]: { [field]: 'validation.invalid' } };
}
