import type { precinctListPluralEn } from './plurals-en';

export const precinctListPluralRu: Record<
  keyof typeof precinctListPluralEn,
  { one: string; few: string; many: string }
> = {
  'precinctList.found': {
    one: 'Подходит {count} участок; показаны строки {from}–{to}.',
    few: 'Подходят {count} участка; показаны строки {from}–{to}.',
    many: 'Подходят {count} участков; показаны строки {from}–{to}.',
  },
  'precinctList.devicesFound': {
    one: 'Подходит {count} устройство; показаны строки {from}–{to}.',
    few: 'Подходят {count} устройства; показаны строки {from}–{to}.',
    many: 'Подходят {count} устройств; показаны строки {from}–{to}.',
  },
};
