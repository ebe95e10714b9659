import { foldText } from '../search/fold-text';

/** Tags are typed by hand, so "judgment", "Judgment " and "Júdgment" all name the same value. */
export function valueNameKey(name: string): string {
  return foldText(name).trim().replace(/\s+/g, ' ');
}

export function sameValueName(a: string, b: string): boolean {
  return valueNameKey(a) === valueNameKey(b);
}
