import type { RuleModule } from '../api';
import { noBlameCourier } from './no-blame-courier';
import { noRedirectToCourier } from './no-redirect-to-courier';
import { noDisclaimCourierControl } from './no-disclaim-courier-control';
import { noBlameCustomer } from './no-blame-customer';
import { noBlameOtherDepartment } from './no-blame-other-department';
import { noDenyFault } from './no-deny-fault';
import { noExcuseMaking } from './no-excuse-making';
import { externalCauseNeedsOwnership } from './external-cause-needs-ownership';

export const rules: RuleModule[] = [
  noBlameCourier, noRedirectToCourier, noDisclaimCourierControl, noBlameCustomer,
  noBlameOtherDepartment, noDenyFault, noExcuseMaking, externalCauseNeedsOwnership,
];
