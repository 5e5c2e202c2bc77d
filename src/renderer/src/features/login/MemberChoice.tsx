import { FieldError } from '../../ui/Field';
import { useId } from 'react';
import type { LoginMember } from '@shared/api';
import { roleKey } from '../../i18n/message-keys';
import { useT } from '../../i18n/use-t';

interface MemberChoiceProps {
  members: LoginMember[];
  selected: string | null;
  onSelect: (memberId: string) => void;
  error: string | null;
}

/** Radio buttons with each member's name; those without a PIN are shown but cannot be chosen. */
export function MemberChoice({ members, selected, onSelect, error }: MemberChoiceProps) {
  const t = useT();
  const id = useId();
  return (
    <fieldset
      className="choice-group member-choice"
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{t('login.whoAreYou')}</legend>
      {members.map((member) => {
        const inputId = `${id}-${member.id}`;
        return (
          <div key={member.id} className="choice">
            <input
              type="radio"
              id={inputId}
              name={`${id}-member`}
              value={member.id}
              checked={selected === member.id}
              disabled={!member.hasPin}
              aria-describedby={`${inputId}-about`}
              onChange={() => onSelect(member.id)}
            />
            <label htmlFor={inputId}>{member.fullName}</label>
            <span id={`${inputId}-about`} className="choice-note">
              {member.hasPin
                ? t(roleKey(member.role))
                : `${t(roleKey(member.role))}: ${t('login.noPinYet')}`}
            </span>
          </div>
        );
      })}
      <FieldError id={`${id}-error`} error={error} announce />
    </fieldset>
  );
}
