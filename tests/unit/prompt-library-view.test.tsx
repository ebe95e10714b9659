// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PromptLibrary } from '../../components/library/prompt-library';
import { getDb } from '../../lib/db/loopside-db';
import { shippedSigns } from '../../lib/frameworks/evidence-signs';

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.settings.clear(), db.frameworks.clear(), db.sessions.clear()]);
});

afterEach(() => {
  cleanup();
});

function valueArticle(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

describe('PromptLibrary', () => {
  it('shows what strong and weak evidence sounds like for a Netflix value', async () => {
    render(<PromptLibrary onOpenPanel={() => {}} />);
    await screen.findByRole('heading', { name: 'Judgment' });
    const judgment = valueArticle('Judgment');
    const signs = within(judgment).getByRole('region', {
      name: 'What evidence of Judgment sounds like',
    });
    const expected = shippedSigns('netflix-values', 'judgment');
    expect(expected).toBeTruthy();

    const strong = within(signs).getByRole('heading', { name: 'Strong evidence sounds like' });
    const weak = within(signs).getByRole('heading', { name: 'Weak evidence sounds like' });
    expect(strong.tagName).toBe('H4');
    const strongItems = within(strong.parentElement!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const weakItems = within(weak.parentElement!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(strongItems).toEqual(expected!.strong);
    expect(weakItems).toEqual(expected!.weak);
    expect(strongItems).toContain('Names the options they weighed and what each would have cost');
    expect(weakItems).toContain('Describes the outcome but never the choice behind it');
    expect(within(signs).queryByText(/General signs/)).toBeNull();
  });

  it('gives every value its own signs', async () => {
    render(<PromptLibrary onOpenPanel={() => {}} />);
    await screen.findByRole('heading', { name: 'Judgment' });
    const regions = screen.getAllByRole('region', { name: /^What evidence of .+ sounds like$/ });
    const names = regions.map((r) => r.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
    expect(regions.length).toBe(screen.getAllByRole('article').length);
  });
});

describe('PromptLibrary marks', () => {
  it('names each Drill and Leave out button after its prompt and keeps the visible text', async () => {
    render(<PromptLibrary onOpenPanel={() => {}} />);
    await screen.findByRole('heading', { name: 'Judgment' });
    const judgment = valueArticle('Judgment');
    const drills = within(judgment).getAllByRole('button', { name: /^Drill: / });
    const outs = within(judgment).getAllByRole('button', { name: /^Leave out: / });
    const prompts = within(judgment)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('library__prompt'));
    expect(drills.length).toBe(prompts.length);
    expect(outs.length).toBe(prompts.length);
    const allNames = screen
      .getAllByRole('button', { name: /^(Drill|Leave out): / })
      .map((b) => b.getAttribute('aria-label'));
    expect(new Set(allNames).size).toBe(allNames.length);
    for (const b of drills) expect(b.textContent).toBe('Drill');
    for (const b of outs) expect(b.textContent).toBe('Leave out');
    const first = prompts[0]!.querySelector('p')!.textContent!;
    expect(drills[0]!.getAttribute('aria-label')).toBe(`Drill: ${first}`);
  });

  it('marks a prompt to drill and shows it on the prompt', async () => {
    render(<PromptLibrary onOpenPanel={() => {}} />);
    await screen.findByRole('heading', { name: 'Judgment' });
    const drill = within(valueArticle('Judgment')).getAllByRole('button', { name: /^Drill: / })[0]!;
    expect(drill.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(drill);
    await waitFor(() => expect(drill.getAttribute('aria-pressed')).toBe('true'));
    expect(within(valueArticle('Judgment')).getByText('(marked to drill)')).toBeTruthy();
  });
});
