import type { nextStepsEn } from './en';

/** Buttons that know what they can do: why an action is not offered, and the next step. */
export const nextStepsKk: Record<keyof typeof nextStepsEn, string> = {
  'sync.exportNeedsPackage':
    'Әзірге болмайды: бұл ноутбук учаске пакетін әлі жүктеген жоқ. Оны төраға жүктейді (жоғарыда, төрағаның ноутбугында); содан кейін синхрондау файлын шығаруға болады.',
  'sync.notYourRole':
    'Бұл бетте ноутбуктің жазбалары USB-жинақтауышқа және кері тасымалданады. Мұны төраға мен хатшы жасайды; сіз жазғанның бәрі олардың синхрондау файлдарымен кетеді, сондықтан мұнда сізден ештеңе талап етілмейді.',
  'voters.find.goImport': 'Сайлаушылар тізімін жүктеу',
  'voters.find.askImport':
    'Тізімді төраға, төрағаның орынбасары немесе хатшы жүктейді; ол жүктелгенде іздеу жұмыс істейді.',
};
