import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

export const PIPELINE_VERSION: string = pkg.version;
