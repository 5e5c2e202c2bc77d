import { useState } from 'react';
import type { MemberView } from '../../../../shared/api';
import type { ApiError } from '../../../../shared/result';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useErrorText } from '../session/use-error-text';
import { AddMemberForm } from './AddMemberForm';
import { MemberChangeDialog } from './MemberChangeDialog';
import { MembersTable, type MemberAction } from './MembersTable';
import { useSettingsStore } from './settings-store';
import { TemporaryPinNotice } from './TemporaryPinNotice';

interface MembersPanelProps {
  canManage: boolean;
  canResetPin: boolean;
}

/** The chair's view of the commission: members, their PIN state, and changes to both. */
export function MembersPanel({ canManage, canResetPin }: MembersPanelProps) {
  const t = useT();
  const errorText = useErrorText();
  const members = useSettingsStore((state) => state.members);
  const membersError = useSettingsStore((state) => state.membersError);
  const resetPin = useSettingsStore((state) => state.resetPin);
  const [dialog, setDialog] = useState<{ kind: 'replace' | 'deactivate'; member: MemberView }>();
  const [actionError, setActionError] = useState<ApiError | null>(null);

  async function act(action: MemberAction, member: MemberView) {
    setActionError(null);
    if (action === 'reset_pin') setActionError(await resetPin(member));
    else setDialog({ kind: action, member });
  }

  return (
    <section className="settings-section" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.title')}</h2>
      <ErrorAlert message={errorText(membersError)} />
      <TemporaryPinNotice />
      <ErrorAlert message={errorText(actionError)} />
      {members ? (
        <MembersTable
          members={members}
          canManage={canManage}
          canResetPin={canResetPin}
          onAction={(action, member) => void act(action, member)}
        />
      ) : null}
      {canManage ? <AddMemberForm /> : null}
      {dialog ? (
        <MemberChangeDialog
          kind={dialog.kind}
          member={dialog.member}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
    </section>
  );
}
