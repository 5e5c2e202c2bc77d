import type { precinctListEn } from './en';

export const precinctListKk: Record<keyof typeof precinctListEn, string> = {
  'errors.precinct_query_invalid':
    'Учаскелер кестесі бұл бетті көрсете алмайды: сұрыптау, бет немесе іздеу мәтіні дұрыс емес.',
  'precinctList.search': 'Учаскені іздеу',
  'precinctList.searchHint': 'Оның нөмірі немесе атауының бір бөлігі.',
  'precinctList.pages': 'Учаскелер кестесінің беттері',
  'precinctList.none': 'Сәйкес учаске жоқ.',
  'precinctList.turnoutPage': 'Учаскелер бойынша: жоғарыдағы кестенің осы бетіндегі учаскелер.',
  'precinctList.noDevice': 'Сәйкес құрылғы жоқ.',
  'precinctList.devicePages': 'Құрылғылар кестесінің беттері',
};
