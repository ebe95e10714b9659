/** The extension's one IndexedDB database. */
export const DB_NAME = 'loopside';
