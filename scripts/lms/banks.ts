/**
 * Question banks from the export model: GIFT (Moodle's plain-text format) and Moodle XML, per
 * chapter and for the whole course. What a format cannot express is named in the file's header
 * comment (and on /instructors, from `unsupported`), never dropped without a word.
 */
import type { ExportChapter, ExportQuestion } from './export-model';

export interface BankOptions {
  /** The course's public address (SITE_URL + BASE_PATH), for links back to the teaching section. */
  readonly siteUrl?: string;
}

/** Question shapes a format cannot carry at all, and what each format loses on the way. */
export const unsupported = {
  gift: {
    skipped: ['order'] as ExportQuestion['shape'][],
    notes: [
      'Ordering questions are left out: GIFT has no ordering type (the Moodle XML file has them).',
      "Matching questions carry no per-pair feedback in GIFT: each pair's explanation is in the question's general feedback.",
      'Predict-the-path questions ask two parts on the site (the layer that handles the instruction first, and whether it traps); here they are one choice over the combinations of layer and trap that make sense.',
    ],
  },
  moodle: {
    skipped: [] as ExportQuestion['shape'][],
    notes: [
      'Ordering questions use the Ordering question type (standard in Moodle 4.4 and later, a plugin before).',
      "Matching and ordering questions carry no per-item feedback in Moodle: each item's explanation is in the general feedback.",
      'Predict-the-path questions ask two parts on the site (the layer that handles the instruction first, and whether it traps); here they are one choice over the combinations of layer and trap that make sense.',
    ],
  },
} as const;

/** A plain-text line naming where the question is taught, with a link when the site's address is known. */
function sectionUrl(q: ExportQuestion, options: BankOptions): string | null {
  return options.siteUrl ? options.siteUrl.replace(/\/+$/, '') + q.sectionPath : null;
}

/** Moodle accepts only these fractions (percent) for a choice; 100/n and -100/n for n ≤ 10 are among them. */
function share(n: number): string {
  return (100 / n).toFixed(5).replace(/\.?0+$/, '');
}

// ---------- GIFT ----------

function giftEscape(text: string): string {
  return text.replace(/[~=#{}:\\]/g, (c) => '\\' + c).replace(/\n/g, '\\n');
}

function giftTaught(q: ExportQuestion, options: BankOptions): string {
  const url = sectionUrl(q, options);
  return `Taught in "${q.sectionTitle}"` + (url ? `: ${url}` : ` (${q.sectionPath} on the course site)`);
}

/** GIFT reads "->" in an answer as a matching pair, and has no escape for it. */
function giftGuard(q: ExportQuestion, texts: readonly string[]): void {
  const bad = texts.find((t) => t.includes('->'));
  if (bad !== undefined)
    throw new Error(`question "${q.key}": GIFT cannot hold "->" in an answer ("${bad}"); write "→" instead`);
}

function giftQuestion(q: ExportQuestion, options: BankOptions): string | null {
  const head = `::${giftEscape(q.key)}:: ${giftEscape(q.prompt)} {`;
  const general = (extra: string[]) => `\t####${giftEscape([...extra, giftTaught(q, options)].join('\n'))}`;
  switch (q.shape) {
    case 'choice': {
      giftGuard(
        q,
        q.options.map((o) => o.text),
      );
      const right = q.options.filter((o) => o.correct).length;
      const wrong = q.options.length - right;
      const lines = q.options.map((o) => {
        const mark = !q.multiple ? (o.correct ? '=' : '~') : `~%${o.correct ? share(right) : '-' + share(wrong)}%`;
        return `\t${mark}${giftEscape(o.text)} #${giftEscape(o.feedback)}`;
      });
      return [head, ...lines, general([]), '}'].join('\n');
    }
    case 'true-false': {
      // Moodle reads {T#a#b} as: a is shown for the wrong answer, b for the right one.
      const [wrong, right] = q.answer ? [q.whyFalse, q.whyTrue] : [q.whyTrue, q.whyFalse];
      return [`${head}${q.answer ? 'TRUE' : 'FALSE'}#${giftEscape(wrong)}#${giftEscape(right)}`, general([]), '}'].join(
        '\n',
      );
    }
    case 'match': {
      giftGuard(q, [...q.pairs.flatMap((p) => [p.item, p.answer]), ...q.distractors]);
      const lines = [
        ...q.pairs.map((p) => `\t=${giftEscape(p.item)} -> ${giftEscape(p.answer)}`),
        ...q.distractors.map((d) => `\t= -> ${giftEscape(d)}`),
      ];
      return [head, ...lines, general(q.pairs.map((p) => `${p.item}: ${p.why}`)), '}'].join('\n');
    }
    case 'order':
      return null;
    default: {
      const unknown: never = q;
      throw new Error(`no GIFT form for ${(unknown as ExportQuestion).key}`);
    }
  }
}

function header(
  format: string,
  title: string,
  chapters: readonly ExportChapter[],
  skipped: string[],
  notes: readonly string[],
) {
  const count = chapters.reduce((n, c) => n + c.questions.length, 0);
  return [
    `Ring Zero: ${title}. Question bank in ${format}, generated from the course's quiz model (${count} questions).`,
    ...notes,
    skipped.length > 0
      ? `Not in this file (${skipped.length}): ${skipped.join(', ')}.`
      : 'Every question of the course quiz is in this file.',
  ];
}

export function toGift(chapters: readonly ExportChapter[], title: string, options: BankOptions = {}): string {
  const out: string[] = [];
  const skipped: string[] = [];
  for (const c of chapters) {
    out.push(`$CATEGORY: $course$/top/Ring Zero/${giftEscape(c.title)}`, '');
    for (const q of c.questions) {
      const text = giftQuestion(q, options);
      if (text === null) skipped.push(`${q.key} (${q.source})`);
      else out.push(text, '');
    }
  }
  const comment = header('GIFT', title, chapters, skipped, unsupported.gift.notes).map((l) => `// ${l}`);
  return [...comment, '', ...out].join('\n');
}

// ---------- Moodle XML ----------

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** HTML text inside XML: escaped once for HTML, once for XML. */
const html = (s: string) => escapeXml(escapeXml(s));
const para = (s: string) => escapeXml(`<p>${escapeXml(s)}</p>`);
const textEl = (tag: string, inner: string, format = 'html') =>
  `<${tag} format="${format}"><text>${inner}</text></${tag}>`;

function moodleTaught(q: ExportQuestion, options: BankOptions): string {
  const url = sectionUrl(q, options);
  const inner = url
    ? `Taught in <a href="${escapeXml(url)}">${escapeXml(q.sectionTitle)}</a>.`
    : `Taught in “${escapeXml(q.sectionTitle)}” (${escapeXml(q.sectionPath)} on the course site).`;
  return escapeXml(`<p>${inner}</p>`);
}

function moodleQuestion(q: ExportQuestion, options: BankOptions): string {
  const common = (type: string, extraText = '', explanations: string[] = []) => [
    `  <question type="${type}">`,
    `    <name><text>${escapeXml(q.key)}</text></name>`,
    `    ${textEl('questiontext', para(q.prompt) + extraText)}`,
    `    ${textEl('generalfeedback', explanations.map(para).join('') + moodleTaught(q, options))}`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(q.key)}</idnumber>`,
  ];
  const feedback = (f: string) => textEl('feedback', html(f));
  switch (q.shape) {
    case 'choice': {
      const right = q.options.filter((o) => o.correct).length;
      const wrong = q.options.length - right;
      const fraction = (correct: boolean) =>
        correct ? share(right) : q.multiple && wrong > 0 ? '-' + share(wrong) : '0';
      return [
        ...common('multichoice'),
        `    <single>${q.multiple ? 'false' : 'true'}</single>`,
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>abc</answernumbering>',
        ...q.options.map(
          (o) =>
            `    <answer fraction="${fraction(o.correct)}" format="html"><text>${html(o.text)}</text>${feedback(o.feedback)}</answer>`,
        ),
        '  </question>',
      ].join('\n');
    }
    case 'true-false':
      return [
        ...common('truefalse'),
        `    <answer fraction="${q.answer ? 100 : 0}" format="moodle_auto_format"><text>true</text>${feedback(q.whyTrue)}</answer>`,
        `    <answer fraction="${q.answer ? 0 : 100}" format="moodle_auto_format"><text>false</text>${feedback(q.whyFalse)}</answer>`,
        '  </question>',
      ].join('\n');
    case 'match':
      return [
        ...common(
          'matching',
          '',
          q.pairs.map((p) => `${p.item}: ${p.why}`),
        ),
        '    <shuffleanswers>true</shuffleanswers>',
        ...q.pairs.map(
          (p) =>
            `    <subquestion format="html"><text>${html(p.item)}</text><answer><text>${escapeXml(p.answer)}</text></answer></subquestion>`,
        ),
        ...q.distractors.map(
          (d) =>
            `    <subquestion format="html"><text></text><answer><text>${escapeXml(d)}</text></answer></subquestion>`,
        ),
        '  </question>',
      ].join('\n');
    case 'order':
      return [
        ...common('ordering', para(`The first item of the list is ${q.firstItem}.`), [q.why]),
        '    <layouttype>VERTICAL</layouttype>',
        '    <selecttype>ALL</selecttype>',
        '    <selectcount>0</selectcount>',
        '    <gradingtype>ABSOLUTE_POSITION</gradingtype>',
        '    <showgrading>SHOW</showgrading>',
        '    <numberingstyle>none</numberingstyle>',
        ...q.items.map(
          (item, i) => `    <answer fraction="${i + 1}" format="html"><text>${html(item)}</text></answer>`,
        ),
        '  </question>',
      ].join('\n');
    default: {
      const unknown: never = q;
      throw new Error(`no Moodle XML form for ${(unknown as ExportQuestion).key}`);
    }
  }
}

export function toMoodleXml(chapters: readonly ExportChapter[], title: string, options: BankOptions = {}): string {
  const comment = header('Moodle XML', title, chapters, [], unsupported.moodle.notes)
    .map((l) => `  ${l.replace(/--/g, '–')}`)
    .join('\n');
  const body = chapters.flatMap((c) => [
    `  <question type="category"><category><text>$course$/top/Ring Zero/${escapeXml(c.title)}</text></category></question>`,
    ...c.questions.map((q) => moodleQuestion(q, options)),
  ]);
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<!--\n${comment}\n-->`, '<quiz>', ...body, '</quiz>', ''].join(
    '\n',
  );
}
