import { downloads as rawDownloads, notes as rawNotes } from 'virtual:lms-downloads';
import type { LmsDownload, LmsNotes } from '../../scripts/lms/main';
import { appHref } from '../lib/url';

// The data is made at build time by scripts/lms/main.ts; only its type crosses over.
type Download = LmsDownload;
const downloads = rawDownloads as readonly Download[];
const notes = rawNotes as LmsNotes;

const FORMAT_NAMES: Record<Download['format'], string> = {
  'moodle-xml': 'Moodle XML',
  gift: 'GIFT',
  'scorm-1.2': 'SCORM 1.2',
  'scorm-2004': 'SCORM 2004',
};
const isScorm = (d: Download) => d.format === 'scorm-1.2' || d.format === 'scorm-2004';

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
}

function DownloadLink({ d }: { d: Download }) {
  return (
    <li>
      <a href={appHref(`/lms/${d.file}`)} download>
        {FORMAT_NAMES[d.format]}: {d.title}
      </a>{' '}
      <span className="lms-size">
        ({isScorm(d) ? `lesson and ${d.questions} questions` : `${d.questions} questions`}, {formatBytes(d.bytes)})
      </span>
    </li>
  );
}

/** The /instructors section with every LMS download: question banks and SCORM packages. */
export function LmsDownloads() {
  const banks = downloads.filter((d) => !isScorm(d));
  const packages = downloads.filter(isScorm);
  return (
    <section aria-labelledby="lms" className="lms-downloads">
      <h2 id="lms">Into your learning platform</h2>
      <p>
        The quizzes, built from the same questions as the course, as files your LMS imports. Grades then live where your
        other grades do. Each question keeps its explanations and links back to the section that teaches it.
      </p>
      <h3 id="lms-scorm">SCORM packages</h3>
      <p>
        Each chapter's lesson and self-quiz as one page inside the package (nothing is loaded from elsewhere). The
        platform receives every answer, the score, completion and pass or fail (80% unless the platform sets its own
        passing score), and a learner who leaves part-way resumes where they were. Use SCORM 2004 where your platform
        offers it, SCORM 1.2 otherwise.
      </p>
      <ul className="link-list">
        {packages.map((d) => (
          <DownloadLink key={d.file} d={d} />
        ))}
      </ul>
      <h3 id="lms-banks">Question banks</h3>
      <ul className="link-list">
        {banks.map((d) => (
          <DownloadLink key={d.file} d={d} />
        ))}
      </ul>
      <p>What each format cannot carry:</p>
      <ul>
        {[...notes.moodle, ...notes.gift].map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <h3 id="lms-import">Importing</h3>
      <ul>
        <li>
          <strong>Moodle</strong>: in your course, More → Question bank → Import, choose <em>Moodle XML</em> (or{' '}
          <em>GIFT</em>) and the file. Each chapter arrives as its own category under “Ring Zero”.
        </li>
        <li>
          <strong>Moodle, SCORM</strong>: Add an activity or resource → SCORM package, upload the zip, and pick the
          grading method (for example, highest attempt).
        </li>
        <li>
          <strong>Canvas</strong>: upload the zip through the SCORM tool, where your institution has enabled it, and
          grade it as an assignment. Canvas does not import the question banks.
        </li>
      </ul>
    </section>
  );
}
