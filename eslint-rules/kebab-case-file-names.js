import path from 'node:path';

// `story-list.tsx`, `meet.content.ts`, `big-bank.browser-bench.ts`: every dot-separated part of
// a file name is kebab-case (lower-case words and digits joined by single hyphens).
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The project's file names are kebab-case (README, "Architecture"); this keeps them so. */
export const kebabCaseFileNames = {
  meta: {
    type: 'suggestion',
    docs: { description: 'File names are kebab-case.' },
    schema: [],
    messages: { name: 'File name "{{name}}" is not kebab-case (e.g. "story-list.tsx").' },
  },
  create(context) {
    return {
      Program(node) {
        const name = path.basename(context.filename);
        const parts = name.split('.').slice(0, -1);
        if (parts.length === 0 || parts.every((p) => KEBAB.test(p))) return;
        context.report({ node, messageId: 'name', data: { name } });
      },
    };
  },
};

export const loopsidePlugin = { rules: { 'kebab-case-file-names': kebabCaseFileNames } };
