import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MDXComponents } from 'mdx/types';
import { chapters } from '../app/course';

type LessonComponent = ComponentType<{ components?: MDXComponents }>;

const lessonModules = import.meta.glob<{ default: LessonComponent }>('/content/*.mdx');

const cache = new Map<string, LazyExoticComponent<LessonComponent>>();

/** One lazy component per chapter, created once, so each lesson is its own chunk. */
export function lessonComponent(slug: string): LazyExoticComponent<LessonComponent> | undefined {
  const hit = cache.get(slug);
  if (hit) return hit;
  const chapter = chapters.find((c) => c.slug === slug);
  const load = chapter ? lessonModules[chapter.file] : undefined;
  if (!load) return undefined;
  const component = lazy(load);
  cache.set(slug, component);
  return component;
}
