import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// `npm test` runs the unit tests beside the typecheck, lint and builds on two cores: a view's
// findBy waits up to 5 s, not 1 s, for what a stored write brings (a plan heading missed the
// second once while two browsers ran beside it). A passing test waits no longer than it did.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  fakeBrowser.reset();
});
