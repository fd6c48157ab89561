import type { RuleModule } from '../api';
import { serviceFlowComplete } from './service-flow-complete';
import { complaintMustOfferRemedy } from './complaint-must-offer-remedy';
import { promiseFollowUp } from './promise-follow-up';
import { inviteReviewOrFavorite } from './invite-review-or-favorite';
import { presaleSalesGuidance } from './presale-sales-guidance';

export const rules: RuleModule[] = [serviceFlowComplete, complaintMustOfferRemedy, promiseFollowUp, inviteReviewOrFavorite, presaleSalesGuidance];
