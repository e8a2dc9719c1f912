import { expect } from '../helpers/fixture.js';
import { makeAnswer, makeQuestion } from '../helpers/fake-adapter.js';
import { qaPageData, serializeJsonLd } from '../../src/core/structured-data.js';
import type { JsonLdAnswer, StructuredDataSource } from '../../src/core/structured-data.js';
import type { Answer, Question } from '../../src/core/types.js';

const source: StructuredDataSource = { text: (post) => post.body.replace(/[*`]/g, '') };

/** Google's required properties of a Q&A page: https://developers.google.com/search/docs/appearance/structured-data/qapage */
function expectValidAnswer(answer: JsonLdAnswer | undefined): void {
  expect(answer?.['@type']).to.equal('Answer');
  expect(answer?.text, 'Answer.text').to.be.a('string').and.not.equal('');
  expect(answer?.author['@type']).to.equal('Person');
  expect(answer?.author.name, 'Answer.author.name').to.be.a('string').and.not.equal('');
  expect(answer?.upvoteCount).to.be.a('number');
  expect(Date.parse(answer?.dateCreated ?? ''), 'Answer.dateCreated').to.not.be.NaN;
}

describe('structured data (schema.org QAPage)', () => {
  const question = makeQuestion({ acceptedAnswerId: 'a-2', answerCount: 2 });
  const answers = [makeAnswer({ id: 'a-1' }), makeAnswer({ id: 'a-2', accepted: true, voteCount: 2, editedAt: '2026-11-03T08:00:00Z' })];

  it("has every property Google requires of a question and its answers, the accepted one apart", () => {
    const data = qaPageData(question, answers, source)!;
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('QAPage');
    const entity = data.mainEntity;
    expect(entity['@type']).to.equal('Question');
    expect(entity.name).to.equal('Mobile data stopped working after roaming in France');
    expect(entity.text).to.equal('Since I came back from Paris my 4G does not connect.');
    expect(entity.answerCount).to.equal(2);
    expect(entity.upvoteCount).to.equal(3);
    expect(entity.dateCreated).to.equal('2026-11-01T09:00:00Z');
    expect(entity.inLanguage).to.equal('en');
    expect(entity.author).to.deep.equal({ '@type': 'Person', name: 'Sam Peeters' });
    expectValidAnswer(entity.acceptedAnswer);
    expect(entity.acceptedAnswer?.dateModified).to.equal('2026-11-03T08:00:00Z');
    expect(entity.acceptedAnswer?.upvoteCount).to.equal(2);
    expect(entity.suggestedAnswer).to.have.length(1);
    entity.suggestedAnswer?.forEach(expectValidAnswer);
    expect(entity.suggestedAnswer?.[0].text).to.equal('Switch Data roaming off and reset the APN to internet.nuvo.');
  });

  it('adds the addresses it is given: the page, each answer, each author', () => {
    const data = qaPageData(question, answers, {
      ...source,
      url: 'https://support.example/q/q-1',
      answerUrl: (answer) => `https://support.example/q/q-1#${answer.id}`,
      authorUrl: (user) => (user.id === 'u-sam' ? 'https://support.example/u/sam' : undefined),
    })!;
    expect(data.url).to.equal('https://support.example/q/q-1');
    expect(data.mainEntity.acceptedAnswer?.url).to.equal('https://support.example/q/q-1#a-2');
    expect(data.mainEntity.author.url).to.equal('https://support.example/u/sam');
    expect(data.mainEntity.acceptedAnswer?.author).to.not.have.property('url');
  });

  it('leaves out answers that are pending, hidden or deleted, and a question that is not published', () => {
    const hidden: Answer[] = [
      makeAnswer({ id: 'a-3', state: 'pending', body: 'Pending text' }),
      makeAnswer({ id: 'a-4', state: 'hidden', body: '' }),
      makeAnswer({ id: 'a-5', state: 'deleted', body: '' }),
      makeAnswer({ id: 'a-6', questionId: 'q-other' }),
    ];
    const data = qaPageData(makeQuestion({ acceptedAnswerId: 'a-4', answerCount: 1 }), [makeAnswer(), ...hidden], source)!;
    expect(data.mainEntity.acceptedAnswer).to.equal(undefined);
    expect(data.mainEntity.suggestedAnswer?.map((a) => a.text)).to.deep.equal([source.text(makeAnswer())]);
    expect(serializeJsonLd(data)).to.not.contain('Pending text');
    for (const state of ['pending', 'hidden', 'deleted'] as const) {
      expect(qaPageData(makeQuestion({ state }), [makeAnswer()], source), state).to.equal(undefined);
    }
  });

  it('gives a question without answers no answer properties, and a title-only question its title as text', () => {
    const entity = qaPageData(makeQuestion({ answerCount: 0, body: '' }), [], source)!.mainEntity;
    expect(entity.answerCount).to.equal(0);
    expect(entity).to.not.have.property('acceptedAnswer');
    expect(entity).to.not.have.property('suggestedAnswer');
    expect(entity.text).to.equal(entity.name);
  });

  it('escapes what could end the script element, and the result parses back to the same data', () => {
    const hostile: Question = makeQuestion({
      title: '</script><script>alert(1)</script>',
      body: '<!-- & \u2028 \u2029 -->',
    });
    const data = qaPageData(hostile, [makeAnswer({ body: '</SCRIPT >' })], { text: (post) => post.body })!;
    const json = serializeJsonLd(data);
    expect(json).to.not.match(/[<>&\u2028\u2029]/);
    expect(json).to.contain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    expect(json).to.contain('\\u2028');
    expect(JSON.parse(json)).to.deep.equal(data);
    // In a page, the parsed script holds the whole JSON, and nothing else ran or was created.
    const doc = new DOMParser().parseFromString(`<script type="application/ld+json">${json}</script>`, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(doc.querySelector('script')!.textContent)).to.deep.equal(data);
  });
});
