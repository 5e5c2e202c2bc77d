import type { ApiHandlers } from '@shared/api';
import { DomainError } from '@shared/result';
import type { Permission } from '@shared/roles';
import type { syncOperations } from '@shared/sync/sync-contract';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { EventLog } from '../../events';
import type { EventRegistry } from '../../kernel/events/registry';
import type { DoorKeeper } from '../../kernel/at-rest/door-keeper';
import { PACKAGE_FILE_EXTENSION, SYNC_FILE_EXTENSION } from '../../airgap/file-endings';
import { checkTarget, type FileHandles } from '../files';
import type { AuthService } from '../members';
import type { MembersService } from '../members';
import type { ActiveSession } from '../members';
import type { PrecinctService } from '../precinct';
import { SyncAlarms } from './alarms';
import { handoverSecret } from './handover-secret';
import { ExportService } from './export-service';
import { PackageService } from './package-loader';
import { PeerImport } from './peer-import';
import { activeChairs, chairPinPending, readKeys } from './sync-store';

type SyncOperation = keyof typeof syncOperations;

export interface SyncContext {
  db: Db;
  log: EventLog;
  clock: Clock;
  precinct: PrecinctService;
  members: MembersService;
  auth: AuthService;
  requireSession: (permission?: Permission) => ActiveSession;
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** Lets the recovery code be saved before the chair's first login (as after setup). */
  grantFileAccess: () => void;
  /** The voter list changed outside the voter screens: caches over it start again. */
  listChanged: () => void;
  /** A sync file was exported (the backup follows). */
  exported?: () => void;
  /** Empties the read tables and replays the whole log. */
  rebuildProjections: () => void;
  /** Every event type's declaration (peer files are re-authorised by it). */
  registry: EventRegistry;
  /**
   * The files chosen by handle (features/files): packages and peers' sync files are read
   * through them, this laptop's sync files written through one.
   */
  fileHandles: Pick<FileHandles, 'take' | 'resolveAll'>;
  /** The store's door (kernel/at-rest): the handover code seals a store loaded at first run. */
  door: Pick<
    DoorKeeper,
    'sealed' | 'addSecrets' | 'closePrecinct' | 'closed' | 'wrapForCommission'
  >;
}

/** The precinct side of sync, over the services of src/main/core/sync. */
export function syncHandlers(ctx: SyncContext): Pick<ApiHandlers, SyncOperation> {
  const { db, log, clock } = ctx;
  const packages = new PackageService(db, log, clock, ctx.precinct, ctx.members, ctx.door);
  const exports = new ExportService(db, clock);
  const alarms = new SyncAlarms(db, log, clock);
  const peers = new PeerImport(
    db,
    clock,
    alarms,
    ctx.rebuildProjections,
    ctx.registry,
    log.deviceId,
  );

  /** A package is read only through a read handle for a `.pdpkg` (reusable: preview, load). */
  function packagePath(handle: string): string {
    return ctx.fileHandles.take(handle, 'read', [PACKAGE_FILE_EXTENSION]).path;
  }

  /** At first run anyone at the laptop loads the package; afterwards only the chair. */
  function packageActor(): string | null {
    if (!ctx.precinct.isSetUp()) return null;
    return ctx.requireSession('precinct.setup').memberId;
  }

  return {
    getPackageState: () => {
      const keys = readKeys(db);
      const pending = chairPinPending(db);
      return {
        loaded: keys !== null,
        pendingChairPin: pending,
        electionId: keys?.election_id ?? null,
        precinctId: keys?.precinct_id ?? null,
        revision: keys?.revision ?? null,
        centralFingerprint: keys?.central_fingerprint ?? null,
        chairs: pending ? activeChairs(db) : [],
      };
    },
    previewPackage: ({ handle, handoverCode }) => {
      packageActor();
      return packages.preview(packagePath(handle), handoverCode);
    },
    loadPackage: ({ handle, handoverCode, centralFingerprint, slot }) => {
      const actor = packageActor();
      const path = packagePath(handle);
      return ctx.exclusive(async () => {
        // A store no secret sealed yet is sealed by the handover code (until the chair's PIN)
        // before the list is written, so a kill during the load leaves no voter behind a key
        // in clear. The code is checked first: a wrong one seals nothing.
        if (!ctx.door.sealed) {
          await packages.preview(path, handoverCode);
          await ctx.door.addSecrets([
            { kind: 'handover_code', memberId: null, secret: handoverSecret(handoverCode) },
          ]);
        }
        const result = await packages.load(
          path,
          handoverCode,
          actor,
          'app',
          centralFingerprint,
          slot,
        );
        ctx.listChanged();
        return result;
      });
    },
    setPackageChairPin: async ({ memberId, pin }) => {
      if (!chairPinPending(db)) {
        throw new DomainError('chair_pin_not_pending', 'The chair has a PIN already');
      }
      if (!activeChairs(db).some((c) => c.memberId === memberId)) {
        throw new DomainError('member_not_found', 'Only the chair sets the first PIN');
      }
      const secrets = await ctx.auth.newChairSecrets(pin);
      db.transaction(() => {
        // Re-checked inside the transaction: two attempts racing must not both succeed.
        if (!chairPinPending(db)) {
          throw new DomainError('chair_pin_not_pending', 'The chair has a PIN already');
        }
        ctx.auth.storeChairSecrets(memberId, secrets.pinHash, secrets.codeHash, 'initial');
        const status = ctx.precinct.clockStatus(ctx.precinct.require().timeZone);
        log.record('clock.confirmed', memberId, {
          local_date: status.localDate,
          local_time: status.localTime,
          time_zone: status.timeZone,
        });
      }).immediate();
      await ctx.auth.sealChairSecrets(memberId, pin, secrets.code);
      ctx.grantFileAccess();
      return { recoveryCode: secrets.code };
    },
    exportSyncFile: async ({ handle, full }) => {
      const actor = ctx.requireSession('sync.export').memberId;
      const { path, replace } = ctx.fileHandles.take(handle, 'write', [SYNC_FILE_EXTENSION]);
      await checkTarget(path, replace, [SYNC_FILE_EXTENSION]);
      const record = await exports.export(path, full, actor);
      ctx.exported?.();
      return record;
    },
    listSyncExports: () => {
      ctx.requireSession('sync.export');
      return exports.history();
    },
    getSyncExportState: () => {
      ctx.requireSession('sync.export');
      return exports.pending();
    },
    importPeerFiles: ({ handles }) => {
      ctx.requireSession('precinct.setup');
      const chosen = ctx.fileHandles.resolveAll(handles, {
        purposes: ['read'],
        extensions: [SYNC_FILE_EXTENSION],
      });
      const files = peers.importFiles(chosen.map((file) => file.path));
      ctx.listChanged();
      return { files, alarms: alarms.list() };
    },
    listSyncAlarms: () => {
      ctx.requireSession('precinct.setup');
      return alarms.list();
    },
    decideSyncAlarm: ({ alarmId, decision }) =>
      alarms.decide(alarmId, decision, ctx.requireSession('precinct.setup').memberId),
  };
}
