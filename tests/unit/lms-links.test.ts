import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/prerender';

type Pages = [route: string, html: string][];

describe('links to LMS downloads', () => {
  it('pass when the build wrote the file, and are named when it did not', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'rz-lms-'));
    mkdirSync(path.join(dist, 'lms'));
    writeFileSync(path.join(dist, 'lms', 'course.moodle.xml'), '<quiz/>');
    const pages: Pages = [
      ['/', '<a href="/course/lms/course.moodle.xml">bank</a><a href="/course/lms/missing.zip">package</a>'],
    ];
    expect(checkLinks(pages, '/course/', dist)).toEqual([
      `${path.join(dist, 'index.html')}: download "/course/lms/missing.zip" was not built`,
    ]);
  });
});
