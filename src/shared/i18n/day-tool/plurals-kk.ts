import type { dayToolPluralEn } from './plurals-en';

/** Kazakh: a noun after a numeral stays singular, so both categories read alike. */
export const dayToolPluralKk: Record<keyof typeof dayToolPluralEn, { one: string; other: string }> =
  {
    'packages.rowsRead': { one: '{count} жол', other: '{count} жол' },
    'packages.errorRows': { one: 'қатесі бар {count} жол', other: 'қатесі бар {count} жол' },
    'packages.errorsInAll': { one: 'барлығы {count} қате', other: 'барлығы {count} қате' },
    'infolog.presentNow': {
      one: 'Қазір учаскеде {count} байқаушы бар',
      other: 'Қазір учаскеде {count} байқаушы бар',
    },
    'infolog.overdueNow': {
      one: 'Мерзімі өткен {count} шағым бар. Алдымен соларға жауап беріңіз.',
      other: 'Мерзімі өткен {count} шағым бар. Алдымен соларға жауап беріңіз.',
    },
    'voters.find.count': { one: '{count} сайлаушы табылды.', other: '{count} сайлаушы табылды.' },
    'accommodations.picker.count': {
      one: '{count} сайлаушы табылды.',
      other: '{count} сайлаушы табылды.',
    },
    'voters.import.importing': {
      one: '{count} сайлаушы жүктелуде…',
      other: '{count} сайлаушы жүктелуде…',
    },
    'voters.import.importButton': {
      one: '{count} дұрыс жолды жүктеу',
      other: '{count} дұрыс жолды жүктеу',
    },
    'voters.import.confirmTitle': {
      one: 'Тізімге {count} дұрыс жолды жүктеу керек пе?',
      other: 'Тізімге {count} дұрыс жолды жүктеу керек пе?',
    },
    'voters.import.confirm': { one: '{count} жолды жүктеу', other: '{count} жолды жүктеу' },
    'voters.report.importedOn': {
      one: '{count} сайлаушы жүктелді, {at}.',
      other: '{count} сайлаушы жүктелді, {at}.',
    },
    'login.idleLocked': {
      one: '{count} минут әрекетсіз болғандықтан бұғатталды. Жалғастыру үшін қайта кіріңіз.',
      other: '{count} минут әрекетсіз болғандықтан бұғатталды. Жалғастыру үшін қайта кіріңіз.',
    },
    'settings.autoLockReadOnly': {
      one: 'Қолданба {count} минут әрекетсіздіктен кейін өзі бұғатталады.',
      other: 'Қолданба {count} минут әрекетсіздіктен кейін өзі бұғатталады.',
    },
    'sync.status.accepted': {
      one: 'Қабылданды: {count} жаңа оқиға',
      other: 'Қабылданды: {count} жаңа оқиға',
    },
    'package.votersImported': {
      one: '{count} сайлаушы импортталды',
      other: '{count} сайлаушы импортталды',
    },
    'protocol.home.reportsDue': {
      one: 'Мерзімі келген {count} есеп әлі жіберілді деп белгіленбеген',
      other: 'Мерзімі келген {count} есеп әлі жіберілді деп белгіленбеген',
    },
    'supervisor.slots.reused': {
      one: '{count} құрылғы пайдаланады',
      other: '{count} құрылғы пайдаланады',
    },
    'accommodations.gap': {
      one: '{kind}: {count} ашық өтініш бар, ал мыналардың ешқайсысы жоқ: {equipment}.',
      other: '{kind}: {count} ашық өтініш бар, ал мыналардың ешқайсысы жоқ: {equipment}.',
    },
    'audit.summary.protocol.ballotSet': {
      one: 'Пакеттен {count} сұрақты бюллетень',
      other: 'Пакеттен {count} сұрақты бюллетень',
    },
    'infolog.days': { one: '{count} күн', other: '{count} күн' },
    'supervisor.summary.precincts': { one: '{count} учаске', other: '{count} учаске' },
    'supervisor.summary.devices': { one: '{count} құрылғы', other: '{count} құрылғы' },
    'supervisor.summary.openAlarms': { one: '{count} ашық дабыл', other: '{count} ашық дабыл' },
    'supervisor.summary.heldFiles': {
      one: 'жетіспейтін оқиғаларды {count} файл күтіп тұр',
      other: 'жетіспейтін оқиғаларды {count} файл күтіп тұр',
    },
  };
