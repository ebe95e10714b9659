import { describe, expect, it } from 'vitest';
import { describeInjectError } from '../../lib/browser/clip-tab';

const askOnPage = /right-click the page and choose “Clip this page to Loopside”/;
const browserPage = /Browser pages, the extension store and PDFs/;

describe('why a page could not be clipped', () => {
  it('asks for the grant on the page when the browser says the host was not granted', () => {
    // Chrome's words when the panel's click gave no access to the tab.
    const chrome = new Error(
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    );
    expect(describeInjectError(chrome)).toMatch(askOnPage);
    expect(describeInjectError(new Error('Missing host permission for the tab'))).toMatch(
      askOnPage,
    );
  });

  it('names browser pages and the store as pages that cannot be read at all', () => {
    expect(describeInjectError(new Error('Cannot access a chrome:// URL'))).toMatch(browserPage);
    expect(describeInjectError(new Error('The extensions gallery cannot be scripted.'))).toMatch(
      browserPage,
    );
    expect(describeInjectError(new Error('Cannot access contents of url "about:blank"'))).toMatch(
      browserPage,
    );
  });

  it('says how to allow a file opened from this computer', () => {
    const file = new Error(
      'Cannot access contents of url "file:///home/me/job.html". Extension manifest must request permission to access this host.',
    );
    expect(describeInjectError(file)).toMatch(/Allow access to file URLs/);
  });

  it('says when the tab closed, and otherwise to reload and try again', () => {
    expect(describeInjectError(new Error('No tab with id: 12.'))).toMatch(/tab closed/);
    expect(describeInjectError(new Error('Frame was removed'))).toMatch(/Reload it and try again/);
  });
});
