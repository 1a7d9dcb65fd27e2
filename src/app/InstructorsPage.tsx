import { AppLink } from '../lib/AppLink';
import { Head } from '../lib/head';
import { absoluteUrl, appHref } from '../lib/url';
import { canonicalPath } from '../model/pages';
import { diagramSearch } from '../model/diagram-state';
import { useHydrated } from '../lib/useHydrated';
import { architectures, getArchitecture } from '../model/architectures';
import { EMBED_HEIGHTS, embedPath, embedSnippet as snippetFor } from '../model/embed';
import type { ArchitectureId } from '../model/types';
import { IO_DESIGNS } from '../model/io-paths';
import { levels } from '../model/machine/levels';
import { packetSearch, type PacketPathState } from '../model/packet-path-state';
import { DEFAULT_SETUP, type WalkSetup } from '../model/page-walk';
import { walkSearch } from '../model/page-walk-url';
import { fullChapters as chapters } from './course-details';
import { CopyButton } from './CopyLink';
import { EmbedBuilder } from './EmbedBuilder';
import { LmsDownloads } from './LmsDownloads';

function LinkRow({ path, label }: { path: string; label: string }) {
  return (
    <li>
      <AppLink to={path}>{label}</AppLink> <code className="path">{canonicalPath(path)}</code>{' '}
      <CopyButton text={absoluteUrl(path)} label={`Copy link to ${label}`} />
    </li>
  );
}

/** Prepared states of the two explorers, each a link that opens the explorer set up that way. */
const walkSetups: { label: string; setup: WalkSetup }[] = [
  { label: 'Native walk, 4-level tables, TLB miss', setup: { ...DEFAULT_SETUP, mode: 'native' } },
  { label: 'Shadow paging, 4-level tables, TLB miss', setup: { ...DEFAULT_SETUP, mode: 'shadow' } },
  { label: 'Nested paging, 4-level tables, 4 KiB pages, TLB miss', setup: DEFAULT_SETUP },
  { label: 'Nested paging with 2 MiB pages', setup: { ...DEFAULT_SETUP, pageSize: '2m' } },
  { label: 'Nested paging, 5-level tables', setup: { ...DEFAULT_SETUP, levels: 5 } },
];
const walkLink = (setup: WalkSetup) =>
  `/memory-virtualization?${walkSearch({ setup, taken: 0 })}#the-two-dimensional-walk`;
const packetLink = (
  design: PacketPathState['design'],
  batch = 1,
  dir: PacketPathState['dir'] = 'tx',
  irq: PacketPathState['irq'] = 'injected',
) => `/io-virtualization?${packetSearch({ design, dir, irq, batch, hop: null })}#follow-one-packet`;

/** How to link and embed, with every linkable thing listed. Generated from the content and the model. */
export default function InstructorsPage() {
  // Absolute addresses need the host the course is served from, known only in the browser.
  const hydrated = useHydrated();
  const embedSnippet = (arch: ArchitectureId) => {
    const path = embedPath({ arch, step: null, theme: 'auto' });
    return snippetFor(
      hydrated ? absoluteUrl(path) : appHref(path),
      `Ring Zero: ${getArchitecture(arch).name}`,
      EMBED_HEIGHTS[arch],
    );
  };
  return (
    <div className="instructors">
      <Head
        title="For instructors"
        description="How to link to and embed any section, diagram state or quiz question of Ring Zero."
        path="/instructors"
      />
      <h1 tabIndex={-1}>For instructors</h1>
      <p>
        Every section, diagram state and quiz question has its own address, so you can send students exactly where you
        want them. Addresses are built from chapter slugs and heading text, which we keep stable.
      </p>
      <h2 id="how-to-link">How to link</h2>
      <ul>
        <li>
          A section: <code>/&lt;chapter&gt;/#&lt;section&gt;</code>, for example{' '}
          <code>/hypervisors/#paravirtualization</code>. Each heading in a lesson also has a <strong>#</strong> control
          that copies its link.
        </li>
        <li>
          A diagram state: add <code>?arch=&lt;design&gt;&amp;step=&lt;n&gt;</code> to a chapter address, for example{' '}
          <code>/comparing/?arch=kvm&amp;step=2</code>. The side panel opens on that design and step (counting from 1).
        </li>
        <li>
          A quiz question: <code>/&lt;chapter&gt;/#q-&lt;question&gt;</code>.
        </li>
        <li>
          Two designs side by side: <code>/compare/?arch=&lt;left&gt;&amp;compare=&lt;right&gt;</code>; add{' '}
          <code>&amp;op=cli</code> (or <code>out</code>, <code>cr3</code>) and <code>&amp;step=&lt;n&gt;</code> to open
          one privileged operation at a step in both designs.
        </li>
        <li>
          A printable handout: <code>/print/&lt;chapter&gt;/</code>, and its answer key:{' '}
          <code>/print/&lt;chapter&gt;/answers/</code>.
        </li>
      </ul>
      <h2 id="embedding">Embedding a diagram</h2>
      <p>
        <code>/embed/&lt;design&gt;/</code> shows one diagram with its trace controls and a link to its chapter (opening
        in a new tab), for slides or a learning platform. Add <code>?step=&lt;n&gt;</code> to open it at a step, and{' '}
        <code>?theme=light</code> or <code>?theme=dark</code> to match the page around it (without, it follows the
        reader&apos;s system setting). The frame is tall enough for the design at 560 pixels wide; where the platform
        keeps scripts, the few lines after it resize the frame to fit at any width.
      </p>
      <EmbedBuilder />
      <ul className="embed-list">
        {architectures.map((a) => (
          <li key={a.id}>
            <AppLink to={`/embed/${a.id}`}>{a.name}</AppLink>{' '}
            <CopyButton text={embedSnippet(a.id)} label={`Copy embed code for ${a.shortName}`} />
          </li>
        ))}
      </ul>
      <h2 id="machine">The machine and its levels</h2>
      <p>
        <AppLink to="/machine">The machine</AppLink> runs a few lines of guest kernel code under any design. Its address
        holds the design, the program and the step (<code>/machine?design=kvm&amp;program=cpuid%20r0&amp;step=2</code>
        ), so after pressing Run you can copy the address bar to share a prepared program. Each level has its own link:
      </p>
      <ol>
        {levels.map((l) => (
          <LinkRow key={l.id} path={`/machine?level=${l.id}`} label={l.title} />
        ))}
      </ol>
      <h2 id="explorers">The explorers</h2>
      <p>
        The page-walk and packet-path explorers keep their setup in the address too, so each of these links opens one
        prepared case.
      </p>
      <h3 id="explorer-page-walk">One memory access (chapter 7)</h3>
      <ul className="link-list">
        {walkSetups.map((w) => (
          <LinkRow key={w.label} path={walkLink(w.setup)} label={w.label} />
        ))}
      </ul>
      <h3 id="explorer-packet-path">One packet (chapter 8)</h3>
      <ul className="link-list">
        {IO_DESIGNS.map((d) => (
          <LinkRow key={d.id} path={packetLink(d.id)} label={d.name} />
        ))}
        <LinkRow path={packetLink('virtio', 32)} label="virtio with a batch of 32 packets" />
        <LinkRow
          path={packetLink('sriov', 1, 'rx', 'posted')}
          label="An SR-IOV virtual function receiving, with posted interrupts"
        />
      </ul>
      <LmsDownloads />
      <h2 id="chapters">Every chapter, section and question</h2>
      {chapters.map((c) => (
        <section key={c.slug} aria-labelledby={`ch-${c.slug}`} className="instructor-chapter">
          <h3 id={`ch-${c.slug}`}>
            Chapter {c.order}: {c.title}
          </h3>
          <p>
            <AppLink to={`/print/${c.slug}`}>Printable handout</AppLink> ·{' '}
            <AppLink to={`/print/${c.slug}/answers`}>Answer key</AppLink>
          </p>
          <ul className="link-list">
            <LinkRow path={`/${c.slug}`} label={c.title} />
            {c.headings.map((h) => (
              <LinkRow key={h.id} path={`/${c.slug}#${h.id}`} label={h.text} />
            ))}
          </ul>
          <h4>Diagram states</h4>
          <ul className="link-list">
            {c.diagrams.map((d, i) => {
              const path = `/${c.slug}?${diagramSearch(d)}`;
              const section = c.headings.find((h) => h.id === d.section)?.text ?? 'Introduction';
              return (
                <LinkRow
                  key={`${path}-${i}`}
                  path={path}
                  label={`${section}: ${architectures.find((a) => a.id === d.arch)?.shortName}${d.step === null ? '' : `, step ${d.step + 1}`}`}
                />
              );
            })}
          </ul>
          <h4>Quiz questions</h4>
          <ul className="link-list">
            {c.quiz.map((q, i) => (
              <LinkRow key={q.id} path={`/${c.slug}#q-${q.id}`} label={`Question ${i + 1}: ${q.prompt}`} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
