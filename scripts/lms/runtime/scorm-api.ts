/**
 * The SCO's side of the SCORM run-time: find the LMS's API object, then speak SCORM 1.2 or 2004
 * through one small interface. Plain DOM-free TypeScript (it takes the window to start from), bundled
 * into each package's page.
 */
export type ScormVersion = '1.2' | '2004';

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}

interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
}

/** The few window properties the search uses, so tests can hand in plain objects. */
export interface FrameLike {
  readonly parent: FrameLike | null;
  readonly opener?: FrameLike | null;
  readonly [name: string]: unknown;
}

const API_NAMES: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };

function read(win: FrameLike, name: string): unknown {
  try {
    return win[name] ?? null;
  } catch {
    return null; // a frame of another origin: not ours to search
  }
}

/** Walk up the parent frames looking for `name`, as the SCORM run-time environment books describe. */
function searchParents(start: FrameLike | null | undefined, name: string): unknown {
  let win = start;
  for (let hops = 0; win && hops < 500; hops++) {
    const api = read(win, name);
    if (api) return api;
    let parent: FrameLike | null = null;
    try {
      parent = win.parent;
    } catch {
      parent = null;
    }
    if (!parent || parent === win) break;
    win = parent;
  }
  return null;
}

/** The API object for a version: the window's own parent chain first, then the opener's. */
export function findApi(win: FrameLike, version: ScormVersion): unknown {
  const name = API_NAMES[version];
  const own = searchParents(win, name);
  if (own) return own;
  let opener: FrameLike | null | undefined = null;
  try {
    opener = win.opener;
  } catch {
    opener = null;
  }
  return searchParents(opener, name);
}

export type Completion = 'incomplete' | 'completed';
export type Success = 'unknown' | 'passed' | 'failed';
type InteractionType = 'choice' | 'true-false' | 'matching' | 'sequencing';

export interface Interaction {
  readonly id: string;
  readonly type: InteractionType;
  /** Identifiers of the learner's answer (see `formatResponse`). */
  readonly response: Response;
  readonly correct: Response;
  readonly right: boolean;
}

/** A response as identifiers: a list (choice, sequencing), a boolean, or pairs (matching). */
export type Response = readonly string[] | boolean | readonly (readonly [string, string])[];

/** A response in the dot notation of each version (2004 uses [,] and [.], 1.2 plain commas and dots). */
export function formatResponse(r: Response, version: ScormVersion): string {
  const [list, pair] = version === '2004' ? ['[,]', '[.]'] : [',', '.'];
  if (typeof r === 'boolean') return version === '2004' ? String(r) : r ? 't' : 'f';
  return r.map((x) => (typeof x === 'string' ? x : x.join(pair))).join(list);
}

/** One connection to the LMS (or none): what the quiz needs, in either version's vocabulary. */
export class LmsConnection {
  private finished = false;

  private constructor(
    readonly version: ScormVersion | null,
    private readonly api: Api12 | Api2004 | null,
  ) {}

  /** Find an API (2004 first, then 1.2) and initialise it; without one, a connection that reports nothing. */
  static open(win: FrameLike): LmsConnection {
    for (const version of ['2004', '1.2'] as const) {
      const api = findApi(win, version) as Api12 | Api2004 | null;
      if (!api) continue;
      const ok = version === '2004' ? (api as Api2004).Initialize('') : (api as Api12).LMSInitialize('');
      if (String(ok) === 'true') return new LmsConnection(version, api);
    }
    return new LmsConnection(null, null);
  }

  get connected(): boolean {
    return this.api !== null && !this.finished;
  }

  get(element: string): string {
    if (!this.connected) return '';
    return this.version === '2004' ? (this.api as Api2004).GetValue(element) : (this.api as Api12).LMSGetValue(element);
  }

  set(element: string, value: string): boolean {
    if (!this.connected) return false;
    const ok =
      this.version === '2004'
        ? (this.api as Api2004).SetValue(element, value)
        : (this.api as Api12).LMSSetValue(element, value);
    return String(ok) === 'true';
  }

  commit(): void {
    if (!this.connected) return;
    if (this.version === '2004') (this.api as Api2004).Commit('');
    else (this.api as Api12).LMSCommit('');
  }

  private el(v12: string, v2004: string): string {
    return this.version === '2004' ? v2004 : v12;
  }

  get suspendData(): string {
    return this.get('cmi.suspend_data');
  }

  /** The longest suspend_data the version promises to keep. */
  get suspendLimit(): number {
    return this.version === '2004' ? 64000 : 4096;
  }

  saveSuspendData(text: string): void {
    this.set('cmi.suspend_data', text);
  }

  /** The passing score (0..1) the LMS asks for, if it sets one. */
  get passingScore(): number | null {
    const raw = this.get(this.el('cmi.student_data.mastery_score', 'cmi.scaled_passing_score'));
    if (raw === '' || Number.isNaN(Number(raw))) return null;
    return this.version === '2004' ? Number(raw) : Number(raw) / 100;
  }

  reportScore(right: number, total: number): void {
    const raw = total === 0 ? 0 : Math.round((100 * right) / total);
    this.set(this.el('cmi.core.score.min', 'cmi.score.min'), '0');
    this.set(this.el('cmi.core.score.max', 'cmi.score.max'), '100');
    this.set(this.el('cmi.core.score.raw', 'cmi.score.raw'), String(raw));
    if (this.version === '2004') this.set('cmi.score.scaled', (total === 0 ? 0 : right / total).toFixed(4));
  }

  reportStatus(completion: Completion, success: Success): void {
    if (this.version === '2004') {
      this.set('cmi.completion_status', completion);
      this.set('cmi.success_status', success);
    } else {
      this.set(
        'cmi.core.lesson_status',
        completion === 'incomplete' ? 'incomplete' : success === 'unknown' ? 'completed' : success,
      );
    }
  }

  /** Append the learner's answer as the next interaction (a journal: retries add entries). */
  recordInteraction(i: Interaction): void {
    const n = Number(this.get('cmi.interactions._count')) || 0;
    const at = `cmi.interactions.${n}.`;
    const v = this.version ?? '2004';
    this.set(at + 'id', i.id);
    this.set(at + 'type', i.type);
    this.set(at + 'correct_responses.0.pattern', formatResponse(i.correct, v));
    this.set(at + this.el('student_response', 'learner_response'), formatResponse(i.response, v));
    this.set(at + 'result', i.right ? 'correct' : this.el('wrong', 'incorrect'));
    if (this.version === '2004') this.set(at + 'timestamp', new Date().toISOString().slice(0, 19));
  }

  /** Session time, then exit mode (suspend keeps the attempt open), commit and terminate. Once only. */
  finish(seconds: number, completed: boolean): void {
    if (!this.connected) return;
    const s = Math.max(0, Math.round(seconds));
    if (this.version === '2004') {
      this.set('cmi.session_time', `PT${s}S`);
      this.set('cmi.exit', completed ? 'normal' : 'suspend');
    } else {
      const pad = (x: number) => String(x).padStart(2, '0');
      this.set('cmi.core.session_time', `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`);
      this.set('cmi.core.exit', completed ? '' : 'suspend');
    }
    this.commit();
    if (this.version === '2004') (this.api as Api2004).Terminate('');
    else (this.api as Api12).LMSFinish('');
    this.finished = true;
  }
}
