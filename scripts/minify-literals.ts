/**
 * A Vite plugin that minifies the static text of Lit's html``, svg`` and css`` tagged templates. Minifiers
 * leave template text alone (to them it is a string), so the indentation of every template would ship.
 * Templates are found with the TypeScript parser, so expressions, nested templates and strings stay untouched.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Markup: a whitespace run that spans lines renders as one space (no template here has <pre> content). */
const compactMarkup = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** Styles: comments and insignificant whitespace go. */
const compactStyles = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}');

const compactors: Record<string, (text: string) => string> = {
  html: compactMarkup,
  svg: compactMarkup,
  css: compactStyles,
};

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The raw text spans (between the delimiters) of a template's literal parts. */
function literalSpans(template: ts.TemplateLiteral, source: ts.SourceFile): [start: number, end: number][] {
  const parts: ts.TemplateLiteralLikeNode[] = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
  return parts.map((part) => {
    const start = part.getStart(source) + 1; // after ` or }
    const closing = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1; // ${ or `
    return [start, part.getEnd() - closing];
  });
}

export function minifyTemplates(code: string, fileName: string): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const compact = compactors[node.tag.text];
      if (compact) {
        for (const [start, end] of literalSpans(node.template, source)) {
          edits.push({ start, end, text: compact(code.slice(start, end)) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

export function minifyLiterals(): Plugin {
  return {
    name: 'majlis:minify-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !/\b(html|svg|css)`/.test(code)) return null;
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}
