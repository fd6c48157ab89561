/**
 * Built-in allow list: phrases that contain a trigger of some rule but are harmless as a whole.
 * An allowed phrase masks every rule hit that lies entirely inside it, never one that overlaps
 * it only in part (so it cannot hide a different violation next to it).
 */
export const BUILTIN_ALLOW: string[] = [
  '第一时间', '最后', '最晚', '最近', '最新', '最快(的)?(物流|快递)?(方式)?', '最少', '最多', '最终', '最早', '最好(是|能|不要|先|别)', '最起码',
  '不是很清楚', '是不是', '摩擦', '擦拭', '晕车', '一定程度',
];
