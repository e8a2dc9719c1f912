import { expect, fixture, html } from '../helpers/fixture.js';
import { LINK_PLACEHOLDER, applyFormat, editTextarea } from '../../src/components/composer/markdown-toolbar.js';
import type { MarkdownFormat, TextSelection } from '../../src/components/composer/markdown-toolbar.js';
import { en } from '../../src/core/i18n/index.js';
import { fr } from '../../src/core/i18n/messages/fr.js';

const linkText = en.composer.linkText;

/**
 * Writes a selection as text with `{` `}` around the selected part (or `|` for a caret), so cases read
 * like what the viewer sees: `Reset the {APN}` is "Reset the APN" with "APN" selected.
 */
function parse(marked: string): TextSelection {
  const caret = marked.indexOf('|');
  if (caret !== -1) return { text: marked.replace('|', ''), start: caret, end: caret };
  const start = marked.indexOf('{');
  const end = marked.indexOf('}') - 1;
  return { text: marked.replace('{', '').replace('}', ''), start, end };
}

function show({ text, start, end }: TextSelection): string {
  if (start === end) return `${text.slice(0, start)}|${text.slice(start)}`;
  return `${text.slice(0, start)}{${text.slice(start, end)}}${text.slice(end)}`;
}

function apply(format: MarkdownFormat, marked: string): string {
  return show(applyFormat(format, parse(marked), en.composer));
}

describe('markdown toolbar: applyFormat', () => {
  describe('bold', () => {
    it('wraps the selection and keeps it selected', () => {
      expect(apply('bold', 'Reset the {APN} now')).to.equal('Reset the **{APN}** now');
    });

    it('leaves selected spaces outside the markers', () => {
      expect(apply('bold', 'Reset the{ APN }now')).to.equal('Reset the **{APN}** now');
    });

    it('unwraps when applied again, whether the markers are outside or inside the selection', () => {
      expect(apply('bold', 'Reset the **{APN}** now')).to.equal('Reset the {APN} now');
      expect(apply('bold', 'Reset the {**APN**} now')).to.equal('Reset the {APN} now');
    });

    it('inserts empty markers with the caret between them', () => {
      expect(apply('bold', 'Dial |')).to.equal('Dial **|**');
      expect(apply('bold', 'Dial **|**')).to.equal('Dial |');
    });

    it('works on Arabic text', () => {
      expect(apply('bold', 'أعد تشغيل {الهاتف} الآن')).to.equal('أعد تشغيل **{الهاتف}** الآن');
    });
  });

  it('italic uses underscores and toggles', () => {
    expect(apply('italic', 'Turn {Data roaming} off')).to.equal('Turn _{Data roaming}_ off');
    expect(apply('italic', 'Turn _{Data roaming}_ off')).to.equal('Turn {Data roaming} off');
  });

  describe('code', () => {
    it('marks part of a line as inline code', () => {
      expect(apply('code', 'Set the APN to {internet.nuvo}')).to.equal('Set the APN to `{internet.nuvo}`');
    });

    it('uses a longer fence, padded, around code containing backticks', () => {
      expect(apply('code', 'Type {`*#100#`}')).to.equal('Type `` {`*#100#`} ``');
    });

    it('makes a fenced block of several lines, on lines of its own, and removes it again', () => {
      const fenced = apply('code', 'Settings:{APN: internet\nMMSC: none}');
      expect(fenced).to.equal('Settings:\n```\n{APN: internet\nMMSC: none}\n```');
      expect(apply('code', 'Settings:\n{```\nAPN: internet\n```}')).to.equal('Settings:\n{APN: internet}');
    });
  });

  describe('link', () => {
    it('links the selected text with the address placeholder selected', () => {
      expect(apply('link', 'See the {coverage map}.')).to.equal(`See the [coverage map]({${LINK_PLACEHOLDER}}).`);
    });

    it('puts a selected address in the link target and a visible link text, selected, before it', () => {
      expect(apply('link', 'See {https://nuvo.example/map}')).to.equal(`See [{${linkText}}](https://nuvo.example/map)`);
    });

    it('with nothing selected, inserts a visible link text, selected for typing, never an invisible link', () => {
      expect(linkText).to.equal('link text');
      expect(apply('link', 'See |')).to.equal(`See [{${linkText}}](${LINK_PLACEHOLDER})`);
    });

    it('writes the link text in the writer’s language', () => {
      const next = applyFormat('link', parse('Voir |'), fr.composer);
      expect(show(next)).to.equal(`Voir [{texte du lien}](${LINK_PLACEHOLDER})`);
    });
  });

  describe('bulleted list', () => {
    it('turns the caret’s line into a bullet, keeping the caret in place', () => {
      expect(apply('list', 'Steps:\nRestart the pho|ne')).to.equal('Steps:\n- Restart the pho|ne');
    });

    it('bullets every selected line, skipping blank ones, and selects the block', () => {
      expect(apply('list', 'Steps:\nRest{art\n\nReset the A}PN\nDone')).to.equal(
        'Steps:\n{- Restart\n\n- Reset the APN}\nDone',
      );
    });

    it('does not take in the line after a selection that ends on a newline', () => {
      expect(apply('list', '{One\n}Two')).to.equal('{- One}\nTwo');
    });

    it('removes the bullets when every line already has one', () => {
      expect(apply('list', '{- Restart\n- Reset}')).to.equal('{Restart\nReset}');
      expect(apply('list', '- Rest|art')).to.equal('Rest|art');
    });
  });
});

describe('markdown toolbar: editTextarea', () => {
  it('puts the new text and selection into the textarea and focuses it', async () => {
    const textarea = await fixture<HTMLTextAreaElement>(html`<textarea>Reset the APN now</textarea>`);
    textarea.setSelectionRange(10, 13);
    const next = applyFormat('bold', { text: textarea.value, start: 10, end: 13 }, en.composer);
    editTextarea(textarea, next);
    expect(textarea.value).to.equal('Reset the **APN** now');
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([12, 15]);
    expect(document.activeElement === textarea, 'the textarea has focus').to.equal(true);
  });

  it('is one undo step, like typing', async () => {
    const textarea = await fixture<HTMLTextAreaElement>(html`<textarea>Restart the phone</textarea>`);
    const inputs: string[] = [];
    textarea.addEventListener('input', () => inputs.push(textarea.value));
    editTextarea(textarea, applyFormat('list', { text: textarea.value, start: 3, end: 3 }, en.composer));
    expect(textarea.value).to.equal('- Restart the phone');
    expect(inputs).to.deep.equal(['- Restart the phone']);
    document.execCommand('undo');
    expect(textarea.value).to.equal('Restart the phone');
  });
});
