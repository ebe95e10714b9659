// @vitest-environment jsdom
// DOMPurify needs a standards-complete DOM; happy-dom mis-sanitises, Chrome and jsdom do not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readerResultSchema } from '../../lib/clip/clip-schema';
import { extractValuesFromHtml } from '../../lib/clip/extract-values';
import { readArticle } from '../../lib/clip/read-article';

const fixture = (name: string) => readFileSync(`tests/fixtures/clip/${name}`, 'utf8');
const load = (name: string) => new DOMParser().parseFromString(fixture(name), 'text/html');
const URL = 'https://example.test/page';

function readOk(name: string) {
  const result = readerResultSchema.parse(readArticle(load(name), URL));
  if (result.status !== 'ok') throw new Error(`expected an article, got ${result.status}`);
  return result;
}

describe('reading a clipped page', () => {
  it('keeps a values page written with headings, and finds its five values', () => {
    const r = readOk('values-headings.html');
    expect(r.title).toContain('Harbor Lane');
    expect(r.text).toContain('You say the hard thing early and kindly');
    expect(r.text).not.toContain('© Harbor Lane Studios');
    expect(extractValuesFromHtml(r.html).map((v) => v.name)).toEqual([
      'Judgment',
      'Candor',
      'Ownership',
      'Curiosity',
      'Generosity',
    ]);
  });

  it('finds values written as bold lead-ins', () => {
    const values = extractValuesFromHtml(readOk('values-bold.html').html);
    expect(values.map((v) => v.name)).toEqual([
      'Judgment',
      'Selflessness',
      'Courage',
      'Communication',
      'Integrity',
    ]);
    expect(values[2]!.definition).toBe(
      'raise a concern in the room where the decision is made, and take a sensible risk when the safe path teaches nothing.',
    );
  });

  it('finds values written as a definition list', () => {
    const values = extractValuesFromHtml(readOk('values-definition-list.html').html);
    expect(values).toEqual([
      {
        name: 'Inclusion',
        definition:
          'Seek out the people who see the problem differently, and change the plan when their view shows you something you missed.',
      },
      expect.objectContaining({ name: 'Innovation' }),
      expect.objectContaining({ name: 'Impact' }),
      expect.objectContaining({ name: 'Passion' }),
    ]);
  });

  it('says a sign-in page has no article', () => {
    expect(readArticle(load('no-article.html'), URL)).toEqual({ status: 'no-article' });
  });

  it('refuses a document that is not HTML', () => {
    const doc = document.implementation.createDocument(null, 'svg', null);
    Object.defineProperty(doc, 'contentType', { value: 'application/pdf' });
    expect(readArticle(doc, URL)).toEqual({ status: 'not-html', contentType: 'application/pdf' });
  });

  it('refuses a huge page before parsing it', () => {
    const doc = load('values-headings.html');
    const count = doc.getElementsByTagName('*').length;
    const size = doc.documentElement.outerHTML.length;
    expect(readArticle(doc, URL, { elements: count - 1, html: size })).toEqual({
      status: 'too-large',
      what: 'page',
    });
    expect(readArticle(doc, URL, { elements: count, html: size - 1 })).toEqual({
      status: 'too-large',
      what: 'page',
    });
    expect(readArticle(doc, URL, { elements: count, html: size }).status).toBe('ok');
  });

  it('lets nothing from a hostile page through, and leaves the page untouched', () => {
    const doc = load('hostile.html');
    const before = doc.documentElement.outerHTML;
    const r = readOk('hostile.html');
    expect(doc.documentElement.outerHTML).toBe(before);
    for (const bad of [
      '<script',
      'onerror',
      'onclick',
      'onload',
      'javascript:',
      '<iframe',
      '<svg',
      '<img',
      'style',
      '<form',
      '<object',
      'tracker.invalid',
      'evil.invalid',
      '__pwned',
    ]) {
      expect(r.html.toLowerCase()).not.toContain(bad.toLowerCase());
      expect(r.text.toLowerCase()).not.toContain(bad.toLowerCase());
    }
    expect(r.html).toContain('<a href="https://quietfox.invalid/feedback">');
    expect(r.text).toContain('Tell the room what it does not want to hear');
    expect(extractValuesFromHtml(r.html).map((v) => v.name)).toEqual([
      'Judgment',
      'Courage',
      'Candor',
      'Ownership',
    ]);
  });
});
