import { bench, describe } from 'vitest';
import { generateStories } from '../fixtures/generate-stories';
import { buildIndex } from './story-search-keystrokes';

describe.each([1_000, 10_000])('story search at %i stories', (count) => {
  const { search } = buildIndex(count);
  const edited = generateStories(1, 99)[0];

  bench('first letter "j"', () => {
    search.search('j');
  });
  bench('three letters "jud"', () => {
    search.search('jud');
  });
  bench('typo "stakeholdr"', () => {
    search.search('stakeholdr');
  });
  bench('two words "billing serv"', () => {
    search.search('billing serv');
  });
  bench('filtered by value "lat" in Courage', () => {
    search.search('lat', { value: 'Courage' });
  });
  if (edited) {
    bench('upsert one edited story', () => {
      search.upsert({ ...edited, title: `${edited.title} again` });
    });
  }
});

bench(
  'build index of 1,000 stories',
  () => {
    buildIndex(1_000);
  },
  { iterations: 5 },
);
