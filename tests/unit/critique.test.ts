import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { findLanguageModel } from '../../lib/browser/language-model';
import { critiqueJsonSchemas } from '../../lib/critique/critique-json-schema';
import { CRITIQUE_INSTRUCTIONS, storyPrompt } from '../../lib/critique/critique-prompt';
import { CRITIQUE_LIMITS, critiqueKinds } from '../../lib/critique/critique-schema';
import { storySource, storyWords } from '../../lib/critique/critique-sources';
import { describeModelState } from '../../lib/critique/describe-model-state';
import { isOwnWords } from '../../lib/critique/find-quote';
import { guardCritique, looksLikeNarrative } from '../../lib/critique/guard-critique';
import { checkModel } from '../../lib/critique/prompt-on-device';
import { runCritique } from '../../lib/critique/run-critique';
import { emptyStory, type Story } from '../../lib/stories/story-schema';
import { sampleProbeSuggestions, sampleStoryCritique } from '../fixtures/critique-rows';
import { quotaError, standInLanguageModel } from '../fixtures/stand-in-language-model';

const story: Story = {
  ...emptyStory('s1', 1),
  title: 'Stopped the checkout rollout',
  valueLine: 'The value I acted on was Judgment because trust mattered more than the date.',
  situation: 'Checkout errors doubled halfway through a migration with a fixed launch date.',
  task: 'I owned the release call for the payments team.',
  action: 'I think I paused the rollout and walked my director through the error budget.',
  result: 'We relaunched two weeks later with no incidents.',
  outcome: 'Checkout errors fell 38% in the following month.',
  reflection: 'I would warn sales a week before the launch.',
  values: ['Judgment'],
};
const words = storyWords(story);
const reply = (c: object = sampleStoryCritique) => JSON.stringify(c);
const input = storyPrompt({
  values: ['Judgment', 'Courage'],
  tagged: ['Judgment'],
  source: storySource(story),
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('critique schemas', () => {
  it.each(Object.keys(critiqueKinds) as (keyof typeof critiqueKinds)[])(
    'the %s JSON Schema sent to the model has exactly the zod schema’s shape',
    (kind) => {
      const { $schema: _ignored, ...generated } = z.toJSONSchema(critiqueKinds[kind]) as Record<
        string,
        unknown
      >;
      expect(critiqueJsonSchemas[kind]).toEqual(generated);
    },
  );

  it('has no field a rewritten story or scripted answer could go in, and allows no extra field', () => {
    const walk = (node: unknown, found: string[], closed: boolean[], texts: object[]) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object') {
        closed.push(n.additionalProperties === false);
        found.push(...Object.keys(n.properties as object));
      }
      if (n.type === 'string') texts.push(n);
      Object.values(n).forEach((v) => walk(v, found, closed, texts));
    };
    for (const schema of Object.values(critiqueJsonSchemas)) {
      const fields: string[] = [];
      const closed: boolean[] = [];
      const texts: object[] = [];
      walk(schema, fields, closed, texts);
      expect(closed.length).toBeGreaterThan(0);
      expect(closed.every(Boolean)).toBe(true);
      expect(
        fields.filter((f) => /story|answer|rewrit|improv|script|draft|example|version/i.test(f)),
      ).toEqual([]);
      // Every text is an enum or bounded: a long piece of prose has nowhere to go.
      for (const t of texts) {
        const bounded = 'enum' in t || ('maxLength' in t && (t.maxLength as number) <= 240);
        expect(bounded, JSON.stringify(t)).toBe(true);
      }
    }
  });
});

describe('the reply guard', () => {
  it('accepts a critique that quotes the candidate’s own words', () => {
    const result = guardCritique('story', reply(), words);
    expect(result).toMatchObject({ ok: true, droppedQuotes: 0 });
  });

  it('leaves out a quote that is not in the story and counts it', () => {
    const bad = {
      ...sampleStoryCritique,
      result: { verdict: 'yes', quote: 'revenue grew 200%', note: 'A number.' },
    };
    const result = guardCritique('story', reply(bad), words);
    expect(result.ok && result.critique.result.quote).toBe('');
    expect(result.ok && result.droppedQuotes).toBe(1);
  });

  it('refuses a reply that is not JSON, with a message', () => {
    const result = guardCritique('story', 'Here is my critique: great story!', words);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/not readable JSON/) });
  });

  it('refuses an oversized reply before parsing it', () => {
    const huge = JSON.stringify({ ...sampleStoryCritique, pad: 'x'.repeat(CRITIQUE_LIMITS.reply) });
    const result = guardCritique('story', huge, words);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /too long \([\d,]+ characters; a critique is at most 6,000\)/,
    );
  });

  it('refuses a field over its limit, saying which', () => {
    const long = {
      ...sampleStoryCritique,
      valueLine: { verdict: 'no', quote: '', note: 'n'.repeat(241) },
    };
    const result = guardCritique('story', reply(long), words);
    expect(!result.ok && result.message).toMatch(/valueLine\.note is longer than the 240 allowed/);
  });

  it('refuses a wrong shape, saying where', () => {
    const wrong = { ...sampleStoryCritique, probes: [sampleStoryCritique.probes[0]] };
    const result = guardCritique('story', reply(wrong), words);
    expect(!result.ok && result.message).toMatch(/expected shape \(probes/);
  });

  it.each(['improvedStory', 'rewrite', 'suggestedAnswer', 'script', 'betterVersion'])(
    'refuses a reply with a “%s” field anywhere, even nested',
    (field) => {
      const withField = {
        ...sampleStoryCritique,
        result: { ...sampleStoryCritique.result, [field]: 'I led the team and we shipped.' },
      };
      const result = guardCritique('story', reply(withField), words);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(/write your words for you/);
    },
  );

  it('never lets a retold story through, even inside an allowed field', () => {
    const retold = {
      ...sampleStoryCritique,
      reflection: {
        verdict: 'no',
        quote: '',
        note: 'Try: I paused the launch because I knew our customers would lose trust in us.',
      },
    };
    const result = guardCritique('story', reply(retold), words);
    expect(!result.ok && result.message).toMatch(
      /first-person story text that is not yours \(in reflection\.note\)/,
    );
  });

  it('lets a note quote the candidate’s own first-person sentence', () => {
    const own = {
      ...sampleStoryCritique,
      hedges: [
        {
          quote: 'I think I paused the rollout and walked my director through the error budget',
          note: 'You open with “I think I paused the rollout and walked my director through the error budget”.',
        },
      ],
    };
    expect(guardCritique('story', reply(own), words).ok).toBe(true);
  });

  it('tells narrative from a probe or a note', () => {
    expect(looksLikeNarrative('What did you know when you paused the rollout?', words)).toBe(false);
    expect(looksLikeNarrative('You give a reason but never name the principle.', words)).toBe(
      false,
    );
    expect(
      looksLikeNarrative('We rebuilt our pipeline and I made sure my team hit the date.', words),
    ).toBe(true);
  });

  it('checks quotes against the words, ignoring case, curly quotes and spacing', () => {
    expect(isOwnWords('“Checkout errors  fell 38%.”', words)).toBe(true);
    expect(isOwnWords('paused the rollout … error budget', words)).toBe(true);
    expect(isOwnWords('paused the launch', words)).toBe(false);
  });

  it('accepts interviewer probe suggestions quoting the notes', () => {
    const notes = 'Said we fixed it; no number; did not say what she would change.';
    const result = guardCritique('probes', JSON.stringify(sampleProbeSuggestions), [notes]);
    expect(result).toMatchObject({ ok: true, droppedQuotes: 0 });
  });
});

describe('the on-device model wrapper', () => {
  it('sends the JSON Schema as responseConstraint, the instructions as the system prompt, and destroys the session', async () => {
    const lm = standInLanguageModel({ availability: 'available', reply: reply() });
    const outcome = await runCritique(lm, 'story', input, words, { userClicked: true });
    expect(outcome).toMatchObject({ ok: true, availability: 'available' });
    expect(lm.calls.prompt).toHaveLength(1);
    expect(lm.calls.prompt[0]!.input).toBe(input);
    expect(lm.calls.prompt[0]!.options?.responseConstraint).toBe(critiqueJsonSchemas.story);
    expect(lm.calls.create[0]!.initialPrompts).toEqual([
      { role: 'system', content: CRITIQUE_INSTRUCTIONS },
    ]);
    expect(lm.calls.create[0]!.expectedInputs).toEqual([{ type: 'text', languages: ['en'] }]);
    expect(lm.calls.destroyed).toBe(1);
  });

  it('refuses malformed model output with a message and saves nothing', async () => {
    const lm = standInLanguageModel({ availability: 'available', reply: '{"values": [' });
    const outcome = await runCritique(lm, 'story', input, words, { userClicked: true });
    expect(outcome).toEqual({
      ok: false,
      reason: 'refused',
      message: expect.stringMatching(/not readable JSON.*nothing was saved/),
    });
    expect(lm.calls.destroyed).toBe(1);
  });

  it('starts no download without a click: create() is never called', async () => {
    const lm = standInLanguageModel({
      availability: 'downloadable',
      activation: true,
      reply: reply(),
    });
    const outcome = await runCritique(lm, 'story', input, words, { userClicked: false });
    expect(outcome).toMatchObject({ ok: false, reason: 'needs-click' });
    expect(!outcome.ok && outcome.message).toMatch(/only when you press the download button/);
    expect(lm.calls.create).toHaveLength(0);
  });

  it('downloads from a click, reporting progress, then critiques', async () => {
    const lm = standInLanguageModel({
      availability: 'downloadable',
      activation: true,
      reply: reply(),
    });
    const progress: number[] = [];
    const outcome = await runCritique(lm, 'story', input, words, {
      userClicked: true,
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([0, 0.4, 1]);
    expect(outcome).toMatchObject({ ok: true, availability: 'downloadable' });
    expect(await checkModel(lm)).toBe('available');
  });

  it('explains when Chrome itself refuses the download for want of a user gesture', async () => {
    const lm = standInLanguageModel({ availability: 'downloadable', activation: false });
    const outcome = await runCritique(lm, 'story', input, words, { userClicked: true });
    expect(outcome).toMatchObject({ ok: false, reason: 'needs-click' });
  });

  it('says so where the browser has no LanguageModel, or the computer cannot run it', async () => {
    expect(findLanguageModel({})).toBeNull();
    expect(findLanguageModel({ LanguageModel: { availability: 1 } })).toBeNull();
    const missing = await runCritique(null, 'story', input, words, { userClicked: true });
    expect(missing).toMatchObject({ ok: false, reason: 'missing' });
    expect(!missing.ok && missing.message).toMatch(
      /no on-device model.*Everything else in Loopside works/,
    );
    const lm = standInLanguageModel({ availability: 'unavailable' });
    const unavailable = await runCritique(lm, 'story', input, words, { userClicked: true });
    expect(unavailable).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(lm.calls.create).toHaveLength(0);
  });

  it('refuses input over the model’s quota before prompting, with the figures', async () => {
    const lm = standInLanguageModel({
      availability: 'available',
      inputQuota: 1_024,
      measure: () => 5_000,
    });
    const outcome = await runCritique(lm, 'story', input, words, { userClicked: true });
    expect(!outcome.ok && outcome.message).toBe(
      'This is too long for the on-device model (about 5,000 tokens; it takes 1,024). Shorten the longest parts and try again. Nothing was saved.',
    );
    expect(lm.calls.prompt).toHaveLength(0);
    expect(lm.calls.destroyed).toBe(1);
  });

  it('turns a QuotaExceededError from prompt() into the same message', async () => {
    const lm = standInLanguageModel({
      availability: 'available',
      promptError: quotaError(9_000, 6_000),
    });
    const outcome = await runCritique(lm, 'story', input, words, { userClicked: true });
    expect(outcome).toMatchObject({ ok: false, reason: 'too-long' });
    expect(!outcome.ok && outcome.message).toMatch(/about 9,000 tokens; it takes 6,000/);
  });

  it('stops an aborted session and says nothing was saved', async () => {
    const lm = standInLanguageModel({ availability: 'available', hang: true });
    const controller = new AbortController();
    const pending = runCritique(lm, 'story', input, words, {
      userClicked: true,
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(lm.calls.prompt).toHaveLength(1));
    controller.abort();
    expect(await pending).toEqual({
      ok: false,
      reason: 'aborted',
      message: 'Stopped. Nothing was saved.',
    });
    expect(lm.calls.destroyed).toBe(1);
  });

  it('reports other failures in words and never reaches for the network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const lm = standInLanguageModel({
      availability: 'available',
      promptError: new Error('model crashed'),
    });
    const outcome = await runCritique(lm, 'story', input, words, { userClicked: true });
    expect(!outcome.ok && outcome.message).toBe(
      'The on-device model could not answer: model crashed. Nothing was saved; try again.',
    );
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('describes every state in words', () => {
    expect(describeModelState('missing')).toBe('Not available in this browser');
    expect(describeModelState('unavailable')).toBe('Not available on this computer');
    expect(describeModelState('downloadable')).toBe('Downloadable — about 4 GB, needs your click');
    expect(describeModelState('downloading', 0.4)).toBe('Downloading 40 %');
    expect(describeModelState('available')).toBe('Ready');
  });
});
