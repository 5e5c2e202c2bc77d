import { useState } from 'react';
import type { MemberView } from '@shared/api';
import type { ApiError } from '@shared/result';
import { useT } from '../../i18n/use-t';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useErrorText } from '../../app-state/use-error-text';
import { AddMemberForm } from './AddMemberForm';
import { MemberChangeDialog } from './MemberChangeDialog';
import { MembersTable, type MemberAction } from './MembersTable';
import { useSettingsStore } from './settings-store';
import { MEMBERS_HEADING_ID, TemporaryPinNotice } from './TemporaryPinNotice';

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
  const liftLockout = useSettingsStore((state) => state.liftLockout);
  const [dialog, setDialog] = useState<{ kind: 'replace' | 'deactivate'; member: MemberView }>();
  // A reset makes the member's PIN stop working at once, so it is confirmed first.
  const [resetTarget, setResetTarget] = useState<MemberView | null>(null);
  const [resetBusy, setResetBusy] = useState(false);
  const [resetError, setResetError] = useState<ApiError | null>(null);
  const [liftError, setLiftError] = useState<ApiError | null>(null);

  function act(action: MemberAction, member: MemberView) {
    if (action === 'lift_lockout') {
      setLiftError(null);
      void liftLockout(member).then((problem) => {
        setLiftError(problem);
        // The button is gone once the lockout is lifted: focus stays in the section.
        if (!problem) document.getElementById(MEMBERS_HEADING_ID)?.focus();
      });
    } else if (action === 'reset_pin') {
      setResetError(null);
      setResetTarget(member);
    } else {
      setDialog({ kind: action, member });
    }
  }

  async function confirmReset() {
    if (!resetTarget || resetBusy) return;
    setResetBusy(true);
    setResetError(null);
    const problem = await resetPin(resetTarget);
    setResetBusy(false);
    if (problem) setResetError(problem);
    else setResetTarget(null);
  }

  return (
    <section className="settings-section" aria-labelledby={MEMBERS_HEADING_ID}>
      <h2 id={MEMBERS_HEADING_ID} tabIndex={-1}>
        {t('members.title')}
      </h2>
      <ErrorAlert message={errorText(membersError)} />
      <ErrorAlert message={errorText(liftError)} />
      <TemporaryPinNotice />
      {members ? (
        <MembersTable
          members={members}
          canManage={canManage}
          canResetPin={canResetPin}
          onAction={act}
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
      {resetTarget ? (
        <ConfirmDialog
          title={t('members.resetConfirmTitle', { name: resetTarget.fullName })}
          explanation={t('members.resetConfirmExplain')}
          confirmLabel={t('members.resetConfirm')}
          busy={resetBusy}
          error={errorText(resetError)}
          onConfirm={() => void confirmReset()}
          onCancel={() => setResetTarget(null)}
        />
      ) : null}
    </section>
  );
}
