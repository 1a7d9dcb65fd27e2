#!/usr/bin/env -S npx tsx
// Make sure the end-to-end tests have a Chromium: CHROME_PATH, Playwright's own, or the system's.
// On a fresh Debian machine with none, install Debian's chromium when we can (root); otherwise
// stop and say exactly how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserPath } from './browser';

function found() {
  try {
    return browserPath();
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}

let path = found();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
    path = found();
  }
}
if (!path) {
  console.error(
    [
      'The end-to-end tests need Chromium and none was found.',
      'Get one of these, then run the tests again:',
      '  • Debian/Ubuntu: sudo apt-get install -y chromium',
      '  • or point CHROME_PATH at an installed Chrome/Chromium: CHROME_PATH=/path/to/chrome npm test',
      '  • or, where downloads are allowed: npx playwright install chromium',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Using Chromium at ${path}`);
