import { memo } from 'react';
import { describeStack } from '../model/stack';
import { describeTransition, stepTransition } from '../model/transitions';
import type { Architecture } from '../model/types';

/** What a screen reader gets instead of the picture: generated from the same model. Memoized: stepping does not change it. */
export const TextTwin = memo(function TextTwin({ arch }: { arch: Architecture }) {
  return (
    <div className="visually-hidden">
      <p>
        {arch.name}. {arch.summary} Layers from the hardware up:
      </p>
      <ul>
        {describeStack(arch).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>Traced operation: {arch.path.operation}</p>
      <p>How control moves, step by step (the arrows in the picture):</p>
      <ul>
        {arch.path.steps.map((step, i) => {
          const move = stepTransition(arch, i);
          const words = move
            ? describeTransition(arch, move)
            : step.meanwhile
              ? 'Meanwhile, elsewhere: no control passes.'
              : i === 0
                ? 'The trace starts here.'
                : 'Stays in the same layer.';
          return <li key={i}>{`Step ${i + 1}: ${words}`}</li>;
        })}
      </ul>
    </div>
  );
});
