import { callApi } from './precinct-client';

/**
 * The precinct's local date and time now ("2027-03-19T08:30"), as the core's clock says; empty
 * when the core cannot say (a form then asks for the moment itself).
 */
export async function localNow(): Promise<string> {
  const clock = await callApi('getClockStatus', {});
  return clock.ok ? `${clock.value.localDate}T${clock.value.localTime}` : '';
}
