import type { RuleModule } from '../api';
import { noBlameCourier } from './no-blame-courier';

export const rules: RuleModule[] = [noBlameCourier];
