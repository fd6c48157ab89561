import type { RuleModule } from '../api';
import { greetOnFirstReply } from './greet-on-first-reply';
import { greetingSelfIdentify } from './greeting-self-identify';
import { courtesyVocabulary } from './courtesy-vocabulary';
import { politeRequests } from './polite-requests';
import { holdNotice } from './hold-notice';
import { apologizeForWait } from './apologize-for-wait';
import { apologizeOnComplaint } from './apologize-on-complaint';
import { thankCustomer } from './thank-customer';
import { properClosing } from './proper-closing';
import { askFurtherNeedsAtClose } from './ask-further-needs-at-close';
import { sootheBeforeSolve } from './soothe-before-solve';

export const rules: RuleModule[] = [
  greetOnFirstReply, greetingSelfIdentify, courtesyVocabulary, politeRequests, holdNotice, apologizeForWait,
  apologizeOnComplaint, thankCustomer, properClosing, askFurtherNeedsAtClose, sootheBeforeSolve,
];
