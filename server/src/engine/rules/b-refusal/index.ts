import type { RuleModule } from '../api';
import { noDisclaimResponsibility } from './no-disclaim-responsibility';
import { noBluntRefusal } from './no-blunt-refusal';
import { noBareOutOfStock } from './no-bare-out-of-stock';
import { noRefuseServiceWhenAbused } from './no-refuse-service-when-abused';
import { noDismissiveBrushoff } from './no-dismissive-brushoff';
import { noSelfDiminishAuthority } from './no-self-diminish-authority';
import { offerEscalationPath } from './offer-escalation-path';
import { noPrematureConclusion } from './no-premature-conclusion';
import { noShiftBurdenToCustomer } from './no-shift-burden-to-customer';

export const rules: RuleModule[] = [
  noDisclaimResponsibility, noBluntRefusal, noBareOutOfStock, noRefuseServiceWhenAbused, noDismissiveBrushoff,
  noSelfDiminishAuthority, offerEscalationPath, noPrematureConclusion, noShiftBurdenToCustomer,
];
