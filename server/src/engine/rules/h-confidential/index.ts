import type { RuleModule } from '../api';

export const rules: RuleModule[] = [];
