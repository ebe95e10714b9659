import { formatPath } from './format-path';

/** Keys that could reach an object's prototype if any code ever copied the data key by key. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface TreeLimits {
  maxString: number;
  maxKey: number;
  maxDepth: number;
}

interface TreeProblem {
  path: string;
  message: string;
}

/**
 * Walks parsed JSON before any schema sees it. JSON.parse turns `"__proto__"` into an own
 * property, so keys are read with Object.keys rather than `in` or lookups.
 */
export function scanJsonTree(root: unknown, limits: TreeLimits): TreeProblem | null {
  const path: PropertyKey[] = [];
  const where = () => formatPath(path) || 'the file';
  const visit = (node: unknown): TreeProblem | null => {
    if (typeof node === 'string') {
      return node.length > limits.maxString
        ? { path: where(), message: tooLong(node.length, limits.maxString) }
        : null;
    }
    if (typeof node !== 'object' || node === null) return null;
    if (path.length >= limits.maxDepth) {
      return {
        path: where(),
        message: `is nested too deeply (more than ${limits.maxDepth} levels)`,
      };
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        const problem = visit(node[i]);
        path.pop();
        if (problem) return problem;
      }
      return null;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return { path: where(), message: `the key "${key}" is not allowed in a backup` };
      }
      if (key.length > limits.maxKey) {
        return {
          path: where(),
          message: `has a property name longer than ${limits.maxKey} characters`,
        };
      }
      path.push(key);
      const problem = visit((node as Record<string, unknown>)[key]);
      path.pop();
      if (problem) return problem;
    }
    return null;
  };
  return visit(root);
}

export function tooLong(length: number, max: number): string {
  return `text is too long (${length.toLocaleString('en-US')} characters; at most ${max.toLocaleString('en-US')})`;
}
