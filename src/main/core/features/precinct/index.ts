/** The precinct feature as other parts of the core see it. */
export { precinctFeature } from './feature';
export { PrecinctService } from './precinct-service';
