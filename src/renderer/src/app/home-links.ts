import { assertNever } from '@shared/result';
import type { HomeTarget } from '../features/home/HomeScreen';
import { useVotersNavStore } from '../features/voters/voters-store';
import { useNavStore } from './nav-store';

/** Where each card of the voting-day home leads: a section, and its view where it has one. */
export function goFromHome(target: HomeTarget): void {
  const go = useNavStore.getState().go;
  switch (target) {
    case 'turnout':
      useVotersNavStore.getState().go('turnout');
      return go('voters');
    case 'homeVoting':
      return go('accommodations');
    case 'observers':
    case 'complaints':
      return go('infolog');
    case 'sync':
      return go('sync');
    default:
      return assertNever(target);
  }
}
