// `npm run gen:providers`: writes docs/providers.md from the provider catalogue (compiled by tsc into out/).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { providersMarkdown } = require('../out/src/core/mx/providers/markdown.js');
writeFileSync(new URL('../docs/providers.md', import.meta.url), providersMarkdown());
