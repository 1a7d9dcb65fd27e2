import { use } from 'react';
import { ChapterContext } from '../lib/ChapterContext';
import type { ChapterEntry } from '../model/course';
import { LessonDetailsContext } from './LessonDetailsContext';
import { loadLesson, useLessonChapter } from './loaders';
import { mdxComponents } from './mdx-components';
import { References } from './References';

/**
 * A lesson's own part of the page: objectives, the MDX content and the references. It and its lesson
 * chunk load together (LessonPage starts both), so the main bundle carries none of the lesson text.
 */
export default function LessonBody({ chapter: entry }: { chapter: ChapterEntry }) {
  const lesson = loadLesson(entry.slug);
  const chapter = useLessonChapter(entry);
  if (!lesson) return <p className="loading">This chapter has no lesson text yet.</p>;
  const { default: Content, details } = use(lesson);
  return (
    <ChapterContext.Provider value={chapter}>
      <LessonDetailsContext.Provider value={details}>
        <section id="objectives" className="objectives" aria-labelledby="objectives-title">
          <h2 id="objectives-title">You will learn to</h2>
          <ul>
            {details.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        <div className="lesson-body">
          <Content components={mdxComponents} />
        </div>
        <References references={details.references} />
      </LessonDetailsContext.Provider>
    </ChapterContext.Provider>
  );
}
