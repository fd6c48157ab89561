import type { RuleModule } from '../api';
import { noOffPlatformContact } from './no-off-platform-contact';
import { noReviewIncentive } from './no-review-incentive';

/** Platform rules the term list carries: off-platform contact and review incentives (K1–K2). */
export const rules: RuleModule[] = [noOffPlatformContact, noReviewIncentive];
