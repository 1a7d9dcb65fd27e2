import { useState } from 'react';
import { AppLink } from '../lib/AppLink';
import { absoluteUrl, appHref } from '../lib/url';
import { useHydrated } from '../lib/useHydrated';
import { architectures, getArchitecture, isArchitectureId } from '../model/architectures';
import {
  EMBED_HEIGHTS,
  EMBED_THEMES,
  embedPath,
  embedSnippet,
  type EmbedOptions,
  type EmbedTheme,
} from '../model/embed';
import { stepFromWritten, writtenStep } from '../model/step';
import { CopyButton } from './CopyLink';

const THEME_NAMES: Record<EmbedTheme, string> = {
  auto: "The reader's system setting",
  light: 'Light',
  dark: 'Dark',
};

/** The embed code for a design, step and theme, written as the instructor picks them. */
export function EmbedBuilder() {
  const hydrated = useHydrated();
  const [options, setOptions] = useState<EmbedOptions>({ arch: 'kvm', step: null, theme: 'auto' });
  const arch = getArchitecture(options.arch);
  const path = embedPath(options);
  // Absolute addresses need the host the course is served from, known only in the browser.
  const src = hydrated ? absoluteUrl(path) : appHref(path);
  const snippet = embedSnippet(src, `Ring Zero: ${arch.name}`, EMBED_HEIGHTS[options.arch]);
  return (
    <form className="embed-builder" aria-label="Embed code" onSubmit={(e) => e.preventDefault()}>
      <div className="embed-choices">
        <label>
          Design{' '}
          <select
            value={options.arch}
            disabled={!hydrated}
            onChange={(e) => {
              if (isArchitectureId(e.target.value)) setOptions({ ...options, arch: e.target.value, step: null });
            }}
          >
            {architectures.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Opens at{' '}
          <select
            value={writtenStep(options.step) ?? '0'}
            disabled={!hydrated}
            onChange={(e) =>
              setOptions({ ...options, step: stepFromWritten(e.target.value, arch.path.steps.length) ?? null })
            }
          >
            <option value="0">The start, before the trace</option>
            {arch.path.steps.map((s, i) => (
              <option key={i} value={i + 1}>
                Step {i + 1} of {arch.path.steps.length}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme{' '}
          <select
            value={options.theme}
            disabled={!hydrated}
            onChange={(e) =>
              setOptions({ ...options, theme: EMBED_THEMES.find((t) => t === e.target.value) ?? 'auto' })
            }
          >
            {EMBED_THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_NAMES[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <pre>
        <code>{snippet}</code>
      </pre>
      <p>
        <CopyButton text={snippet} label="Copy embed code" /> <AppLink to={path}>Open this embed</AppLink>
      </p>
    </form>
  );
}
