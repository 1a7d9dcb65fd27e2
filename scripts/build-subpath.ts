#!/usr/bin/env -S npx tsx
// A second build hosted under a sub-path, so the tests prove links and assets respect BASE_PATH.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: '/courses/virt/', OUT_DIR: 'dist-subpath' },
});
process.exit(result.status ?? 1);
