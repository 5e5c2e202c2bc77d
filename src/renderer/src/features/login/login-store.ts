import { create } from 'zustand';
import type { LoginMember } from '@shared/api';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';

export type LoginMode = 'login' | 'recover';

interface LoginState {
  members: LoginMember[] | null;
  loadError: ApiError | null;
  mode: LoginMode;
  /** A recovery code just issued by a PIN recovery, shown once. */
  newRecoveryCode: string | null;
  loadMembers: () => Promise<void>;
  setMode: (mode: LoginMode) => void;
  recovered: (recoveryCode: string) => void;
  dismissRecoveryCode: () => void;
}

export const useLoginStore = create<LoginState>()((set) => ({
  members: null,
  loadError: null,
  mode: 'login',
  newRecoveryCode: null,

  loadMembers: async () => {
    const result = await callApi('listLoginMembers', {});
    if (result.ok) set({ members: result.value, loadError: null });
    else set({ loadError: result.error });
  },

  setMode: (mode) => set({ mode }),
  recovered: (recoveryCode) => set({ newRecoveryCode: recoveryCode, mode: 'login' }),
  dismissRecoveryCode: () => set({ newRecoveryCode: null }),
}));
