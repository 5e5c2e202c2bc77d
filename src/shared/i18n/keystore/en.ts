/** PINs bound to this laptop's OS keystore, and lockouts of every secret that opens a store. */
export const keystoreEn = {
  'errors.pin_bound_to_os_keystore':
    'This PIN is bound to the installed app on this laptop and this account. Log in in the installed app on this laptop, or use the chair’s recovery code. Nothing was changed and no attempt was counted.',
} as const;
