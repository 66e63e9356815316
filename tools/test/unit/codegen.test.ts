import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';

const ROOT = join(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(ROOT, 'codegen.js'));

describe('generated resolver types', () => {
  it('are what `npm run codegen` makes from the SDL now: regenerate and commit after an SDL change', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT); // the config's paths are relative to the repository root
    try {
      const outputs: { filename: string; content: string }[] = await generate({ ...config, hooks: {} }, false);
      expect(outputs.map((o) => o.filename).sort()).toEqual(Object.keys(config.generates).sort());
      for (const { filename, content } of outputs) {
        const path = join(ROOT, filename);
        const formatted = await format(content, { ...(await resolveConfig(path)), filepath: path });
        expect({ filename, stale: formatted !== readFileSync(path, 'utf8') }).toEqual({ filename, stale: false });
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
