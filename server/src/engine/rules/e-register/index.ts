import type { RuleModule } from '../api';
import { noInternetSlang } from './no-internet-slang';
import { emoticonPolicy } from './emoticon-policy';
import { qinAddressPolicy } from './qin-address-policy';
import { preferNinOverNi } from './prefer-nin-over-ni';
import { fewerWoMoreNinZanmen } from './fewer-wo-more-nin-zanmen';
import { noTemplateArtifacts } from './no-template-artifacts';
import { productNounConsistency } from './product-noun-consistency';
import { noThirdPersonCustomerReference } from './no-third-person-customer-reference';
import { conciseReply } from './concise-reply';

export const rules: RuleModule[] = [
  noInternetSlang, emoticonPolicy, qinAddressPolicy, preferNinOverNi, fewerWoMoreNinZanmen,
  noTemplateArtifacts, productNounConsistency, noThirdPersonCustomerReference, conciseReply,
];
