import type { countsPluralEn } from './en';

/** Kazakh keeps the noun after a numeral singular: one text serves both categories. */
const same = (text: string) => ({ one: text, other: text });

export const countsPluralKk: Record<keyof typeof countsPluralEn, { one: string; other: string }> = {
  'settings.autoLockSaved': same(
    'Сақталды: қолданба {count} минут әрекетсіздіктен кейін бұғатталады.',
  ),
  'audit.summary.autoLockMinutes': same('Автоматты бұғаттау: {count} минуттан кейін'),
  'centralAccounts.idleLocked': same('{count} минут әрекетсіздіктен кейін құлыпталды.'),
  'infolog.rule.standard': same('{count} күн'),
  'infolog.rule.voter_list': same('сайлаушылар тізімі, {count} күн'),
  'voters.find.countAll': same('Тізімде {count} сайлаушы, әліпби бойынша.'),
  'voters.requests.pendingCaption': same('Шешім күтіп тұрған {count} өтініш'),
  'voters.requests.decidedCaption': same('Шешілген {count} өтініш'),
  'infolog.observersCaption': same('{count} байқаушы'),
  'infolog.complaintsCaption': same('{count} шағым мен өтініш'),
  'infolog.logCaption': same('{count} жазба, {pages} беттің {page}-беті'),
  'accommodations.registerCaption': same('Барлығы {count} өтініш, {pages} беттің {page}-беті'),
  'voters.report.issuesCaption': same('{count} мәселе, {pages} беттің {page}-беті'),
  'supervisorLog.caption': same('{count} жазба, {pages} беттің {page}-беті'),
  'sync.pending': same('Осы ноутбуктың {count} оқиғасының {pending} әлі шығарылмаған.'),
  'supervisor.alarmDetail.double_ballot': same('күшіндегі {count} бюллетень'),
  'supervisor.alarmDetail.two_lists': same('{count} учаскенің тізімінде'),
  'supervisor.alarmDetail.slot_reused': same(
    '{slot}-ноутбук орны {count} құрылғыны куәландырды: {devices}',
  ),
  'results.alarmDetail.versions': same('{count} нұсқаға қол қойылған'),
  'voters.import.lostNames': same('{count} атта'),
  'voters.import.lostExplain': same(
    '{count} атта әріптің орнында «?» тұр: файл қазақ әріптері жоқ кодтаумен сақталған (мысалы, Windows-1251). Осы күйінде жүктелсе, бұл аттар тізімде қате болып қалады. UTF-8 немесе .xlsx түріндегі файлды сұраңыз не төмендегі аттарды тексеріп, жалғастырыңыз.',
  ),
  'audit.summary.protocol.membersPresent': same('{count} мүше қатысты'),
  'audit.summary.protocol.ballotsReceived': same('{count} бюллетень алынды'),
  'audit.summary.protocol.moved': same('{count} бюллетень: {from} → {to}'),
  'audit.summary.protocol.reportSent': same('Сағат {hour} есебі: {count} сайлаушы'),
  'accommodations.trip.ballotsTaken': same('{count} бюллетень алынды.'),
  'accommodations.trip.issuedSoFar': same('Әзірге үйде {count} бюллетень берілді.'),
  'accommodations.trip.discrepancy': same('{count} бюллетень айырмашылық бар. Түсініктеме: {note}'),
  'accommodations.notReadyCount': same('Жоқ немесе әлі тексерілмеген {count} тармақ.'),
  'accommodations.summary.ballots': same(
    'Үйде {count} бюллетень берілді (сайлауға қатысуда көшпелі жәшік бюллетені ретінде есептеледі)',
  ),
  'protocol.stock': same('Комиссия қорында {count} бюллетень'),
  'keyBackup.length': same('{count} таңба енгізілді (кемінде 12 таңба керек).'),
  'voters.import.done': same('{file} файлынан {count} сайлаушы жүктелді. {rejected}'),
  'voters.import.rowsLeftOut': same('Қате салдарынан {count} жол жүктелмеді.'),
  'supervisorLog.ok': same('Журнал тексерілді: {count} жазба, ешқайсысы өзгертілмеген.'),
  'audit.caption': same('Барлығы {count} оқиға, {pages} беттің {page}-беті'),
  'accommodations.picker.countMore': same('{count} сайлаушы табылды; алғашқы {shown} көрсетілген.'),
  'audit.summary.voter.sections': same('{count} тізім бөлігі: {names}'),
  'sync.exportDone': same(
    '{count} оқиға (№{first}–{last}) {file} файлына шығарылды; файл қайта оқылып, тексерілді.',
  ),
  'supervisor.import.leftOut': same(
    'Синхрондау файлы (.pdsync) емес {count} файл оқылмай қалдырылды: {names}.',
  ),
  'results.summary': same('{count} учаскенің {withProtocol} учаскесінде қол қойылған хаттама бар.'),
};
