// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FrameworksView } from '../../components/frameworks/frameworks-view';
import { getDb } from '../../lib/db/loopside-db';
import {
  BUILTIN_FRAMEWORK_IDS,
  BUILTIN_FRAMEWORK_NAMES,
} from '../../lib/frameworks/builtin-framework-ids';
import { builtinFrameworks } from '../../lib/frameworks/builtin-frameworks';

const pack = {
  id: 'my-team-values',
  name: 'My team values',
  source: 'Our wiki',
  values: [
    {
      id: 'ownership',
      name: 'Ownership',
      definition: 'We finish what we start.',
      prompts: ['Tell me about a time you owned a mess.'],
    },
  ],
  probes: [{ id: 'why', kind: 'principle', text: 'Which value guided you?' }],
};

const choose = (text: string, name = 'pack.json') =>
  fireEvent.change(screen.getByLabelText('Import a framework file'), {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });

describe('FrameworksView', () => {
  beforeEach(async () => {
    await getDb().frameworks.clear();
    await getDb().settings.clear();
  });
  afterEach(cleanup);

  it('knows the shipped ids without loading the packs', () => {
    expect(BUILTIN_FRAMEWORK_IDS).toEqual(builtinFrameworks.map((f) => f.id));
    expect(BUILTIN_FRAMEWORK_NAMES).toEqual(builtinFrameworks.map((f) => f.name));
  });

  it('lists the shipped frameworks', async () => {
    render(<FrameworksView />);
    await waitFor(() => expect(screen.getAllByTestId('framework-row')).toHaveLength(3));
    expect(screen.getByText('In use')).toBeTruthy();
  });

  it('imports a valid pack, then removes it', async () => {
    render(<FrameworksView />);
    choose(JSON.stringify(pack));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Added “My team values”'),
    );
    await waitFor(() => expect(screen.getAllByTestId('framework-row')).toHaveLength(4));
    expect(await getDb().frameworks.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove My team values' }));
    await waitFor(() => expect(screen.getAllByTestId('framework-row')).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getAllByTestId('framework-row')).toHaveLength(4));
    expect((await getDb().frameworks.get('my-team-values'))?.pack).toMatchObject({
      name: 'My team values',
    });
  });

  it.each([
    ['{"id": "x",', /not valid JSON at line 1, column \d+: /],
    [JSON.stringify({ ...pack, values: [] }), /values: /],
    [JSON.stringify({ ...pack, id: 'netflix-values' }), /belongs to a framework Loopside ships/],
  ])('rejects a bad pack with a clear message and stores nothing (%#)', async (text, message) => {
    render(<FrameworksView />);
    choose(text);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(message));
    expect(await getDb().frameworks.count()).toBe(0);
  });
});
