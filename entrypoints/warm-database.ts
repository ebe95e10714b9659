import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DB_NAME } from '../lib/db/db-name';
import { warmDatabase } from '../lib/db/warm-database';

// Named first in each extension page's <head> (async): opens the database connection while the
// page's own scripts are still loading. A few hundred bytes; no Dexie, no React.
export default defineUnlistedScript(() => warmDatabase(indexedDB, DB_NAME));
