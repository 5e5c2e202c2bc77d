/** Vitest set-up: unit tests honour the test switch for the handover code's key stretching. */
import { honourTestCostSwitch } from '../../src/main/core/airgap/package-seal';

honourTestCostSwitch(process.env, { packaged: false });
