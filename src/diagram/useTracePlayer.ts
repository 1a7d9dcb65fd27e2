import { useEffect, useState } from 'react';
import { atLastStep, nextStep, type Step } from '../model/step';

const STEP_INTERVAL_MS = 2200;

/**
 * Advances a trace one step per interval while playing; stops at the last step.
 * Playing from the end starts again from the first step. Back or Forward stops it.
 */
export function useTracePlayer(step: Step, total: number, setStep: (s: Step) => void) {
  const [wantsPlay, setWantsPlay] = useState(false);
  const playing = wantsPlay && !atLastStep(step, total);
  useEffect(() => {
    // Back or Forward shows the state the reader had then: it does not carry on playing from there.
    const stop = () => setWantsPlay(false);
    window.addEventListener('popstate', stop);
    return () => window.removeEventListener('popstate', stop);
  }, []);
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setTimeout(() => setStep(nextStep(step)), step === null ? 300 : STEP_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [playing, step, setStep]);
  const play = (on: boolean) => {
    if (on && atLastStep(step, total)) setStep(null);
    setWantsPlay(on);
  };
  return { playing, play, stop: () => setWantsPlay(false) };
}
