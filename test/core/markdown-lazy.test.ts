import { render } from 'lit';
import { expect, html, waitUntil } from '../helpers/fixture.js';
import { markdown, markdownParserReady, markdownToText, renderMarkdown } from '../../src/core/markdown.js';
import { parseMarkdown } from '../../src/core/markdown-parse.js';

/** Runs in a page of its own: the parser is not loaded until a body without `bodyHtml` asks for it. */
describe('markdown: bodies parsed by the adapter (bodyHtml)', () => {
  it('renders and sanitizes an adapter’s bodyHtml without loading the parser', () => {
    const element = document.createElement('div');
    element.append(renderMarkdown('ignored', '<p>Dial <strong>*100#</strong><img src=x onerror="window.__xss=1"><script>window.__xss=1</script></p>'));
    expect(element.querySelector('strong')!.textContent).to.equal('*100#');
    expect(element.querySelector('img, script')).to.equal(null);
    expect(element.querySelector('p')!.getAttribute('dir')).to.equal('auto');
    expect(markdownToText('ignored', undefined, '<p>A <em>quiet</em> line</p>')).to.equal('A quiet line');
    expect(markdownParserReady()).to.equal(false);
  });

  it('shows a body without bodyHtml as typed, then formatted once the parser has loaded', async () => {
    const host = document.createElement('div');
    const source = 'Restart the phone.\n**Then** dial *100#';
    render(html`<div part="body">${markdown(source)}</div>`, host);
    document.body.append(host);
    try {
      const first = host.querySelector('p')!;
      expect(first.textContent).to.equal(source);
      expect(host.querySelector('strong')).to.equal(null);
      await waitUntil(() => host.querySelector('strong'), 'the formatted body replaces the typed text');
      expect(host.querySelector('strong')!.textContent).to.equal('Then');
      expect(host.querySelector('br')).to.not.equal(null);
      expect(markdownParserReady()).to.equal(true);
    } finally {
      host.remove();
    }
  });

  it('gives the same page whether the adapter parsed the body or the page did', () => {
    const source = '# Roaming\n\n- APN `internet`\n- [help](https://example.com)';
    const byAdapter = document.createElement('div');
    byAdapter.append(renderMarkdown(source, parseMarkdown(source)));
    const byPage = document.createElement('div');
    byPage.append(renderMarkdown(source));
    expect(byAdapter.innerHTML).to.equal(byPage.innerHTML);
    expect(byPage.querySelector('h3')!.textContent).to.equal('Roaming');
  });
});
