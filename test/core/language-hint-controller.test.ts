import { render } from 'lit';
import { expect } from '../helpers/fixture.js';
import { controllerHost } from '../helpers/controller-host.js';
import { LanguageHintController, loadLanguageDetector } from '../../src/core/controllers/language-hint-controller.js';
import type { LanguageHintOptions } from '../../src/core/controllers/language-hint-controller.js';

const ENGLISH = 'My phone has no mobile data since the update and I have restarted it twice with the same result.';
const FRENCH = 'Mon téléphone ne capte plus la 4G depuis la mise à jour et pour moi le redémarrage ne change rien.';

/** A hint over a text and selected language the test sets by hand. */
function setup(options: Partial<LanguageHintOptions> = {}) {
  const state = { text: '', selected: 'fr' as string | undefined };
  const shown: string[] = [];
  const resolved: [string, boolean][] = [];
  const host = controllerHost();
  const hint = new LanguageHintController(host, {
    text: () => state.text,
    selected: () => state.selected,
    readerLanguage: () => 'en',
    describe: (selected, suggestion) => `${selected}→${suggestion}`,
    languageName: (tag) => tag.toUpperCase(),
    messages: () => ({ switchLanguage: (name) => `Switch to ${name}`, keepLanguage: 'Keep' }),
    shown: (text) => shown.push(text),
    resolved: (suggestion, accepted) => resolved.push([suggestion, accepted]),
    ...options,
  });
  const write = (text: string, selected: string | undefined = state.selected) => {
    Object.assign(state, { text, selected });
    host.update();
  };
  /** The hint as rendered, in a scratch container. */
  const rendered = () => {
    const container = document.createElement('div');
    render(hint.render(), container);
    return container;
  };
  return { state, host, hint, shown, resolved, write, rendered };
}

describe('LanguageHintController, before its detector is in', () => {
  it('fetches the detector when the writer first types, and suggests once it is in', async () => {
    const { hint, host, write } = setup();
    write('');
    expect(hint.suggestion, 'nothing written, nothing fetched').to.equal(undefined);
    write(ENGLISH);
    expect(hint.suggestion, 'no hint while the detector loads').to.equal(undefined);
    await loadLanguageDetector();
    host.update();
    expect(hint.suggestion).to.equal('en');
  });
});

describe('LanguageHintController', () => {
  before(() => loadLanguageDetector());

  it('suggests the language the text is written in when another one is selected, and announces it once', () => {
    const { hint, shown, write } = setup();
    write('Short');
    expect(hint.suggestion, 'too short to tell').to.equal(undefined);
    write(ENGLISH);
    expect(hint.suggestion).to.equal('en');
    write(`${ENGLISH} Still typing.`);
    expect(shown).to.deep.equal(['fr→en']);
  });

  it('says nothing when the text matches the selected language, or when nothing can be written', () => {
    const { state, hint, write } = setup();
    write(FRENCH);
    expect(hint.suggestion).to.equal(undefined);
    state.selected = undefined;
    write(ENGLISH);
    expect(hint.suggestion).to.equal(undefined);
  });

  it('offers the preferred tag for a detected language', () => {
    const { hint, write } = setup({ prefer: (language) => (language === 'fr' ? 'fr-BE' : language) });
    write(FRENCH, 'en');
    expect(hint.suggestion).to.equal('fr-BE');
  });

  it('renders the hint with a switch and a keep button, and nothing without a suggestion', () => {
    const { write, rendered } = setup();
    expect(rendered().querySelector('[part="language-hint"]')).to.equal(null);
    write(ENGLISH);
    const hintElement = rendered().querySelector('[part="language-hint"]')!;
    expect(hintElement.querySelector('p')!.textContent).to.equal('fr→en');
    expect([...hintElement.querySelectorAll('button')].map((b) => b.textContent.trim())).to.deep.equal(['Switch to EN', 'Keep']);
  });

  it('switching hands the suggestion to the host', () => {
    const { resolved, write, rendered } = setup();
    write(ENGLISH);
    rendered().querySelector<HTMLButtonElement>('button')!.click();
    expect(resolved).to.deep.equal([['en', true]]);
  });

  it('keeping the language hides the hint for that pair until reset()', () => {
    const { host, hint, shown, resolved, write, rendered } = setup();
    write(ENGLISH);
    const updates = host.updates;
    rendered().querySelectorAll<HTMLButtonElement>('button')[1].click();
    expect(resolved).to.deep.equal([['en', false]]);
    expect(host.updates).to.be.greaterThan(updates);
    host.update();
    expect(hint.suggestion).to.equal(undefined);
    write(ENGLISH, 'nl');
    expect(hint.suggestion, 'another selected language: a new pair').to.equal('en');
    write(ENGLISH, 'fr');
    expect(hint.suggestion).to.equal(undefined);
    hint.reset();
    host.update();
    expect(hint.suggestion).to.equal('en');
    expect(shown).to.deep.equal(['fr→en', 'nl→en', 'fr→en']);
  });
});
