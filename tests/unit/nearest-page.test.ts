import { describe, expect, it } from 'vitest';
import { editDistance, nearestPage } from '../../src/model/nearest-page';

const pages = [
  { path: '/hypervisors', title: 'Hypervisor virtualization' },
  { path: '/kernel-level', title: 'Kernel-level virtualization' },
  { path: '/glossary', title: 'Glossary' },
];

describe('the nearest page to a mistyped address', () => {
  it('counts edits', () => {
    expect(editDistance('hypervisor', 'hypervisors')).toBe(1);
    expect(editDistance('kernal-levle', 'kernel-level')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('finds the chapter a typo meant, whatever the case and trailing parts', () => {
    expect(nearestPage('/hypervisor', pages)?.title).toBe('Hypervisor virtualization');
    expect(nearestPage('/Kernel-Levle/', pages)?.title).toBe('Kernel-level virtualization');
    expect(nearestPage('/glosary#term-trap', pages)?.path).toBe('/glossary');
  });

  it('suggests nothing for an address far from every page', () => {
    expect(nearestPage('/completely-unrelated', pages)).toBeNull();
    expect(nearestPage('/', pages)).toBeNull();
  });
});
