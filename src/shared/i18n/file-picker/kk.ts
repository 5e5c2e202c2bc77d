import type { filePickerEn } from './en';

/** The in-app file picker's additions: removable media offered first. */
export const filePickerKk: Record<keyof typeof filePickerEn, string> = {
  'pathPicker.removable': 'USB жинақтауыштар',
  'pathPicker.removableHint': 'Қосылған алынбалы тасығыштар, бірінші кезекте.',
};
