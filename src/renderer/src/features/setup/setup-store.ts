import { create } from 'zustand';
import type { PrecinctSetup } from '@shared/api';
import type { ApiError } from '@shared/result';
import type { Role } from '@shared/roles';
import { MAX_MEMBERS } from '@shared/text-limits';
import { callApi } from '../../api/precinct-client';
import { refusedField } from '../../ui/field-problem';
import {
  initialSetupForm,
  setupErrorsFromCore,
  toMemberInputs,
  toPrecinctSetup,
  validateSetup,
  type SetupErrors,
  type SetupForm,
} from './setup-form';

interface SetupState {
  form: SetupForm;
  errors: SetupErrors;
  submitError: ApiError | null;
  busy: boolean;
  /** Set once the core has set the precinct up; shown once, then the form is forgotten. */
  done: { recoveryCode: string; precinct: PrecinctSetup } | null;
  update: (patch: Partial<SetupForm>) => void;
  addMember: () => void;
  updateMember: (key: number, patch: { fullName?: string; role?: Role }) => void;
  removeMember: (key: number) => void;
  /** Validates and sends; resolves to false when something needs the user's attention. */
  submit: () => Promise<boolean>;
}

export const useSetupStore = create<SetupState>()((set, get) => ({
  form: initialSetupForm,
  errors: {},
  submitError: null,
  busy: false,
  done: null,

  update: (patch) => set((state) => ({ form: { ...state.form, ...patch } })),

  addMember: () =>
    set((state) => {
      if (state.form.members.length >= MAX_MEMBERS) return {};
      const key = Math.max(0, ...state.form.members.map((row) => row.key)) + 1;
      const row = { key, fullName: '', role: 'member' as const };
      return { form: { ...state.form, members: [...state.form.members, row] } };
    }),

  updateMember: (key, patch) =>
    set((state) => ({
      form: {
        ...state.form,
        members: state.form.members.map((row) => (row.key === key ? { ...row, ...patch } : row)),
      },
    })),

  removeMember: (key) =>
    set((state) => ({
      form: { ...state.form, members: state.form.members.filter((row) => row.key !== key) },
    })),

  submit: async () => {
    const { form, busy } = get();
    if (busy) return false;
    const errors = validateSetup(form);
    set({ errors, submitError: null });
    if (Object.keys(errors).length > 0) return false;
    set({ busy: true });
    const precinct = toPrecinctSetup(form);
    const result = await callApi('completeSetup', {
      precinct,
      members: toMemberInputs(form),
      chairPin: form.chairPin,
      // The form is only sent once the chair has ticked the clock confirmation.
      clockConfirmed: true,
    });
    if (!result.ok) {
      // A refused field is marked at the field itself, like the form's own checks.
      const field = refusedField(result.error);
      const fieldErrors = field ? setupErrorsFromCore(field, form) : null;
      set(
        fieldErrors
          ? { busy: false, errors: fieldErrors }
          : { busy: false, submitError: result.error },
      );
      return false;
    }
    // The PINs leave memory as soon as the core has them.
    set({
      busy: false,
      form: initialSetupForm,
      done: { recoveryCode: result.value.recoveryCode, precinct },
    });
    return true;
  },
}));
