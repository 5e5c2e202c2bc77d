import type { filePickerEn } from './en';

/** The in-app file picker's additions: removable media offered first. */
export const filePickerRu: Record<keyof typeof filePickerEn, string> = {
  'pathPicker.removable': 'USB-флешки',
  'pathPicker.removableHint': 'Подключённые съёмные носители, первыми.',
};
