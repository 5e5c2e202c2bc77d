import { ColumnHeads } from '../../ui/ColumnHeads';
import type { MemberView } from '@shared/api';
import type { MessageKey } from '@shared/i18n';
import { roleKey } from '../../i18n/message-keys';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { useSessionStore } from '../../app-state/session-store';
import { resetPinButtonId } from './TemporaryPinNotice';

export type MemberAction = 'reset_pin' | 'lift_lockout' | 'replace' | 'deactivate';

interface MembersTableProps {
  members: MemberView[];
  canManage: boolean;
  canResetPin: boolean;
  onAction: (action: MemberAction, member: MemberView) => void;
}

function pinStateKey(member: MemberView): MessageKey {
  if (!member.hasPin) return 'members.pinNone';
  return member.mustChangePin ? 'members.pinTemporary' : 'members.pinSet';
}

/** Every member ever added (members are deactivated, never deleted), with what may be done. */
export function MembersTable({ members, canManage, canResetPin, onAction }: MembersTableProps) {
  const t = useT();
  const language = useLanguage();
  const selfId = useSessionStore((state) => state.appState?.session?.memberId);
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);

  return (
    <table className="data-table">
      <caption>{t('members.caption')}</caption>
      <ColumnHeads
        prefix="members"
        columns={['colName', 'colRole', 'colStatus', 'colPin', 'colLockedUntil', 'colActions']}
      />
      <tbody>
        {members.map((member) => {
          // Nobody resets, replaces or deactivates themself here; a chair is never deactivated.
          const others = member.active && member.id !== selfId;
          return (
            <tr key={member.id}>
              <th scope="row">{member.fullName}</th>
              <td>{t(roleKey(member.role))}</td>
              <td>
                {member.active
                  ? t('members.statusActive')
                  : member.replacedBy
                    ? t('members.statusReplaced')
                    : t('members.statusInactive')}
              </td>
              <td>{t(pinStateKey(member))}</td>
              <td>
                {member.lockedUntil
                  ? formatInstant(member.lockedUntil, timeZone, language)
                  : t('members.notLocked')}
              </td>
              <td>
                <div className="actions">
                  {member.active && member.lockedUntil && canResetPin ? (
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('members.liftLockoutFor', { name: member.fullName })}
                      onClick={() => onAction('lift_lockout', member)}
                    >
                      {t('members.liftLockout')}
                    </button>
                  ) : null}
                  {others && canResetPin ? (
                    <button
                      id={resetPinButtonId(member.id)}
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('members.resetPinFor', { name: member.fullName })}
                      onClick={() => onAction('reset_pin', member)}
                    >
                      {t('members.resetPin')}
                    </button>
                  ) : null}
                  {others && canManage ? (
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('members.replaceFor', { name: member.fullName })}
                      onClick={() => onAction('replace', member)}
                    >
                      {t('members.replace')}
                    </button>
                  ) : null}
                  {others && canManage && member.role !== 'chair' ? (
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('members.deactivateFor', { name: member.fullName })}
                      onClick={() => onAction('deactivate', member)}
                    >
                      {t('members.deactivate')}
                    </button>
                  ) : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
