/** English messages: the reference set of keys. */
import { accommodationErrorsEn } from './accommodation-errors/en';
import { accommodationsEn } from './accommodations/en';
import { infologEn } from './infolog/en';
import { voterAreasEn } from './voter-areas/en';
import { votersEn } from './voters/en';
import { syncEn } from './sync/en';
import { atRestEn } from './at-rest/en';
import { supervisorEn } from './supervisor/en';
import { resultsEn } from './results/en';
import { protocolEn } from './protocol/en';
import { protocolCopiesEn } from './protocol-copies/en';
import { protocolLinesEn } from './protocol-lines/en';
import { resultsDayEn } from './results-day/en';
import { dayHomeEn } from './day-home/en';
import { votedListEn } from './voted-list/en';
import { dayToolEn } from './day-tool/en';
import { filePickerEn } from './file-picker/en';
import { inputChecksEn } from './input-checks/en';
import { printEn } from './print/en';
import { nextStepsEn } from './next-steps/en';
import { centralAccessEn } from './central-access/en';
import { keystoreEn } from './keystore/en';
import { keyBackupEn } from './key-backup/en';
import { returnedLaptopEn } from './returned-laptop/en';
import { backupEn } from './backup/en';
import { restoredRangeEn } from './restored-range/en';
import { backupUiEn } from './backup-ui/en';
import { centralAccountsEn } from './central-accounts/en';
import { precinctListEn } from './precinct-list/en';

export const en = {
  ...votersEn,
  ...voterAreasEn,
  ...infologEn,
  ...accommodationErrorsEn,
  ...accommodationsEn,
  ...syncEn,
  ...atRestEn,
  ...supervisorEn,
  ...resultsEn,
  ...protocolEn,
  ...protocolCopiesEn,
  ...protocolLinesEn,
  ...resultsDayEn,
  ...dayHomeEn,
  ...votedListEn,
  ...dayToolEn,
  ...filePickerEn,
  ...inputChecksEn,
  ...printEn,
  ...nextStepsEn,
  ...centralAccessEn,
  ...keystoreEn,
  ...keyBackupEn,
  ...returnedLaptopEn,
  ...backupEn,
  ...restoredRangeEn,
  ...backupUiEn,
  ...centralAccountsEn,
  ...precinctListEn,

  'app.title': 'Precinct Desk',

  'languages.kk': 'Қазақша',
  'languages.ru': 'Русский',
  'languages.en': 'English',
  'language.switch': 'Language',

  'roles.chair': 'Chair',
  'roles.deputy_chair': 'Deputy chair',
  'roles.secretary': 'Secretary',
  'roles.member': 'Member',

  'errors.invalid_input': 'Some of the data entered is not valid. Check it and try again.',
  'errors.not_set_up': 'This precinct has not been set up yet.',
  'errors.already_set_up': 'This precinct is already set up.',
  'errors.supervisor_folder':
    'This data folder is the central commission’s (supervisor mode); a precinct needs a folder of its own.',
  'errors.not_logged_in': 'You are not logged in. Log in to continue.',
  'errors.session_locked': 'The session is locked. Log in again to continue.',
  'errors.forbidden': 'Your role does not allow this.',
  'errors.wrong_pin': 'Wrong PIN.',
  'errors.locked_out': 'Too many wrong PINs: logging in is blocked for a while.',
  'errors.pin_format': 'A PIN has 6 to 12 digits and nothing else.',
  'errors.pin_reused': 'The new PIN must differ from the current one.',
  'errors.pin_trivial':
    'This PIN is too easy to guess: not one digit repeated (111111), not a straight run (123456, 654321) and not the precinct number. Choose another.',
  'errors.temporary_pin_expired':
    'This temporary PIN has expired (it works for 3 days). Ask the chair for a new one.',
  'errors.not_locked_out': 'This member is not locked out.',
  'errors.pin_mismatch': 'The two PINs do not match.',
  'errors.no_pin': 'This member has no PIN yet. Ask the chair for a temporary PIN.',
  'errors.pin_change_required': 'Choose your own PIN first.',
  'errors.member_inactive': 'This member is no longer active.',
  'errors.member_not_found': 'This member was not found.',
  'errors.recovery_code_invalid':
    'The recovery code is not valid. Check it character by character.',
  'errors.chair_required':
    'The commission needs exactly one chair; the chair cannot be deactivated.',
  'errors.one_chair_only': 'Only one member can be the chair.',
  'errors.cannot_deactivate_self': 'You cannot replace or deactivate yourself.',
  'errors.invalid_time_zone':
    'This time zone is not known. Use an IANA name such as Asia/Almaty or Europe/Berlin.',
  'errors.invalid_voting_hours': 'Voting must close later than it opens.',
  'errors.dialog_cancelled': 'Cancelled.',
  'errors.path_not_found': 'That folder does not exist.',
  'errors.file_exists': 'A file with this name already exists.',
  'errors.file_handle_invalid': 'This file choice is no longer valid. Choose the file again.',
  'errors.disk_full':
    'The disk or USB stick is full. Nothing was written; free some space or use another stick, and try again.',
  'errors.read_only_medium':
    'The disk or USB stick cannot be written (it is read-only or protected). Nothing was written; use another stick or folder.',
  'errors.io_error':
    'The file could not be read or written. Check the disk or USB stick and try again.',
  'errors.wrong_sender': 'The request did not come from the app’s own window and was refused.',
  'errors.database_newer':
    'The data folder was written by a newer version of Precinct Desk (data version {found}; this one knows {known}). It was left untouched: install the newer version to open it.',
  'errors.internal': 'Something went wrong. Nothing was changed.',

  'common.loading': 'Loading…',
  'common.tryAgain': 'Try again',
  'common.continue': 'Continue',
  'common.cancel': 'Cancel',
  'common.saving': 'Saving…',
  'common.skipToMain': 'Skip to main content',
  'common.precinct': 'Precinct No. {number}: {name}',

  'validation.required': 'Fill in this field.',
  'validation.summary': 'Some entries need attention. Each one is marked at its field.',
  'validation.precinctNumber': 'Enter a whole number from 1 to 999999.',
  'validation.clockConfirm': 'Confirm that the date, time and time zone are correct.',
  'validation.invalid': 'This entry was not accepted. Check it and correct it.',
  'validation.tooLong': 'This entry is too long. Shorten it.',

  'pin.new': 'New PIN',
  'pin.repeat': 'Repeat PIN',
  'pin.rules': '6 to 12 digits, digits only; not 111111, 123456 or the precinct number.',

  'setup.title': 'Set up this precinct',
  'setup.intro':
    'Enter the election, the precinct and the commission once. The chair then logs in with the PIN chosen here.',
  'setup.electionSection': 'Election or referendum',
  'setup.electionKind': 'Kind of vote',
  'setup.kind.election': 'Election',
  'setup.kind.referendum': 'Referendum',
  'setup.electionName': 'Name of the election or referendum',
  'setup.votingDay': 'Voting day',
  'setup.opens': 'Voting opens at',
  'setup.closes': 'Voting closes at',
  'setup.precinctSection': 'Precinct',
  'setup.precinctNumber': 'Precinct number',
  'setup.precinctName': 'Precinct name',
  'setup.region': 'Region',
  'setup.district': 'District',
  'setup.address': 'Address',
  'setup.timeSection': 'Time zone and clock',
  'setup.timeZone': 'Time zone',
  'setup.timeZoneOther': 'Other (mission abroad)',
  'setup.otherTimeZone': 'Other zone (IANA name)',
  'setup.otherTimeZoneHint': 'For example Europe/Berlin or America/New_York.',
  'setup.clockReading': 'Date and time now in {zone}: {date}, {time}.',
  'setup.clockUnknownZone': 'Enter a valid time zone to see the date and time there.',
  'setup.clockConfirm': 'The date, time and zone shown are correct',
  'setup.clockConfirmHint':
    'If they are wrong, correct the computer’s clock or choose the right time zone before going on.',
  'setup.membersSection': 'Commission members',
  'setup.membersHint':
    'Exactly one member is the chair. The chair logs in first and gives the others their PINs.',
  'setup.memberNumber': 'Member {number}',
  'setup.memberName': 'Full name',
  'setup.memberRole': 'Role',
  'setup.addMember': 'Add member',
  'setup.removeMember': 'Remove member {number}',
  'setup.membersLimit': 'At most {max} members can be entered here.',
  'setup.chairPinSection': 'Chair’s PIN',
  'setup.chairPin': 'Chair PIN',
  'setup.chairPinRepeat': 'Repeat PIN',
  'setup.submit': 'Complete setup',

  'recovery.firstTitle': 'Chair’s recovery code',
  'recovery.newTitle': 'New recovery code for the chair',
  'recovery.setupDone': 'The precinct is set up.',
  'recovery.pinChanged': 'The chair’s PIN has been changed. The old recovery code no longer works.',
  'recovery.codeLabel': 'Recovery code:',
  'recovery.stepPrint': 'Print this code now, or write it down by hand. Do not keep it in a file.',
  'recovery.stepSeal':
    'Seal the printout in an envelope, sign across the seal and keep it in the precinct’s safe.',
  'recovery.stepUse':
    'If the chair forgets the PIN, open the envelope and use the code to set a new PIN.',
  'recovery.stepOnce':
    'The code works once and is shown only now. After it is used, the app shows a new code to print and seal.',
  'recovery.sheetOnce':
    'The code works once. Once it is used, this sheet is void and the app issues a new code to print and seal.',
  'recovery.sheetHeading': 'Precinct Desk: chair’s PIN recovery code',
  'recovery.sheetIssued': 'Issued on {date}',
  'recovery.sheetSealedBy': 'Sealed by (name, signature): ______________________________',
  'recovery.sheetWitness': 'Witness (name, signature): ______________________________',
  'recovery.print': 'Print the code',
  'recovery.printSent': 'The sheet was sent to printing. Check that it came out, then seal it.',
  'recovery.savePdfInsist': 'Save as a PDF instead…',
  'recovery.pdfWarningTitle': 'Save the recovery code in a file?',
  'recovery.pdfWarning':
    'Anyone who opens this PDF later can reset the chair’s PIN. Save it only if you cannot print now; print it at once and then delete the file.',
  'recovery.pdfConfirm': 'Save the PDF anyway',
  'recovery.pdfSaved':
    'Saved to {path}. Delete this file as soon as the sheet is printed and sealed: anyone who opens it can reset the chair’s PIN.',

  'print.savePdf': 'Print / save as PDF',
  'print.savedTo': 'Saved to {path}',

  'pathPicker.title': 'Choose where to save the file',
  'pathPicker.currentFolder': 'Folder: {path}',
  'pathPicker.parent': 'Up to the parent folder',
  'pathPicker.folders': 'Folders',
  'pathPicker.noFolders': 'There are no folders here.',
  'pathPicker.filePath': 'File path',
  'pathPicker.save': 'Save',
  'pathPicker.replaceTitle': 'Replace the existing file {name}?',
  'pathPicker.replaceExplain':
    'A file with this name is already in that folder. Replacing it overwrites what it holds.',
  'pathPicker.replace': 'Replace',

  'login.title': 'Log in',
  'login.whoAreYou': 'Who is logging in?',
  'login.noPinYet': 'no PIN yet — ask the chair',
  'login.chooseName': 'Choose your name from the list.',
  'login.pin': 'PIN',
  'login.submit': 'Log in',
  'login.forgotPin': 'Forgot PIN (chair)',
  'login.lockedUntil': 'Try again after {until}.',
  'login.sessionLocked': 'The session is locked. Log in again to continue.',
  'login.loggedOut': 'You were logged out. Log in again to continue.',

  'recover.title': 'Recover the chair’s PIN',
  'recover.intro':
    'Open the sealed envelope with the recovery code, type the code and choose a new PIN. The code works once; you will get a new one to print and seal.',
  'recover.forChair': 'Chair: {name}',
  'recover.code': 'Recovery code',
  'recover.submit': 'Set the new PIN',
  'recover.back': 'Back to login',

  'changePin.title': 'Set your own PIN',
  'changePin.greeting': 'Welcome, {name}.',
  'changePin.intro':
    'You logged in with a temporary PIN from the chair. Choose your own PIN now: nothing else is available until you do.',
  'changePin.current': 'Temporary PIN',
  'changePin.submit': 'Save my PIN',

  'clock.question': 'Is this date, time and time zone correct?',
  'clock.date': 'Date',
  'clock.time': 'Time',
  'clock.timeZone': 'Time zone',
  'clock.ifWrong':
    'If anything is wrong, do not confirm: the laptop’s clock must be corrected before any voting-day work.',
  'clock.confirm': 'Yes, confirm',
  'clock.later': 'Not now',
  'clock.check': 'Check the clock',
  'clock.notConfirmed': 'The chair has not confirmed the clock today.',
  'clock.notConfirmedYet': 'You have not confirmed the clock today.',
  'clock.behind':
    'Warning: this computer’s clock is behind the latest recorded event ({time}). Check the date and time.',
  'clock.overridden': 'Clock overridden for testing.',

  'shell.loggedInAs': '{name}, {role}',
  'shell.lock': 'Lock',
  'shell.logout': 'Log out',

  'nav.label': 'Sections',
  'nav.voters': 'Voters',
  'nav.accommodations': 'Accommodations',
  'nav.infolog': 'Information log',
  'nav.sync': 'Sync',
  'nav.audit': 'Audit',
  'nav.settings': 'Settings',

  'section.comingLater': 'This section is not ready yet.',
  'voters.title': 'Voters',
  'sync.title': 'Sync',
  'sync.intro':
    'Exporting this laptop’s records to a USB stick for the territorial commission, and importing the precinct package, will be done here.',

  'audit.title': 'Audit log',
  'audit.intro': 'Every recorded action: who did what and when, in the precinct’s local time.',
  'audit.verifyChain': 'Verify chain',
  'audit.chainChecking': 'Checking the chain of events…',
  'audit.chainBroken': 'Chain broken at device {device}, event #{seq}: {reason}',
  'audit.chainReason.gap': 'events are missing before it',
  'audit.chainReason.prev_hash_mismatch': 'it does not link to the event before it',
  'audit.chainReason.hash_mismatch': 'it was changed after it was recorded',
  'audit.filters': 'Filters',
  'audit.filterType': 'Event type',
  'audit.allTypes': 'All types',
  'audit.filterMember': 'Member',
  'audit.allMembers': 'All members',
  'audit.fromDate': 'From date',
  'audit.toDate': 'To date',
  'audit.colSeq': 'No.',
  'audit.colTime': 'Time',
  'audit.colMember': 'Member',
  'audit.colEvent': 'Event',
  'audit.colDetails': 'Details',
  'audit.system': 'System',
  'audit.empty': 'No events match these filters.',
  'audit.pagination': 'Audit log pages',
  'pager.previous': 'Previous page',
  'pager.next': 'Next page',
  'pager.pageOf': 'Page {page} of {pages}',
  'audit.unknownMember': 'a member',
  'audit.type.device.initialized': 'Device initialized',
  'audit.type.precinct.setup_completed': 'Precinct set up',
  'audit.type.member.added': 'Member added',
  'audit.type.member.deactivated': 'Member deactivated',
  'audit.type.member.pin_set': 'PIN set',
  'audit.type.member.recovery_code_issued': 'Recovery code issued',
  'audit.type.member.logged_in': 'Logged in',
  'audit.type.member.logged_out': 'Logged out',
  'audit.type.member.locked_out': 'Locked out after wrong PINs',
  'audit.type.member.lockout_lifted': 'Lockout lifted',
  'audit.type.settings.changed': 'Settings changed',
  'audit.type.clock.confirmed': 'Clock confirmed',
  'audit.pinKind.initial': 'first PIN at setup',
  'audit.pinKind.temporary': 'temporary PIN from the chair',
  'audit.pinKind.changed': 'own PIN chosen',
  'audit.pinKind.recovered': 'new PIN with the recovery code',
  'audit.summary.device': 'Device {device}',
  'audit.summary.memberAdded': '{name}, {role}',
  'audit.summary.replaces': 'replaces {name} ({reason})',
  'audit.summary.deactivated': '{name}: {reason}',
  'audit.summary.pinSet': '{name}: {kind}',
  'audit.summary.logout': 'Logged out by the member',
  'audit.summary.locked': 'Locked by the member',
  'audit.summary.autoLock': 'Locked after a time without input',
  'audit.summary.lockedOut': '{name}, until {until}',
  'audit.summary.lockoutLifted': '{name}, by the chair',
  'audit.summary.lockoutLiftedByCode': '{name}, with the recovery code',
  'audit.summary.clock': '{date}, {time}, {zone}',

  'settings.title': 'Settings',
  'settings.languageTitle': 'Language',
  'settings.language': 'Language of the screens',
  'settings.languageHint': 'Saved for you; others keep their own choice.',
  'settings.autoLockTitle': 'Automatic lock',
  'settings.autoLockMinutes': 'Minutes without input before the app locks',
  'settings.autoLockHint': 'A whole number from {min} to {max}.',
  'settings.autoLockInvalid': 'Enter a whole number from {min} to {max}.',
  'settings.autoLockSave': 'Save auto-lock time',

  'members.title': 'Commission members',
  'members.caption': 'Members of the commission',
  'members.colName': 'Name',
  'members.colRole': 'Role',
  'members.colStatus': 'Status',
  'members.colPin': 'PIN',
  'members.colLockedUntil': 'Locked until',
  'members.colActions': 'Actions',
  'members.statusActive': 'Active',
  'members.statusInactive': 'Inactive',
  'members.statusReplaced': 'Replaced',
  'members.pinNone': 'None',
  'members.pinTemporary': 'Temporary',
  'members.pinSet': 'Set',
  'members.notLocked': 'Not locked',
  'members.liftLockout': 'Lift lockout',
  'members.liftLockoutFor': 'Lift lockout for {name}',
  'members.lockoutLifted': '{name} can log in again.',
  'members.resetPin': 'Reset PIN',
  'members.resetPinFor': 'Reset PIN for {name}',
  'members.resetConfirmTitle': 'Give {name} a new temporary PIN?',
  'members.resetConfirmExplain':
    'Their current PIN stops working at once. They must choose their own PIN when they next log in.',
  'members.resetConfirm': 'Give a new temporary PIN',
  'members.replace': 'Replace',
  'members.replaceFor': 'Replace {name}',
  'members.deactivate': 'Deactivate',
  'members.deactivateFor': 'Deactivate {name}',
  'members.replaceTitle': 'Replace {name}',
  'members.replaceExplain':
    'The member is deactivated (never deleted) and a new member takes the same role. Both steps are recorded with the reason.',
  'members.replacementName': 'New member’s name',
  'members.replaceSubmit': 'Replace member',
  'members.deactivateTitle': 'Deactivate {name}',
  'members.deactivateExplain':
    'The member can no longer log in. Their past actions stay recorded under their name.',
  'members.deactivateSubmit': 'Deactivate member',
  'members.reason': 'Reason',
  'members.addTitle': 'Add a member',
  'members.fullName': 'Full name',
  'members.role': 'Role',
  'members.addSubmit': 'Add member',
  'members.added': '{name} was added. Reset their PIN to give them a temporary one.',
  'members.replaced': '{old} was replaced by {name}.',
  'members.deactivated': '{name} was deactivated.',
  'members.temporaryPinFor': 'Temporary PIN for {name}:',
  'members.temporaryPinHint':
    'Give it to the member in person; they must change it at first login. It works for 3 days and is shown only now.',
  'members.temporaryPinDone': 'Done',
} as const;

export type MessageKey = keyof typeof en;
