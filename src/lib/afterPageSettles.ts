/**
 * Runs `task` once the page has loaded, a moment has passed and the browser is idle: for work that
 * must not compete with the page the learner opened, for the network or the CPU. Returns a cancel
 * function.
 */
export function afterPageSettles(task: () => void, delayMs = 2000): () => void {
  let timer = 0;
  let idle = 0;
  const idleThen = () => {
    if ('requestIdleCallback' in window) idle = window.requestIdleCallback(task, { timeout: 3000 });
    else task();
  };
  const start = () => {
    timer = window.setTimeout(idleThen, delayMs);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    window.removeEventListener('load', start);
    window.clearTimeout(timer);
    if (idle && 'cancelIdleCallback' in window) window.cancelIdleCallback(idle);
  };
}
