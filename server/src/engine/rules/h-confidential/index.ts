import type { RuleModule } from '../api';
import { noLeakCompanyInfo } from './no-leak-company-info';

export const rules: RuleModule[] = [noLeakCompanyInfo];
