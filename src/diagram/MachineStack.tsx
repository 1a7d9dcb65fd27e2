import { LayoutGroup, LazyMotion, MotionConfig } from 'framer-motion';
import { useId } from 'react';
import { getArchitecture } from '../model/architectures';
import type { ArchitectureId } from '../model/types';
import { Legend } from './Legend';
import { StackView } from './StackView';
import { TextTwin } from './TextTwin';

const loadFeatures = () => import('./motion-features').then((m) => m.default);

/** The stack a machine design runs on, with the marker on the layer handling the current event. */
export default function MachineStack({
  arch: id,
  title,
  activeLayer,
}: {
  arch: ArchitectureId;
  title: string;
  activeLayer: string | null;
}) {
  const arch = getArchitecture(id);
  const scope = useId().replace(/:/g, '');
  return (
    <figure className="stack-diagram machine-stack" aria-label={`Diagram: ${arch.name}`}>
      <div className="diagram-head">
        <p className="diagram-title">
          {title}
          {title === arch.shortName ? null : <span className="diagram-subtitle"> (the {arch.shortName} stack)</span>}
        </p>
        <Legend arch={arch} />
      </div>
      <LazyMotion features={loadFeatures} strict>
        <MotionConfig reducedMotion="user">
          <LayoutGroup id={scope}>
            <StackView arch={arch} step={null} scope={scope} activeLayer={activeLayer} />
          </LayoutGroup>
        </MotionConfig>
      </LazyMotion>
      <TextTwin arch={arch} />
    </figure>
  );
}
