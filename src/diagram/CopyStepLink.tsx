import { useState } from 'react';
import { copyText } from '../lib/clipboard';
import type { Step } from '../model/step';

/** "Copy link to this step": the address that opens this diagram at this design and step. */
export function CopyStepLink({ href, step }: { href: () => string; step: Step }) {
  const [state, setState] = useState<{ for: Step; result: 'copied' | 'failed' } | null>(null);
  const shown = state?.for === step ? state.result : null;
  return (
    <p className="copy-step">
      <button
        type="button"
        className="link-button"
        onClick={() => void copyText(href()).then((ok) => setState({ for: step, result: ok ? 'copied' : 'failed' }))}
      >
        {step === null ? 'Copy link to this diagram' : 'Copy link to this step'}
      </button>
      <span role="status" className="copy-step-status">
        {shown === 'copied' ? 'Link copied.' : shown === 'failed' ? 'Copying failed: use the address bar.' : ''}
      </span>
    </p>
  );
}
