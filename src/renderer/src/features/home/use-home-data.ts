import { useEffect } from 'react';
import { useQuery } from '../../api/queries';
import { usePermission } from '../../app-state/use-permission';

/** The home's figures are read again this often while it is open (and after any change). */
export const HOME_REFRESH_MS = 30_000;

/**
 * Everything the voting-day home shows, each read through the query layer (so a change made
 * anywhere refreshes it) and read again on a timer, for the changes other laptops' files bring.
 * What a role may not read is not asked for.
 */
export function useHomeData() {
  const isChair = usePermission('precinct.setup');
  const canExport = usePermission('sync.export');
  const clock = useQuery('getClockStatus', {});
  const turnout = useQuery('getTurnout', {});
  const accommodations = useQuery('getAccommodationSummary', {});
  const trips = useQuery('listHomeVotingTrips', {});
  // One row is enough: the page carries the whole log's count of observers present.
  const observers = useQuery('listInfoLog', {
    kind: 'observer',
    presentOnly: true,
    order: 'newest',
    limit: 1,
    offset: 0,
  });
  const complaints = useQuery('listInfoLog', {
    kind: 'complaint',
    complaintStatus: 'open',
    includeWithdrawn: false,
    order: 'oldest',
    limit: 5000,
    offset: 0,
  });
  const alarms = useQuery('listSyncAlarms', {}, { enabled: isChair });
  const exportState = useQuery('getSyncExportState', {}, { enabled: canExport });
  const exports = useQuery('listSyncExports', {}, { enabled: canExport });

  const queries = [clock, turnout, accommodations, trips, observers, complaints];
  const reloads = [
    ...queries,
    ...(isChair ? [alarms] : []),
    ...(canExport ? [exportState, exports] : []),
  ].map((query) => query.reload);
  const reloadKey = reloads.length;
  useEffect(() => {
    const timer = setInterval(() => {
      for (const reload of reloads) void reload();
    }, HOME_REFRESH_MS);
    return () => clearInterval(timer);
    // The reload functions are stable per query; the count changes only with the role.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reloadKey]);

  const error =
    [...queries, alarms, exportState, exports].find((query) => query.error)?.error ?? null;
  return {
    isChair,
    canExport,
    clock: clock.data,
    turnout: turnout.data,
    accommodations: accommodations.data,
    trips: trips.data,
    observers: observers.data,
    complaints: complaints.data,
    alarms: isChair ? alarms.data : null,
    exportState: canExport ? exportState.data : null,
    exports: canExport ? exports.data : null,
    error,
  };
}
