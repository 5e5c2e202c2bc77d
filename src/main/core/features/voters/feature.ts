import { VOTER_ERROR_CODES } from '@shared/voters/voter-errors';
import type { CoreContext } from '../../context';
import type { StoredEvent } from '../../events';
import type { Db } from '../../kernel/db/database';
import { defineEvent, type FeatureDescriptor } from '../../kernel/feature';
import type { LoggedEvent } from '../../kernel/events/logged-event';
import { isListApplied } from './applied-lists';
import { voterHandlers } from './voter-handlers';
import { voterPayloadSchemas as p } from './voter-payloads';
import {
  applyVoterEvent,
  refuseSecondBallot,
  VOTER_PROJECTION_TABLES,
  type VoterEvent,
} from './voter-projections';
import { VOTERS_MIGRATIONS } from './voters-schema';

const apply = (db: Db, event: LoggedEvent) => applyVoterEvent(db, event as VoterEvent);

/**
 * The voter list: imported and checked, corrected with reasons, and the ballots issued from
 * it. A package's list and its later changes arrive before (or on behalf of) the chair.
 */
export const votersFeature = {
  name: 'voters',
  migrations: VOTERS_MIGRATIONS,
  events: {
    'voters.imported': defineEvent({
      payload: p['voters.imported'],
      authority: { actor: ['voters.import'], actorless: ['package'] },
      // Laptops that loaded one package each imported its list: it joins the list once.
      apply: (db, event) => {
        if (isListApplied(db, event as StoredEvent<'voters.imported'>)) return;
        apply(db, event);
      },
    }),
    'voter.added': defineEvent({
      payload: p['voter.added'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'voter.corrected': defineEvent({
      payload: p['voter.corrected'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'voter.removal_requested': defineEvent({
      payload: p['voter.removal_requested'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'voter.removal_decided': defineEvent({
      payload: p['voter.removal_decided'],
      authority: { actor: ['approvals'], actorless: [] },
      apply,
    }),
    'voter.absentee_certificate_issued': defineEvent({
      payload: p['voter.absentee_certificate_issued'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'voter.inquiry_answered': defineEvent({
      payload: p['voter.inquiry_answered'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'voters.sections_set': defineEvent({
      payload: p['voters.sections_set'],
      authority: { actor: ['settings.edit'], actorless: [] },
      apply,
    }),
    'ballot.issued': defineEvent({
      payload: p['ballot.issued'],
      authority: { actor: ['ballot.issue'], actorless: [] },
      apply,
      // One ballot in force per voter, kept by the log for this laptop's own ballots.
      guard: refuseSecondBallot,
    }),
    'ballot.undone': defineEvent({
      payload: p['ballot.undone'],
      authority: { actor: ['ballot.undo'], actorless: [] },
      apply,
    }),
  },
  projectionTables: [...VOTER_PROJECTION_TABLES, 'sync_applied_lists'],
  errorCodes: VOTER_ERROR_CODES,
  handlers: (ctx) =>
    voterHandlers({
      db: ctx.db,
      log: ctx.log,
      clock: ctx.clock,
      precinct: () => ctx.precinct.require(),
      member: (permission) => ctx.sessions.require(permission).memberId,
      language: () => ctx.language(),
      exclusive: (work) => ctx.exclusive(work),
      onSearchInvalidator: (invalidate) => ctx.onListChanged(invalidate),
      fileHandles: ctx.fileHandles,
    }),
} satisfies FeatureDescriptor<keyof typeof p, CoreContext>;
