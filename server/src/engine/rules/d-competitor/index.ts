import type { RuleModule } from '../api';
import { noDisparageCompetitor } from './no-disparage-competitor';
import { noSendCustomerElsewhere } from './no-send-customer-elsewhere';
import { priceValueCliche } from './price-value-cliche';

export const rules: RuleModule[] = [noDisparageCompetitor, noSendCustomerElsewhere, priceValueCliche];
