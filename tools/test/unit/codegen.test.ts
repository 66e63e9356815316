import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js');

describe('generated resolver types', () => {
  it('are what `npm run codegen` makes from the SDL now: regenerate and commit after an SDL change', () => {
    // --check generates in memory and exits 1 naming every file that would change.
    const run = spawnSync(process.execPath, [CLI, '--config', 'codegen.js', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}${run.stderr}` }).toEqual({
      status: 0,
      output: '',
    });
  });
});
