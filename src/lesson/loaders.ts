import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MDXComponents } from 'mdx/types';
import { chapters } from '../app/course';

type LessonComponent = ComponentType<{ components?: MDXComponents }>;

const lessonModules = import.meta.glob<{ default: LessonComponent }>('/content/*.mdx');

/** One lazy component per chapter, made once at start-up, so each lesson is its own chunk. */
export const lessons: Readonly<Record<string, LazyExoticComponent<LessonComponent>>> = Object.fromEntries(
  chapters.flatMap((c) => {
    const load = lessonModules[c.file];
    return load ? [[c.slug, lazy(load)]] : [];
  }),
);
