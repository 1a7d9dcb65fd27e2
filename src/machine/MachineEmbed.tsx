import { useId, useState } from 'react';
import { AppLink } from '../lib/AppLink';
import { useHydrated } from '../lib/useHydrated';
import { DEFAULT_DESIGN, isDesignId } from '../model/machine/designs';
import { machineSearch, type MachineUrlState } from '../model/machine/url';
import { Workbench } from './Workbench';

interface Props {
  /** The guest program, one instruction per line (an MDX attribute may span lines). */
  readonly program: string;
  readonly design: string;
  readonly title?: string;
}

/**
 * A small machine inside a lesson: the prepared program under one design, with Run and Step, the
 * trace and the counters. Its state stays on the card (the chapter's address does not change); the
 * link opens the same program and design in the sandbox. Prerendered, it shows the program and says
 * what it is before any of its code has loaded.
 */
export default function MachineEmbed({ program, design: rawDesign, title }: Props) {
  const hydrated = useHydrated();
  const titleId = useId();
  // The content check rejects unknown designs; this keeps a bad tag from breaking the chapter.
  const design = isDesignId(rawDesign) ? rawDesign : DEFAULT_DESIGN;
  const [state, setState] = useState<MachineUrlState>({ design, program: program.trim(), step: null, level: null });
  const sandbox = `/machine?${machineSearch({ ...state, step: null, level: null })}`;
  return (
    <section className="machine-embed" data-machine-embed="" aria-labelledby={titleId}>
      <h3 className="machine-embed-title" id={titleId}>
        {title ?? 'Try it on the machine'}
      </h3>
      <p className="machine-embed-about">
        A small machine runs this guest kernel code under the design chosen below. Press Run to see which layer handles
        each instruction, or Step to follow it one event at a time; you can edit the program and change the design.
      </p>
      <Workbench state={state} onChange={setState} interactive={hydrated} compact />
      <p className="machine-embed-link">
        <AppLink to={sandbox}>Open in the sandbox</AppLink> (the full machine, with the stack diagram and the levels).
      </p>
    </section>
  );
}
