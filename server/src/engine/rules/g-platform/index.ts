import type { RuleModule } from '../api';
import { invoiceNoRefusal } from './invoice-no-refusal';
import { invoiceNoExtraCharge } from './invoice-no-extra-charge';
import { invoiceNoPromoExclusion } from './invoice-no-promo-exclusion';
import { invoiceExcuseNeedsReissuePlan } from './invoice-excuse-needs-reissue-plan';
import { invoiceCategoryAndEntityMatch } from './invoice-category-and-entity-match';
import { invoiceTitleCompanyOrPersonal } from './invoice-title-company-or-personal';
import { freeShippingNoSurcharge } from './free-shipping-no-surcharge';
import { creditCardMustAccept } from './credit-card-must-accept';
import { creditCardNoSurcharge } from './credit-card-no-surcharge';
import { codMustHonor } from './cod-must-honor';
import { noLeakBuyerInfo } from './no-leak-buyer-info';
import { noUnilateralOrderClose } from './no-unilateral-order-close';
import { sevenDayReturnNoRefusal } from './seven-day-return-no-refusal';
import { sevenDayReturnShippingWording } from './seven-day-return-shipping-wording';
import { qualityIssueSellerPaysShipping } from './quality-issue-seller-pays-shipping';
import { afterSalesWindow30d } from './after-sales-window-30d';
import { noOffPlatformPayment } from './no-off-platform-payment';
import { reviewReplyPublicRules } from './review-reply-public-rules';

/** Catalog §8, G1–G19 in order. G11 `cod-no-false-ship-time` needs order metadata only (not implemented). */
export const rules: RuleModule[] = [
  invoiceNoRefusal, invoiceNoExtraCharge, invoiceNoPromoExclusion, invoiceExcuseNeedsReissuePlan, invoiceCategoryAndEntityMatch,
  invoiceTitleCompanyOrPersonal, freeShippingNoSurcharge, creditCardMustAccept, creditCardNoSurcharge, codMustHonor,
  noLeakBuyerInfo, noUnilateralOrderClose, sevenDayReturnNoRefusal, sevenDayReturnShippingWording, qualityIssueSellerPaysShipping,
  afterSalesWindow30d, noOffPlatformPayment, reviewReplyPublicRules,
];
