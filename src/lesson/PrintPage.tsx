import type { ChapterMeta } from '../model/course';
import { Head } from '../lib/head';

export default function PrintPage({ chapter, answers }: { chapter: ChapterMeta; answers: boolean }) {
  return (
    <main id="main">
      <Head
        title={`${chapter.title} (${answers ? 'answer key' : 'handout'})`}
        description={chapter.summary}
        path={`/print/${chapter.slug}`}
      />
      <h1>{chapter.title}</h1>
    </main>
  );
}
