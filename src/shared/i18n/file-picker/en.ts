/** The in-app file picker's additions: removable media offered first. */
export const filePickerEn = {
  'pathPicker.removable': 'USB sticks',
  'pathPicker.removableHint': 'Mounted removable media, offered first.',
};
