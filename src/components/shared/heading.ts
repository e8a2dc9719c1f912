import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** The levels a heading can have (as `<h1>`…`<h6>` do). */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A `heading-level` property as a level: a whole number clamped to 1–6 (anything else is `fallback`),
 * then `below` levels down for the headings under it (never past 6).
 */
export function headingLevel(value: number, fallback: HeadingLevel, below = 0): HeadingLevel {
  const level = Math.min(6, Math.max(1, Math.trunc(value) || fallback));
  return Math.min(6, level + below) as HeadingLevel;
}

/** What a heading may carry besides its level (each attribute is left out when not given). */
export interface HeadingAttributes {
  id?: string;
  part?: string;
  class?: string;
  dir?: 'auto';
  /** `-1`: focus can be moved to the heading (after navigation) without a tab stop. */
  tabindex?: '-1';
}

/**
 * The one way Majlis elements render a heading: `role="heading"` with `aria-level`, so any level 1–6 is
 * one template, styled by its class or part rather than by tag (`h1`…`h6` in a post's Markdown keep theirs).
 */
export function heading(level: HeadingLevel, content: unknown, attributes: HeadingAttributes = {}): TemplateResult {
  const { id, part, dir, tabindex } = attributes;
  return html`<div role="heading" aria-level=${level} id=${id ?? nothing} part=${part ?? nothing}
    class=${attributes.class ?? nothing} dir=${dir ?? nothing} tabindex=${tabindex ?? nothing}>${content}</div>`;
}
