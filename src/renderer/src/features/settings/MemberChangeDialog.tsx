import { useState } from 'react';
import type { MemberView } from '@shared/api';
import type { MessageKey } from '@shared/i18n';
import { TEXT_LIMITS } from '@shared/text-limits';
import { useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { refusedField, textProblem } from '../../ui/field-problem';
import { ReasonField, TextField } from '../../ui/TextField';
import { refusalResult, useSubmit } from '../../ui/use-submit';
import { useErrorText } from '../../app-state/use-error-text';
import { useSettingsStore } from './settings-store';

interface MemberChangeDialogProps {
  kind: 'replace' | 'deactivate';
  member: MemberView;
  onClose: () => void;
}

interface Problems {
  name: MessageKey | null;
  reason: MessageKey | null;
}

const NO_PROBLEMS: Problems = { name: null, reason: null };

/** Replacing or deactivating a member: both need a reason, which goes into the log. */
export function MemberChangeDialog({ kind, member, onClose }: MemberChangeDialogProps) {
  const t = useT();
  const errorText = useErrorText();
  const replaceMember = useSettingsStore((state) => state.replaceMember);
  const deactivateMember = useSettingsStore((state) => state.deactivateMember);
  const [fullName, setFullName] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const { busy, error, submit } = useSubmit();

  async function send() {
    const check: Problems = {
      name: kind === 'replace' && !fullName.trim() ? 'validation.required' : null,
      reason: !reason.trim() ? 'validation.required' : null,
    };
    setProblems(check);
    if (check.name || check.reason) return;
    const done = await submit(
      async () =>
        refusalResult(
          kind === 'replace'
            ? await replaceMember(member, fullName.trim(), reason.trim())
            : await deactivateMember(member, reason.trim()),
        ),
      // The core refused one of the texts: say so at that field.
      (problem) => {
        const field = refusedField(problem);
        if (field === 'fullName' && kind === 'replace') {
          setProblems({ ...NO_PROBLEMS, name: textProblem(fullName, TEXT_LIMITS.name) });
        } else if (field === 'reason') {
          setProblems({ ...NO_PROBLEMS, reason: textProblem(reason, TEXT_LIMITS.reason) });
        } else {
          return false;
        }
        return true;
      },
    );
    if (done) onClose();
  }

  const title =
    kind === 'replace'
      ? t('members.replaceTitle', { name: member.fullName })
      : t('members.deactivateTitle', { name: member.fullName });

  return (
    <FormDialog
      title={title}
      explanation={
        kind === 'replace' ? t('members.replaceExplain') : t('members.deactivateExplain')
      }
      submitLabel={kind === 'replace' ? t('members.replaceSubmit') : t('members.deactivateSubmit')}
      busy={busy}
      error={errorText(error)}
      onSubmit={send}
      onCancel={onClose}
    >
      {kind === 'replace' ? (
        <TextField
          label={t('members.replacementName')}
          error={problems.name ? t(problems.name) : null}
          announceError
          autoComplete="off"
          maxLength={TEXT_LIMITS.name}
          value={fullName}
          onValueChange={setFullName}
        />
      ) : null}
      <ReasonField
        label={t('members.reason')}
        error={problems.reason ? t(problems.reason) : null}
        value={reason}
        onValueChange={setReason}
      />
    </FormDialog>
  );
}
