import type { RuleModule } from '../api';
import { noArgue } from './no-argue';
import { noRulesLawyering } from './no-rules-lawyering';
import { noInterrogate } from './no-interrogate';
import { noSarcasm } from './no-sarcasm';
import { noCondescension } from './no-condescension';
import { noColdMechanicalTone } from './no-cold-mechanical-tone';
import { noVerbalConflict } from './no-verbal-conflict';
import { noInternalCustomerLabels } from './no-internal-customer-labels';
import { noMinimizeCustomerConcern } from './no-minimize-customer-concern';
import { noHardSellPressure } from './no-hard-sell-pressure';

export const rules: RuleModule[] = [
  noArgue, noRulesLawyering, noInterrogate, noSarcasm, noCondescension,
  noColdMechanicalTone, noVerbalConflict, noInternalCustomerLabels, noMinimizeCustomerConcern, noHardSellPressure,
];
