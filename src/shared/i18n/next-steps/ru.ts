import type { nextStepsEn } from './en';

/** Buttons that know what they can do: why an action is not offered, and the next step. */
export const nextStepsRu: Record<keyof typeof nextStepsEn, string> = {
  'sync.exportNeedsPackage':
    'Пока нельзя: этот ноутбук ещё не загрузил пакет участка. Его загружает председатель (выше, на ноутбуке председателя); затем можно выгрузить файл синхронизации.',
  'sync.notYourRole':
    'На этой странице записи ноутбука переносятся на USB-накопители и обратно. Это делают председатель и секретарь; всё, что вы записываете, уходит в их файлах синхронизации, поэтому здесь от вас ничего не требуется.',
  'voters.find.goImport': 'Загрузить список избирателей',
  'voters.find.askImport':
    'Список загружает председатель, заместитель председателя или секретарь; поиск заработает, когда он будет загружен.',
};
