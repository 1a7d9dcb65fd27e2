import { use } from 'react';
import type { ChapterSummary } from '../model/course';
import type { Question, QuestionKind } from '../model/quiz/types';
import { loadQuiz } from './quiz-data';
import { kindViews } from './views';
import type { PrintViews } from './views/types';

type PrintTable = Readonly<Record<QuestionKind, PrintViews<Question>>>;

let printTable: Promise<PrintTable> | null = null;

/** Every kind's paper views, loaded once; the promise is stable for React's use(). */
function loadPrintViews(): Promise<PrintTable> {
  printTable ??= Promise.all(
    Object.entries(kindViews).map(async ([kind, views]) => [kind, await views.print()] as const),
  ).then((entries) => Object.fromEntries(entries) as PrintTable);
  return printTable;
}

export default function PrintQuiz({ chapter, answers }: { chapter: ChapterSummary; answers: boolean }) {
  const quiz = use(loadQuiz(chapter.slug));
  const views = use(loadPrintViews());
  return (
    <section id="quiz" aria-labelledby="print-quiz-title">
      <h2 id="print-quiz-title">{answers ? 'Answer key' : 'Self-quiz'}</h2>
      <ol className="print-questions">
        {quiz.questions.map((q) => {
          const { Prompt, Answer } = views[q.kind];
          return (
            <li key={q.id} id={`q-${q.id}`}>
              <p className="question-prompt">{q.prompt}</p>
              {answers ? <Answer q={q} /> : <Prompt q={q} seed={`${chapter.slug}:${q.id}:0`} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
