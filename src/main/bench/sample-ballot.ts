import type { Ballot } from '@shared/protocol/ballot';

/** The sample election's ballot (party lists), as the bench's and the tests' packages carry it. */
export const SAMPLE_BALLOT: Ballot = {
  kind: 'election',
  questions: [
    {
      id: 'lists',
      text: {
        kk: 'Саяси партиялардың партиялық тізімдері',
        ru: 'Партийные списки политических партий',
      },
      options: [
        { id: 'aq-zhol', name: { kk: '«Ақ жол» партиясы', ru: 'Партия «Ак жол»' } },
        { id: 'auyl', name: { kk: '«Ауыл» партиясы', ru: 'Партия «Ауыл»' } },
        { id: 'respublica', name: { kk: '«Respublica» партиясы', ru: 'Партия «Respublica»' } },
      ],
    },
  ],
};
