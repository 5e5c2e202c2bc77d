/** The members feature as other parts of the core see it. */
export { membersFeature } from './feature';
export { AuthService, MAX_FAILED_ATTEMPTS, lockoutDuration } from './auth-service';
export { MembersService } from './members-service';
export { SessionGuard } from './session-guard';
export { SessionKeeper, type ActiveSession } from './session';
export { applyDoorLockouts } from './door-lockouts';
export { normaliseRecoveryCode } from './secrets';
