import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type GIFTQuestion, type Matching, type MultipleChoice, type TrueFalse } from 'gift-pegjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGift, toMoodleXml } from '../../scripts/lms/banks';
import { exportQuestion, loadExport, type ExportChapter, type ExportQuestion } from '../../scripts/lms/export-model';
import { buildBanks, courseUrl } from '../../scripts/lms/main';

let chapters: ExportChapter[];
let all: ExportQuestion[];
beforeAll(async () => {
  chapters = await loadExport(process.cwd());
  all = chapters.flatMap((c) => c.questions);
}, 60_000);

const SITE = 'https://uni.example/courses/virt';
type Gradable = MultipleChoice | TrueFalse | Matching;
const titled = (qs: GIFTQuestion[]) =>
  new Map(qs.filter((q) => q.type !== 'Category').map((q) => [(q as Gradable).title ?? '', q as Gradable]));

/** An HTML fragment from the XML back to the text the course shows. */
function htmlText(s: string): string {
  return s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('GIFT bank, parsed back with gift-pegjs', () => {
  it('has every question the format can express, with prompt, choices, answers and feedback', () => {
    const parsed = titled(parse(toGift(chapters, 'the whole course', { siteUrl: SITE })));
    const expressible = all.filter((q) => q.shape !== 'order');
    expect([...parsed.keys()].sort()).toEqual(expressible.map((q) => q.key).sort());
    for (const q of expressible) {
      const g = parsed.get(q.key)!;
      expect(g.stem.text).toBe(q.prompt);
      expect(g.globalFeedback?.text).toContain(`${SITE}${q.sectionPath}`);
      if (q.shape === 'choice') {
        const mc = g as MultipleChoice;
        expect(mc.type).toBe('MC');
        expect(mc.choices.map((c) => c.text.text)).toEqual(q.options.map((o) => o.text));
        expect(mc.choices.map((c) => c.feedback?.text)).toEqual(q.options.map((o) => o.feedback));
        const right = mc.choices.map((c) => (q.multiple ? (c.weight ?? 0) > 0 : c.isCorrect));
        expect(right).toEqual(q.options.map((o) => o.correct));
        if (q.multiple) {
          const total = mc.choices.reduce((n, c) => n + Math.max(0, c.weight ?? 0), 0);
          expect(total).toBeCloseTo(100, 2);
        }
      } else if (q.shape === 'true-false') {
        const tf = g as TrueFalse;
        expect(tf.type).toBe('TF');
        expect(tf.isTrue).toBe(q.answer);
        // Moodle shows the first feedback for the wrong answer, the second for the right one.
        const [wrong, right] = q.answer ? [q.whyFalse, q.whyTrue] : [q.whyTrue, q.whyFalse];
        expect([tf.trueFeedback?.text, tf.falseFeedback?.text]).toEqual([wrong, right]);
      } else if (q.shape === 'match') {
        const m = g as Matching;
        expect(m.type).toBe('Matching');
        expect(m.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual([
          ...q.pairs.map((p) => [p.item, p.answer]),
          ...q.distractors.map((d) => ['', d]),
        ]);
        for (const p of q.pairs) expect(g.globalFeedback?.text).toContain(`${p.item}: ${p.why}`);
      }
    }
  });

  it('names the questions it leaves out in its header comment', () => {
    const gift = toGift(chapters, 'the whole course');
    const header = gift.split('\n').filter((l) => l.startsWith('//'));
    const order = all.filter((q) => q.shape === 'order');
    expect(order.length).toBeGreaterThan(0);
    for (const q of order) expect(header.join('\n')).toContain(q.key);
  });

  it('survives any text the quiz might hold', () => {
    const text = fc
      .string({ unit: fc.constantFrom(...'ab ~=#{}:\\/-[]%>'.split('')), minLength: 1, maxLength: 30 })
      .map((s) => `x${s.replace(/ +/g, ' ')}y`); // GIFT, like HTML, folds runs of spaces
    fc.assert(
      fc.property(text, text, text, (prompt, option, feedback) => {
        const chapter: ExportChapter = {
          slug: 's',
          order: 1,
          title: 'T',
          summary: '',
          questions: [
            {
              key: 's/q',
              id: 'q',
              source: 'single',
              prompt,
              sectionPath: '/s#a',
              sectionTitle: 'A',
              shape: 'choice',
              multiple: false,
              options: [
                { text: option, correct: true, feedback },
                { text: 'other', correct: false, feedback: 'no' },
              ],
            },
          ],
        };
        if (option.includes('->')) {
          expect(() => toGift([chapter], 'T')).toThrow(/s\/q.*GIFT cannot hold "->"/);
          return;
        }
        const [, q] = parse(toGift([chapter], 'T'));
        const mc = q as MultipleChoice;
        expect([mc.stem.text, mc.choices[0]?.text.text, mc.choices[0]?.feedback?.text]).toEqual([
          prompt,
          option,
          feedback,
        ]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Moodle XML bank, parsed back with fast-xml-parser', () => {
  interface XmlText {
    text: string;
  }
  interface XmlAnswer {
    '@_fraction': string;
    text: string;
    feedback?: XmlText;
  }
  interface XmlQuestion {
    '@_type': string;
    name: XmlText;
    questiontext: XmlText;
    generalfeedback: XmlText;
    single?: string;
    answer?: XmlAnswer[];
    subquestion?: { text: string; answer: XmlText }[];
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (_name, jpath) =>
      ['quiz.question', 'quiz.question.answer', 'quiz.question.subquestion'].includes(String(jpath)),
  });

  it('is well-formed and has every question, with its kind, answers and feedback', () => {
    const xml = toMoodleXml(chapters, 'the whole course', { siteUrl: SITE });
    expect(XMLValidator.validate(xml)).toBe(true);
    const questions = (parser.parse(xml) as { quiz: { question: XmlQuestion[] } }).quiz.question;
    const byKey = new Map(questions.filter((q) => q['@_type'] !== 'category').map((q) => [q.name.text, q]));
    expect([...byKey.keys()].sort()).toEqual(all.map((q) => q.key).sort());
    expect(questions.filter((q) => q['@_type'] === 'category')).toHaveLength(chapters.length);
    for (const q of all) {
      const x = byKey.get(q.key)!;
      expect(htmlText(x.questiontext.text.split('</p>')[0]!)).toBe(q.prompt);
      expect(x.generalfeedback.text).toContain(`href="${SITE}${q.sectionPath}"`);
      const answers = x.answer ?? [];
      switch (q.shape) {
        case 'choice':
          expect(x['@_type']).toBe('multichoice');
          expect(x.single).toBe(q.multiple ? 'false' : 'true');
          expect(answers.map((a) => htmlText(a.text))).toEqual(q.options.map((o) => o.text));
          expect(answers.map((a) => htmlText(a.feedback!.text))).toEqual(q.options.map((o) => o.feedback));
          expect(answers.map((a) => Number(a['@_fraction']) > 0)).toEqual(q.options.map((o) => o.correct));
          break;
        case 'true-false':
          expect(x['@_type']).toBe('truefalse');
          expect(answers.map((a) => [a.text, Number(a['@_fraction']), htmlText(a.feedback!.text)])).toEqual([
            ['true', q.answer ? 100 : 0, q.whyTrue],
            ['false', q.answer ? 0 : 100, q.whyFalse],
          ]);
          break;
        case 'match':
          expect(x['@_type']).toBe('matching');
          expect(x.subquestion!.map((s) => [htmlText(s.text), s.answer.text])).toEqual([
            ...q.pairs.map((p) => [p.item, p.answer]),
            ...q.distractors.map((d) => ['', d]),
          ]);
          for (const p of q.pairs) expect(htmlText(x.generalfeedback.text)).toContain(`${p.item}: ${p.why}`);
          break;
        case 'order':
          expect(x['@_type']).toBe('ordering');
          expect(answers.map((a) => [Number(a['@_fraction']), htmlText(a.text)])).toEqual(
            q.items.map((item, i) => [i + 1, item]),
          );
          expect(htmlText(x.generalfeedback.text)).toContain(q.why);
          break;
      }
    }
  });

  it('says where a question is taught even without a site address', () => {
    const xml = toMoodleXml(chapters.slice(0, 1), 'one chapter');
    const q = chapters[0]!.questions[0]!;
    expect(xml).toContain(`(${q.sectionPath} on the course site)`);
  });
});

describe('the downloads', () => {
  it('come per chapter and for the course, in both formats, with their sizes', () => {
    const { files, downloads } = buildBanks(chapters, {});
    expect(downloads).toHaveLength((chapters.length + 1) * 2);
    for (const d of downloads) expect(files.get(d.file)?.byteLength).toBe(d.bytes);
    const course = downloads.find((d) => d.chapter === null && d.format === 'moodle-xml');
    expect(course?.questions).toBe(all.length);
  });

  it('link back under SITE_URL and BASE_PATH', () => {
    expect(courseUrl({ SITE_URL: 'https://uni.example/', BASE_PATH: '/courses/virt/' })).toBe(
      'https://uni.example/courses/virt',
    );
    expect(courseUrl({ SITE_URL: 'https://uni.example' })).toBe('https://uni.example');
    expect(courseUrl({})).toBeUndefined();
  });
});

describe('a question that cannot be exported', () => {
  it('fails with the chapter, question and reason named', () => {
    const q = {
      kind: 'true-false',
      id: 'lost',
      prompt: 'P',
      section: 'nowhere',
      answer: true,
      whyTrue: 'a',
      whyFalse: 'b',
    } as const;
    expect(() => exportQuestion({ slug: 'basics', headings: [] }, q)).toThrow(
      'section "nowhere" is not a heading of basics',
    );
  });
});
