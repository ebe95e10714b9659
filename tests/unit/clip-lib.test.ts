// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyClip } from '../../lib/clip/classify-kind';
import { judgeReaderResult } from '../../lib/clip/clip-outcome';
import { htmlToTree } from '../../lib/clip/html-tree';
import { jobTerms, termsUsed } from '../../lib/clip/job-terms';
import { plainText } from '../../lib/clip/plain-text';
import { findUnsafeMarkup } from '../../lib/clip/safe-html';
import { draftToFramework, genericPrompts } from '../../lib/clip/values-to-framework';

const postingText = () =>
  plainText(
    new DOMParser().parseFromString(
      readFileSync('tests/fixtures/clip/job-posting.html', 'utf8'),
      'text/html',
    ).body,
  );

describe('job terms', () => {
  it('picks the posting’s own words, not boilerplate', () => {
    const terms = jobTerms(postingText());
    expect(terms).toEqual(
      expect.arrayContaining(['royalty', 'kafka', 'pipelines', 'playback events']),
    );
    expect(terms.some((t) => t.includes('streaming platform'))).toBe(true);
    for (const common of ['experience', 'team', 'the', 'you', 'will', 'strong']) {
      expect(terms).not.toContain(common);
    }
  });

  it('finds a tool named once, and leaves words of any job out unless in a phrase', () => {
    const terms = jobTerms(postingText());
    expect(terms).toEqual(expect.arrayContaining(['flink', 'spark', 'sql']));
    for (const generic of ['data', 'design', 'reports', 'partners', 'conversation']) {
      expect(terms).not.toContain(generic);
    }
    expect(terms).toContain('royalty reports');
    const posting = [
      'Acme Widget Works is hiring. You will tune PostgreSQL and own data pipelines.',
      'Our data pipelines feed billing. Experience with Node.js or C++ helps.',
    ].join('\n');
    const small = jobTerms(posting);
    expect(small).toEqual(
      expect.arrayContaining(['data pipelines', 'postgresql', 'node.js', 'c++', 'billing']),
    );
    for (const notATerm of ['acme', 'widget', 'works', 'data'])
      expect(small).not.toContain(notATerm);
  });

  it('leaves out places, days, months and headings in capitals, and keeps the work', () => {
    const warehouse = [
      'Warehouse Associate',
      'Amazon is hiring warehouse associates in Columbus, Ohio. Shifts run Monday to Friday from January.',
      'You will operate forklifts, scan packages and load trailers.',
      'Forklifts and pallet jacks are used daily; scan every package before loading trailers.',
      'PERKS',
      'Weekly pay and a forklift certification.',
    ].join('\n');
    const terms = jobTerms(warehouse);
    expect(terms).toEqual(expect.arrayContaining(['forklifts', 'trailers', 'scan']));
    for (const never of ['monday', 'friday', 'january', 'perks'])
      expect(terms).not.toContain(never);
    // A place named once may close the list, never ahead of the work it repeats.
    const last = Math.max(...['forklifts', 'trailers', 'scan'].map((t) => terms.indexOf(t)));
    for (const place of ['columbus', 'ohio'])
      if (terms.includes(place)) expect(terms.indexOf(place), place).toBeGreaterThan(last);
  });

  it('marks the terms a story uses, as whole words in any case', () => {
    const terms = ['kafka', 'royalty reporting', 'flink'];
    expect(termsUsed('We moved Royalty Reporting onto KAFKA last spring.', terms)).toEqual([
      'kafka',
      'royalty reporting',
    ]);
    expect(termsUsed('Kafkaesque paperwork', terms)).toEqual([]);
  });
});

describe('the DOM-free safety check', () => {
  it.each([
    ['<p>ok <strong>bold</strong></p>', null],
    ['<a href="https://example.test/x?a=1&amp;b=2">link</a>', null],
    ['<p>text with &lt;script&gt; in it</p>', null],
    ['<script>alert(1)</script>', 'a <script> element'],
    ['<p onclick="x()">a</p>', 'a "onclick" attribute on <p>'],
    ['<a href="javascript:alert(1)">a</a>', 'a link to "javascript:alert(1)"'],
    ['<a href="jav&#x61;script:alert(1)">a</a>', 'a link to "jav&#x61;script:alert(1)"'],
    ['<p style="color:red">a</p>', 'a "style" attribute on <p>'],
    ['<img src="https://t.invalid/p.gif">', 'a <img> element'],
    ['<svg><script>1</script></svg>', 'a <svg> element'],
    ['<iframe src="https://e.invalid"></iframe>', 'a <iframe> element'],
    ['<!-- hidden -->', 'a comment or processing instruction'],
  ])('%s', (html, problem) => {
    expect(findUnsafeMarkup(html)).toBe(problem);
  });
});

describe('judging what the reader sent back', () => {
  const ok = {
    status: 'ok',
    url: 'https://careers.example.test/values',
    title: 'Our values',
    siteName: 'Example',
    excerpt: '',
    text: 'Judgment\nDecide well.',
    html: '<h2>Judgment</h2><p>Decide well.</p><h2>Candor</h2><p>Say it.</p><h2>Ownership</h2><p>Fix it.</p>',
  };
  const ctx = { id: 'c1', now: 5 };

  it('builds the row to store, with a guessed kind', () => {
    const out = judgeReaderResult(ok, ctx);
    expect(out).toEqual({
      ok: true,
      page: expect.objectContaining({ id: 'c1', clippedAt: 5, kind: 'values-page' }),
    });
  });

  it('refuses markup the sanitiser should have removed', () => {
    const out = judgeReaderResult({ ...ok, html: '<p onmouseover="x()">hi</p>' }, ctx);
    expect(out).toEqual({ ok: false, message: expect.stringMatching(/could not be made safe/) });
  });

  it('refuses a page that navigated while it was read', () => {
    const out = judgeReaderResult(ok, { ...ctx, urlAfter: 'https://careers.example.test/jobs' });
    expect(out).toEqual({ ok: false, message: expect.stringMatching(/changed while/) });
  });

  it('says why a PDF, a page with no article or a huge page is not stored', () => {
    expect(judgeReaderResult({ status: 'not-html', contentType: 'application/pdf' }, ctx)).toEqual({
      ok: false,
      message: expect.stringMatching(/PDF/),
    });
    expect(judgeReaderResult({ status: 'no-article' }, ctx)).toEqual({
      ok: false,
      message: expect.stringMatching(/No article was found/),
    });
    expect(judgeReaderResult({ status: 'too-large', what: 'page' }, ctx)).toEqual({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
    expect(judgeReaderResult(undefined, ctx)).toEqual({
      ok: false,
      message: expect.stringMatching(/could not read/),
    });
  });
});

describe('kind of page', () => {
  it('recognises a job posting from its text', () => {
    expect(
      classifyClip({
        url: 'https://example.test/jobs/42',
        title: 'Senior Data Engineer',
        text: postingText(),
        valueCount: 0,
      }),
    ).toBe('job-posting');
  });

  it('takes a values page on a careers site for a values page, not a posting', () => {
    const values = {
      title: 'Principles – Tidewater Co-op',
      text: 'Our principles. Candor: say it to their face. Ownership: every member benefits from it. Curiosity: ask.',
      valueCount: 3,
    };
    expect(classifyClip({ ...values, url: 'https://careers.tidewater.test/values' })).toBe(
      'values-page',
    );
    expect(classifyClip({ ...values, url: 'https://jobs.tidewater.test/culture' })).toBe(
      'values-page',
    );
    expect(classifyClip({ ...values, url: 'https://tidewater.test/careers/values' })).toBe(
      'values-page',
    );
    // The address of a posting still counts.
    expect(
      classifyClip({
        url: 'https://careers.tidewater.test/jobs/42',
        title: 'Data engineer',
        text: 'About the role. Benefits for every member.',
        valueCount: 0,
      }),
    ).toBe('job-posting');
  });

  it('recognises a culture memo by its address', () => {
    expect(
      classifyClip({
        url: 'https://example.test/culture',
        title: 'Culture',
        text: 'x',
        valueCount: 1,
      }),
    ).toBe('culture-memo');
  });
});

describe('rendering stored HTML as data', () => {
  it('keeps allowed tags and web links, drops the rest and its code', () => {
    expect(
      htmlToTree(
        '<h2>Candor</h2><p>Say <b>it</b> <a href="javascript:x">now</a><a href="https://e.test/">.</a></p><script>bad()</script><custom-el>kept text</custom-el>',
      ),
    ).toEqual([
      { tag: 'h2', children: ['Candor'] },
      {
        tag: 'p',
        children: [
          'Say ',
          { tag: 'b', children: ['it'] },
          ' ',
          { tag: 'a', children: ['now'] },
          { tag: 'a', href: 'https://e.test/', children: ['.'] },
        ],
      },
      'kept text',
    ]);
  });
});

describe('framework from a values page', () => {
  const draft = {
    name: 'Harbor Lane values',
    source: 'harborlane.test',
    values: [
      { name: 'Candor', definition: 'Say the hard thing early.', prompts: '' },
      {
        name: 'Ownership',
        definition: 'Finish what you start.',
        prompts: 'When did you fix something nobody owned?\n\n',
      },
    ],
  };

  it('validates like an import, with generic prompts where the user wrote none', () => {
    const out = draftToFramework(draft);
    if (!out.ok) throw new Error(out.error);
    expect(out.framework.id).toBe('clip-harbor-lane-values');
    expect(out.framework.values.map((v) => [v.id, v.prompts])).toEqual([
      ['candor', genericPrompts('Candor')],
      ['ownership', ['When did you fix something nobody owned?']],
    ]);
    expect(out.framework.probes.length).toBeGreaterThan(0);
  });

  it('names the problem when a value has no definition or the framework no name', () => {
    const out = draftToFramework({
      ...draft,
      name: ' ',
      values: [{ name: 'Candor', definition: '', prompts: '' }],
    });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error).toMatch(/name/);
      expect(out.error).toMatch(/values\[0\]\.definition/);
    }
  });

  it('refuses two values of one name rather than keeping both under different ids', () => {
    const out = draftToFramework({ ...draft, values: [draft.values[0]!, draft.values[0]!] });
    expect(out).toEqual({
      ok: false,
      error: 'values[1].name: value names must be unique: "Candor" is used twice',
    });
  });
});
