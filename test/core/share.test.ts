import { expect } from '../helpers/fixture.js';
import { cleanHashtag, nativeShareData, shareLink } from '../../src/core/share.js';

const data = { url: 'https://support.nuvo.example/community#/questions/q-1/answers/a-2', text: 'Which APN settings for 4G?', hashtag: '#AskTheCEO' };

describe('share links', () => {
  it('opens each network’s own share dialog, with the hashtag', () => {
    const x = new URL(shareLink('X', data));
    expect(x.origin + x.pathname).to.equal('https://x.com/intent/post');
    expect(Object.fromEntries(x.searchParams)).to.deep.equal({ text: data.text, url: data.url, hashtags: 'AskTheCEO' });
    const whatsApp = new URL(shareLink('WhatsApp', data));
    expect(whatsApp.origin + whatsApp.pathname).to.equal('https://wa.me/');
    expect(whatsApp.searchParams.get('text')).to.equal(`${data.text} #AskTheCEO ${data.url}`);
    const facebook = new URL(shareLink('Facebook', data));
    expect(facebook.origin + facebook.pathname).to.equal('https://www.facebook.com/sharer/sharer.php');
    expect(Object.fromEntries(facebook.searchParams)).to.deep.equal({ u: data.url, hashtag: '#AskTheCEO' });
  });

  it('leaves the hashtag out when there is none', () => {
    const plain = { url: data.url, text: data.text };
    expect(new URL(shareLink('X', plain)).searchParams.has('hashtags')).to.equal(false);
    expect(new URL(shareLink('WhatsApp', plain)).searchParams.get('text')).to.equal(`${data.text} ${data.url}`);
    expect(new URL(shareLink('Facebook', plain)).searchParams.has('hashtag')).to.equal(false);
    expect(nativeShareData(plain)).to.deep.equal({ title: data.text, text: data.text, url: data.url });
  });

  it('gives the browser’s share dialog the hashtag with the text, and cleans hashtags', () => {
    expect(nativeShareData(data)).to.deep.equal({ title: data.text, text: `${data.text} #AskTheCEO`, url: data.url });
    expect(cleanHashtag('##Ask the CEO')).to.equal('AsktheCEO');
    expect(cleanHashtag(undefined)).to.equal('');
  });
});
