/**
 * Duplicate map keys, found in linear time. The `yaml` package's own `uniqueKeys` check compares
 * every new key with every earlier key of the map (quadratic: a 1 MB file of 100,000 keys takes
 * minutes), so both readers parse with `uniqueKeys: false` and call this instead. Same rule as
 * the package's (scalar keys are equal when their values are ===), same message, iterative (no
 * recursion, so 20,000-deep nesting cannot overflow the stack).
 */
import { Document, YAMLParseError, isMap, isPair, isScalar, isSeq, Node as YNode } from 'yaml';

export function addDuplicateKeyErrors(doc: Document): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const p of node.items) {
        const k = p.key as YNode | null;
        if (isScalar(k)) {
          if (seen.has(k.value)) {
            const at = k.range?.[0] ?? 0;
            doc.errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          } else seen.add(k.value);
        } else if (k) stack.push(k);
        if (p.value) stack.push(p.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
}
