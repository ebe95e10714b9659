import { useSingleKeys } from './use-single-keys';

export type PanelKeyAction =
  'toggle' | 'next' | 'skip' | 'finish' | 'use' | 'probe' | 'notes' | 'search' | 'cold';

const keyMap: Record<string, PanelKeyAction> = {
  ' ': 'toggle',
  n: 'next',
  s: 'skip',
  f: 'finish',
  u: 'use',
  c: 'cold',
  p: 'probe',
  e: 'notes',
  '/': 'search',
};

export function usePanelKeys(handler: (action: PanelKeyAction) => void): void {
  useSingleKeys(keyMap, handler);
}
