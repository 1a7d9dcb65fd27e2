import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function machineUrl(design: string, program: string): string {
  return `/machine?design=${design}&program=${encodeURIComponent(program)}`;
}

async function ready(page: Page) {
  await hydrated(page);
  // The editor turns editable once the page's code has run; on a loaded test machine that takes a while.
  await expect(page.getByRole('textbox', { name: 'Guest program' })).toBeEditable({ timeout: 45_000 });
}

/** Press Tab until the element matching `name` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, name: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (el instanceof HTMLTextAreaElement) return el.labels?.[0]?.textContent ?? '';
      return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    });
    if (focused.trim() === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('a permalink opened cold runs the linked program under the linked design', async ({ page }) => {
  await page.goto(machineUrl('paravirtualization', "mov r0, 'X'\nhypercall console_io, r0\ncli"));
  await ready(page);
  await expect(page.getByRole('combobox', { name: 'Design' })).toHaveValue('paravirtualization');
  await page.getByRole('button', { name: 'Run' }).click();
  const rows = page.getByRole('table', { name: /Trace/ }).getByRole('row');
  await expect(rows.nth(2)).toContainText('hypercall');
  await expect(rows.nth(3)).toContainText('Xen hypervisor');
  await expect(page.getByText('Guest crashed.')).toBeVisible();
  await expect(page.getByLabel('Console')).toHaveText('X');
  expect(page.url()).toContain('step=');
});

test('a bad program in the address says what is wrong, by line', async ({ page }) => {
  await page.goto(machineUrl('bare-metal', 'mov r0, 1\nfrob r1\njmp nowhere'));
  await ready(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Line 2: unknown instruction "frob"');
  await expect(alert).toContainText('Line 3: no label "nowhere"');
  await expect(page.getByRole('table', { name: /Trace/ })).toHaveCount(0);
});

test('a level solved by keyboard alone stays solved after a reload', async ({ page }) => {
  test.slow();
  await page.goto('/machine?level=batch-the-exits');
  await ready(page);
  await expect(page.getByRole('heading', { name: /Level: Cut the VM exits by batching/ })).toBeVisible();
  await tabTo(page, 'Guest program');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(
    "store [0], 'H'\nstore [1], 'E'\nstore [2], 'L'\nstore [3], 'L'\nstore [4], 'O'\nmov r0, 5\nout 0x10, r0",
  );
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Level solved!')).toBeVisible();
  await expect(page.getByLabel('Console')).toHaveText('HELLO');
  await tabTo(page, 'Back');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Event \d+ of \d+/)).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.getByRole('listitem').filter({ hasText: 'Cut the VM exits by batching' })).toContainText('solved');
});

test('steps through the trace and moves the marker to the layer handling each event', async ({ page }) => {
  await page.goto(machineUrl('kvm', 'out 0x3f8, r0'));
  await ready(page);
  const step = page.getByRole('button', { name: 'Step' });
  await step.click();
  await expect(page.locator('.machine-stack .layer.is-active')).toContainText('Windows kernel');
  await step.click();
  await step.click();
  await expect(page.locator('.machine-stack .layer.is-active')).toContainText('QEMU');
  await expect(page.getByText(/^Event 3 of 4: .*QEMU/)).toBeVisible();
});

for (const reducedMotion of ['no-preference', 'reduce'] as const)
  test(`the marker ${reducedMotion === 'reduce' ? 'jumps to the next layer with reduced motion' : 'glides from the layer it leaves to the next'}`, async ({
    browser,
    problems,
  }) => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await problems.watch(page);
    // Note every animation the marker starts, however soon it ends.
    await page.addInitScript(() => {
      const moves: Keyframe[][] = [];
      Object.assign(window, { markerMoves: moves });
      const animate = Element.prototype.animate;
      Element.prototype.animate = function (this: Element, keyframes, options) {
        if (this.classList.contains('trace-marker') && Array.isArray(keyframes)) moves.push(keyframes);
        return animate.call(this, keyframes, options);
      };
    });
    // Event 1 runs in the Windows kernel, event 2 is the VM exit to the KVM module.
    await page.goto(`${machineUrl('kvm', 'out 0x3f8, r0')}&step=1`);
    await ready(page);
    const marker = page.locator('.machine-stack .trace-marker');
    await expect(page.locator('.machine-stack .layer.is-active')).toContainText('Windows kernel');
    // The marker's top-right corner from the acting layer's, as drawn.
    const atRest = () =>
      marker.evaluate((el) => {
        const m = el.getBoundingClientRect();
        const layer = (el.parentElement as HTMLElement).getBoundingClientRect();
        return { x: Math.round(m.right - layer.right), y: Math.round(m.top - layer.top) };
      });
    const before = await atRest();
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(page.locator('.machine-stack .layer.is-active')).toContainText('kvm module');
    // Where the marker starts its move, in the grid: its place at rest plus the first keyframe's offset.
    const start = await marker.evaluate((el) =>
      (window as unknown as { markerMoves: Keyframe[][] }).markerMoves.map((keyframes) => {
        const [, x, y] = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(String(keyframes[0]?.transform)) ?? [];
        const layer = el.parentElement as HTMLElement;
        const grid = layer.parentElement as HTMLElement;
        return {
          x: layer.offsetLeft - grid.offsetLeft + layer.offsetWidth + Number(x),
          y: layer.offsetTop - grid.offsetTop + Number(y),
        };
      }),
    );
    // The corner of the layer it left, in the same grid.
    const prev = await page.locator('.machine-stack .layer', { hasText: 'Windows kernel' }).evaluate((el) => {
      const layer = el as HTMLElement;
      const grid = layer.parentElement as HTMLElement;
      return { x: layer.offsetLeft - grid.offsetLeft + layer.offsetWidth, y: layer.offsetTop - grid.offsetTop };
    });
    if (reducedMotion === 'reduce') expect(start).toEqual([]);
    else expect(start).toEqual([prev]);
    // Either way it comes to rest where it sat on the layer it left: at the corner of the layer now acting.
    await expect.poll(atRest).toEqual(before);
    await context.close();
  });

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a run machine, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${machineUrl('binary-translation', 'cli\nmov cr3, r1\nsysret\nsyscall')}&level=translate-once`);
    await ready(page);
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('region', { name: 'Original and translated code' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('a machine in a chapter runs on the page and opens in the sandbox at the same program and design', async ({
  page,
}) => {
  test.slow();
  await page.goto('/kernel-level');
  await hydrated(page);
  const card = page.getByRole('region', { name: 'VM exits under KVM' });
  await card.scrollIntoViewIfNeeded();
  const editor = card.getByRole('textbox', { name: 'Guest program' });
  await expect(editor).toBeEditable({ timeout: 45_000 });
  await card.getByRole('button', { name: 'Run' }).click();
  await expect(card.getByRole('table', { name: /Trace/ })).toContainText('QEMU process');
  await expect(card.getByText('Halted.')).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('[data-machine-embed]').withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`)).toEqual([]);
  }
  const program = await editor.inputValue();
  await card.getByRole('link', { name: 'Open in the sandbox' }).click();
  await expect(page).toHaveURL(/\/machine\/?\?/);
  await ready(page);
  await expect(page.getByRole('combobox', { name: 'Design' })).toHaveValue('kvm');
  await expect(page.getByRole('textbox', { name: 'Guest program' })).toHaveValue(program);
});

test('before any script runs, a chapter shows its machine’s program and what the machine is', async ({
  browser,
  problems,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await problems.watch(page);
  await page.goto('/privilege-rings');
  const card = page.getByRole('region', { name: 'POPF in a deprivileged kernel' });
  await expect(card.getByRole('textbox', { name: 'Guest program' })).toHaveValue(
    /^pushf r1 .*\ncli .*\n[\s\S]*popf r1/,
  );
  await expect(card).toContainText('A small machine runs this guest kernel code');
  await expect(card.getByRole('combobox', { name: 'Design' })).toHaveValue('trap-and-emulate');
  await context.close();
});

test('a printed chapter shows its machine as the program and the address of the sandbox', async ({ page }) => {
  await page.goto('/print/hypervisors');
  await hydrated(page);
  const figure = page.getByRole('figure', { name: /A routine ported to Xen \(Paravirtualization/ });
  await expect(figure).toContainText('hypercall console_io, r0');
  await expect(figure.getByRole('link')).toHaveAttribute(
    'href',
    /\/machine\/?\?design=paravirtualization&program=store/,
  );
  await expect(figure.getByRole('button')).toHaveCount(0);
});
