// Entry of the packaged page's script (bundled by scripts/lms/scorm-package.ts into shared/rz-scorm.js).
import type { ExportQuestion } from '../export-model';
import type { FrameLike } from './scorm-api';
import { startQuiz } from './quiz';

const data = document.getElementById('quiz-data')?.textContent;
const mount = document.getElementById('quiz-mount');
if (data && mount) startQuiz(mount, JSON.parse(data) as ExportQuestion[], window as unknown as FrameLike);
