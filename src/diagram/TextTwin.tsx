import { describeStack } from '../model/stack';
import type { Architecture } from '../model/types';

/** What a screen reader gets instead of the picture: generated from the same model. */
export function TextTwin({ arch }: { arch: Architecture }) {
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
    </div>
  );
}
