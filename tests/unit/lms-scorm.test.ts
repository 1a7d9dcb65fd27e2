import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExport, type LoadedChapter } from '../../scripts/lms/export-model';
import { correctAnswer, fits, isRight, startingOrder, toInteraction } from '../../scripts/lms/runtime/grade';
import { findApi, formatResponse, type FrameLike } from '../../scripts/lms/runtime/scorm-api';
import { decodeSuspend, encodeSuspend } from '../../scripts/lms/runtime/suspend';
import { buildPackages, type BuiltPackage } from '../../scripts/lms/scorm-package';

let chapters: LoadedChapter[];
let packages: BuiltPackage[];
beforeAll(async () => {
  chapters = await loadExport(process.cwd());
  packages = await buildPackages(process.cwd(), chapters, undefined);
}, 120_000);

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'resource', 'file', 'dependency'].includes(name),
});
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

interface Resource {
  '@_identifier': string;
  '@_href'?: string;
  '@_adlcp:scormtype'?: string;
  '@_adlcp:scormType'?: string;
  file: { '@_href': string }[];
  dependency?: { '@_identifierref': string }[];
}

describe('SCORM packages', () => {
  it('exist for every chapter and the course, in SCORM 1.2 and 2004', () => {
    expect(packages.map((p) => p.file).sort()).toEqual(
      ['ring-zero-course', ...chapters.map((c) => c.slug)]
        .flatMap((s) => [`${s}.scorm12.zip`, `${s}.scorm2004.zip`])
        .sort(),
    );
  });

  it('have a manifest with the required elements that lists every file in the zip, and only those', () => {
    for (const p of packages) {
      const files = unzipSync(p.bytes);
      const m = parser.parse(text(files['imsmanifest.xml'])).manifest;
      expect(m['@_identifier'], p.file).toMatch(/^ring-zero-/);
      expect(m.metadata.schema).toBe('ADL SCORM');
      expect(String(m.metadata.schemaversion)).toBe(p.edition === '1.2' ? '1.2' : '2004 4th Edition');
      expect(m['@_xmlns']).toBe(
        p.edition === '1.2'
          ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2'
          : 'http://www.imsglobal.org/xsd/imscp_v1p1',
      );
      const org = m.organizations.organization;
      expect(m.organizations['@_default']).toBe(org['@_identifier']);
      const resources = m.resources.resource as Resource[];
      const byId = new Map(resources.map((r) => [r['@_identifier'], r]));
      const items = org.item as { '@_identifierref': string; title: string }[];
      expect(items).toHaveLength(p.chapter === null ? chapters.length : 1);
      for (const item of items) {
        const sco = byId.get(item['@_identifierref'])!;
        expect(sco[p.edition === '1.2' ? '@_adlcp:scormtype' : '@_adlcp:scormType']).toBe('sco');
        expect(files[sco['@_href']!], sco['@_href']).toBeDefined();
        for (const d of sco.dependency ?? []) expect(byId.has(d['@_identifierref'])).toBe(true);
      }
      const listed = resources.flatMap((r) => r.file.map((f) => f['@_href'])).sort();
      expect(listed).toEqual(
        Object.keys(files)
          .filter((f) => f !== 'imsmanifest.xml')
          .sort(),
      );
    }
  });

  it('request nothing from outside the package', () => {
    for (const p of packages) {
      const files = unzipSync(p.bytes);
      for (const [name, bytes] of Object.entries(files).filter(([n]) => n.endsWith('.html'))) {
        const html = text(bytes);
        const loads = [...html.matchAll(/<(?:script|img|link|iframe|source)\b[^>]*\s(?:src|href)="([^"]+)"/g)].map(
          (m) => m[1]!,
        );
        expect(loads.length).toBeGreaterThan(0);
        for (const url of loads) {
          const target = new URL(url, `https://lms.example/pkg/${name}`).pathname.replace('/pkg/', '');
          expect(files[target], `${p.file} ${name} loads ${url}`).toBeDefined();
        }
        expect(html).not.toMatch(/\shref="\/[^/]/); // no root-relative links: the LMS hosts the package anywhere
      }
    }
  });

  it('carry the lesson and every question of the chapter', () => {
    const p = packages.find((x) => x.chapter === chapters[1]!.slug && x.edition === '2004')!;
    const html = text(unzipSync(p.bytes)[`${chapters[1]!.slug}/index.html`]);
    expect(html).toContain(`<h1>${chapters[1]!.title}</h1>`);
    expect(html).toContain('id="quiz-mount"');
    expect(html).toContain('id="references"');
    // Its <Machine> stands in as the program and a pointer to the online sandbox.
    expect(html).toMatch(/<figure class="block"><figcaption>POPF in a deprivileged kernel \(Trap-and-emulate/);
    expect(html).toMatch(/<pre><code>pushf r1 [^<]*\ncli/);
    expect(html).toContain('The machine that runs this program is interactive and lives in the online course');
    const data = JSON.parse(/<script type="application\/json" id="quiz-data">(.*?)<\/script>/s.exec(html)![1]!);
    expect(data.map((q: { key: string }) => q.key)).toEqual(chapters[1]!.questions.map((q) => q.key));
  });

  it('are byte-identical when built twice', async () => {
    const again = await buildPackages(process.cwd(), chapters, undefined);
    for (const [i, p] of packages.entries()) expect(Buffer.compare(p.bytes, again[i]!.bytes), p.file).toBe(0);
  }, 120_000);
});

describe('the packaged quiz', () => {
  it('grades the right answer right and reports it in both versions’ formats', () => {
    for (const q of chapters.flatMap((c) => c.questions)) {
      const right = correctAnswer(q);
      expect(fits(q, right), q.key).toBe(true);
      expect(isRight(q, right), q.key).toBe(true);
      const i = toInteraction(q, right);
      expect(i.right).toBe(true);
      expect(formatResponse(i.response, '2004')).toBe(formatResponse(i.correct, '2004'));
      if (q.shape === 'order') {
        expect(isRight(q, startingOrder(q))).toBe(false);
        expect(fits(q, startingOrder(q))).toBe(true);
      }
    }
  });

  it('formats responses as SCORM 1.2 and 2004 expect', () => {
    expect(formatResponse(['a', 'c'], '2004')).toBe('a[,]c');
    expect(formatResponse(['a', 'c'], '1.2')).toBe('a,c');
    expect(formatResponse(true, '2004')).toBe('true');
    expect(formatResponse(false, '1.2')).toBe('f');
    expect(
      formatResponse(
        [
          ['1', 'b'],
          ['2', 'a'],
        ],
        '2004',
      ),
    ).toBe('1[.]b[,]2[.]a');
    expect(
      formatResponse(
        [
          ['1', 'b'],
          ['2', 'a'],
        ],
        '1.2',
      ),
    ).toBe('1.b,2.a');
  });
});

describe('suspend_data', () => {
  const answers = fc.dictionary(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
    fc.oneof(fc.boolean(), fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 8 })),
  );

  it('never exceeds the limit, and what it keeps reads back unchanged', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 600 }), (a, limit) => {
        const { text: saved, dropped } = encodeSuspend(a, limit);
        expect(saved.length).toBeLessThanOrEqual(limit);
        const back = decodeSuspend(saved);
        expect(Object.keys(back).length).toBe(Object.keys(a).length - dropped);
        for (const [id, v] of Object.entries(back)) expect(v).toEqual(a[id]);
      }),
    );
  });

  it('keeps a whole chapter within SCORM 1.2’s 4096 characters', () => {
    for (const c of chapters) {
      const all = Object.fromEntries(c.questions.map((q) => [q.id, correctAnswer(q)]));
      expect(encodeSuspend(all, 4096).dropped, c.slug).toBe(0);
    }
  });

  it('reads anything else as no saved answers', () => {
    for (const junk of ['', 'not json', '{"v":2,"a":{}}', 'null', '{"v":1,"a":{"q":"x","r":[-1]}}'])
      expect(decodeSuspend(junk)).toEqual({});
  });
});

describe('finding the LMS API', () => {
  const frame = (props: Record<string, unknown>, parent: FrameLike | null = null): FrameLike => {
    const win: Record<string, unknown> = { ...props, parent: null };
    win.parent = parent ?? win;
    return win as unknown as FrameLike;
  };

  it('walks up the parent frames, then the opener’s', () => {
    const api = { name: '2004' };
    const top = frame({ API_1484_11: api });
    expect(findApi(frame({}, frame({}, top)), '2004')).toBe(api);
    expect(findApi(frame({}, top), '1.2')).toBeNull();
    const opener = frame({ API: api });
    expect(findApi({ ...frame({}), opener } as FrameLike, '1.2')).toBe(api);
  });

  it('skips a frame of another origin instead of failing', () => {
    const api = {};
    const top = frame({ API: api });
    const foreign = Object.defineProperty({ parent: top }, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    }) as unknown as FrameLike;
    expect(findApi(frame({}, foreign), '1.2')).toBe(api);
  });
});
