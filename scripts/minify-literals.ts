/**
 * A Vite plugin that minifies the static text of Lit's html``, svg`` and css`` tagged templates. Minifiers
 * leave template text alone (to them it is a string), so the indentation of every template would ship.
 * Templates are found with the TypeScript parser, so expressions, nested templates and strings stay untouched.
 */
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Markup: a whitespace run that spans lines renders as one space (no template here has <pre> content); inside
 * a tag, the space between a quoted attribute value and the tag's end goes.
 */
const compactMarkup = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/(["'])\s+(\/?>)/g, '$1$2');

/**
 * Styles: comments and insignificant whitespace go — around braces, `;`, `,`, `>`, after `:` and `(`, before
 * `)` and `!important`. Never before `:`, `*` or after `)`: there a space is the descendant combinator.
 */
const compactStyles = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([:(]) /g, '$1')
    .replace(/ ([)!])/g, '$1')
    .replace(/;}/g, '}');

const compactors: Record<string, (text: string) => string> = {
  html: compactMarkup,
  svg: compactMarkup,
  css: compactStyles,
};

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

/** The module with its template text compacted, and a source map of the change (columns move, lines vanish). */
export function minifyTemplates(code: string, fileName: string): MagicString {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const result = new MagicString(code);
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const compact = compactors[node.tag.text];
      if (compact) {
        const spans = literalSpans(node.template, source);
        for (const [i, [start, end]] of spans.entries()) {
          let text = compact(code.slice(start, end));
          // A style sheet's own ends touch no other token (markup keeps them: there they are text).
          if (node.tag.text === 'css' && i === 0) text = text.trimStart();
          if (node.tag.text === 'css' && i === spans.length - 1) text = text.trimEnd();
          if (text !== code.slice(start, end)) result.overwrite(start, end, text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return result;
}

export function minifyLiterals(): Plugin {
  return {
    name: 'majlis:minify-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !/\b(html|svg|css)`/.test(code)) return null;
      const result = minifyTemplates(code, id);
      return { code: result.toString(), map: result.generateMap({ hires: true, source: id }) };
    },
  };
}
