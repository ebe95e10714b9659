import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readArticle } from '../lib/clip/read-article';

// Injected on request only (scripting.executeScript); its return value is the reader's result,
// which the extension validates before storing anything.
export default defineUnlistedScript(() => readArticle(document, location.href));
