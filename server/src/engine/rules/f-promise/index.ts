import type { RuleModule } from '../api';
import { noExaggeration } from './no-exaggeration';
import { noRashDeliveryPromise } from './no-rash-delivery-promise';
import { noBlanketYes } from './no-blanket-yes';
import { commitmentsMustBeTrackable } from './commitments-must-be-trackable';
import { urgencyClaimsMustBeTrue } from './urgency-claims-must-be-true';
import { noSobStoryPressure } from './no-sob-story-pressure';

export const rules: RuleModule[] = [
  noExaggeration, noRashDeliveryPromise, noBlanketYes, commitmentsMustBeTrackable, urgencyClaimsMustBeTrue, noSobStoryPressure,
];
