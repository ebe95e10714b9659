import { describe, expect, it } from 'vitest';
import { startChunk, type ModuleInfoLike } from '../../scripts/start-chunk';

/** A module graph: each module with the modules that import it statically (and with import()). */
function graph(
  importers: Record<string, string[]>,
  entries: string[],
  dynamicImporters: Record<string, string[]> = {},
) {
  const info = (id: string): ModuleInfoLike | null =>
    id in importers
      ? {
          isEntry: entries.includes(id),
          importers: importers[id]!,
          dynamicImporters: dynamicImporters[id] ?? [],
          importedIds: Object.keys(importers).filter((m) => importers[m]!.includes(id)),
        }
      : null;
  const chunkOf = startChunk();
  return (id: string) => chunkOf(id, { getModuleInfo: info });
}

const panel = '/src/entrypoints/sidepanel/index.html';
const ws = '/src/entrypoints/workspace/index.html';

describe('one start chunk per set of pages', () => {
  const chunkOf = graph(
    {
      [panel]: [],
      [ws]: [],
      // Each page's own script.
      'panel-main.tsx': [panel],
      'ws-main.tsx': [ws],
      // A script both pages' HTML loads.
      'plugins.ts': [panel, ws],
      'react.js': ['app-shell.tsx'],
      'app-shell.tsx': ['panel-main.tsx', 'ws-main.tsx'],
      'panel-app.tsx': ['panel-main.tsx'],
      'panel.css': ['panel-main.tsx'],
      // Statically imported by the panel and by a chunk that only loads later.
      'limits.ts': ['panel-app.tsx', 'lazy-signals.ts'],
      'lazy-signals.ts': [],
      // Two modules that import each other, under the workspace.
      'a.ts': ['ws-main.tsx', 'b.ts'],
      'b.ts': ['a.ts'],
      // Workspace start code that the panel loads lazily, and workspace code that imports it.
      'history.tsx': ['ws-main.tsx'],
      'ws-app.tsx': ['ws-main.tsx'],
      'ws-view.tsx': ['ws-app.tsx'],
      'days-left.tsx': ['ws-view.tsx'],
      // Workspace-only code.
      'story-list.tsx': ['ws-main.tsx'],
    },
    [panel, ws],
    {
      'lazy-signals.ts': ['panel-app.tsx'],
      'history.tsx': ['panel-app.tsx'],
      'days-left.tsx': ['panel-app.tsx'],
    },
  );

  it('puts code both pages load at start in one chunk, named for them', () => {
    expect(chunkOf('react.js')).toBe('start-sidepanel+workspace');
    expect(chunkOf('app-shell.tsx')).toBe('start-sidepanel+workspace');
    expect(chunkOf('plugins.ts')).toBe('start-sidepanel+workspace');
  });

  it('keeps a page’s own start code together, even where a lazy chunk shares it', () => {
    expect(chunkOf('panel-app.tsx')).toBe('start-sidepanel');
    expect(chunkOf('limits.ts')).toBe('start-sidepanel');
    expect(chunkOf('story-list.tsx')).toBe('start-workspace');
  });

  it('leaves page scripts, styles, later code and unknown modules to Rollup', () => {
    expect(chunkOf('panel-main.tsx')).toBeUndefined();
    expect(chunkOf(panel)).toBeUndefined();
    expect(chunkOf('panel.css')).toBeUndefined();
    expect(chunkOf('lazy-signals.ts')).toBeUndefined();
    expect(chunkOf('virtual:nothing')).toBeUndefined();
  });

  it('gives one page’s start code that another page loads lazily a chunk of its own', () => {
    expect(chunkOf('history.tsx')).toBe('start-workspace-lent-sidepanel');
    expect(chunkOf('days-left.tsx')).toBe('start-workspace-lent-sidepanel');
    expect(chunkOf('ws-view.tsx')).toBe('start-workspace');
  });

  it('follows import cycles without looping', () => {
    expect(chunkOf('b.ts')).toBe('start-workspace');
    expect(chunkOf('a.ts')).toBe('start-workspace');
  });
});
