/** The Electron executable, or null when its binary is not installed. */
export function electronBinary(): string | null;
/** Electron's own installer script. */
export const electronInstaller: string;
