import { StackView } from '../../diagram/StackView';
import { getArchitecture } from '../../model/architectures';
import { privilegeLabel } from '../../model/privilege';
import { findLayer } from '../../model/stack';
import type { PickLayerQuestion } from '../../model/quiz/types';
import type { ViewProps } from './types';
import { DiagramMotion } from '../../diagram/DiagramMotion';

/** Answer by choosing a layer in a live diagram of the design; every layer is a toggle button. */
export function PickLayerView({
  question,
  response,
  onChange,
  grade,
  idBase,
}: ViewProps<PickLayerQuestion, string | null>) {
  const arch = getArchitecture(question.architecture);
  const chosen = response ? findLayer(arch, response) : undefined;
  // Two layers may share a label (one QEMU process per VM): their buttons also name their column.
  const columnsOf = (id: string) => {
    const l = findLayer(arch, id);
    if (!l?.columns || arch.layers.filter((x) => x.label === l.label).length < 2) return '';
    return `, ${l.columns.map((c) => arch.columns.find((x) => x.id === c)?.label ?? c).join(' and ')} column`;
  };
  return (
    <div className="pick-layer">
      <DiagramMotion>
        <StackView
          arch={arch}
          step={null}
          scope={idBase}
          picked={response}
          answer={grade && !grade.correct ? question.answer : null}
          onPick={(id) => {
            if (!grade) onChange(id);
          }}
          pickLabel={(id) => {
            const l = findLayer(arch, id);
            if (!l) return id;
            const right = grade && !grade.correct && id === question.answer ? ', the right answer' : '';
            return `${l.label}${columnsOf(id)}, ${privilegeLabel(l.privilege)}${right}`;
          }}
        />
      </DiagramMotion>
      <p className="hint" aria-live="polite">
        {chosen ? `Selected: ${chosen.label}.` : 'Select a layer.'}
      </p>
      {grade && response ? (
        <p className="choice-why">
          <strong>
            {grade.correct
              ? 'Right: '
              : `Not quite, it is ${findLayer(arch, question.answer)?.label ?? question.answer}: `}
          </strong>
          {grade.correct ? question.whyRight : (question.whyLayer?.[response] ?? question.whyWrong)}
          {grade.correct ? null : ` ${question.whyRight}`}
        </p>
      ) : null}
    </div>
  );
}
