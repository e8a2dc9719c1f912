import { expect } from '../helpers/fixture.js';
import { calendarFile, escapeText, foldLine, utcTime } from '../../src/core/ics.js';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('ics', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).to.equal('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('writes times in UTC whatever the offset given', () => {
    expect(utcTime('2027-03-01T19:00:00+01:00')).to.equal('20270301T180000Z');
    expect(utcTime(new Date(Date.UTC(2027, 0, 2, 3, 4, 5, 678)))).to.equal('20270102T030405Z');
    expect(() => utcTime('soon')).to.throw(RangeError);
  });

  it('folds lines at 75 octets, never inside a character, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'سؤال وجواب مع فريق الشبكة '.repeat(8)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).to.be.greaterThan(1);
    for (const part of folded) expect(octets(part)).to.be.at.most(75);
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).to.equal(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).to.equal(line);
    expect(foldLine('SHORT:line')).to.equal('SHORT:line');
    const ascii = foldLine(`X:${'a'.repeat(200)}`).split('\r\n');
    expect(ascii.map(octets)).to.deep.equal([75, 75, 54]);
  });

  it('makes one event with its UID, UTC times and CRLF line ends', () => {
    const text = calendarFile({
      uid: 'ls-1@majlis.example',
      title: 'Ask the network team, live',
      description: 'Coverage; 5G, roaming\nand more',
      startsAt: '2027-03-01T18:00:00Z',
      endsAt: '2027-03-01T19:00:00Z',
      url: 'https://majlis.example/?page=live',
      stamp: new Date('2027-02-01T00:00:00Z'),
    });
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/gu, '')).not.to.match(/[\r\n]/u);
    const lines = text.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include.members([
      'VERSION:2.0',
      'UID:ls-1@majlis.example',
      'DTSTAMP:20270201T000000Z',
      'DTSTART:20270301T180000Z',
      'DTEND:20270301T190000Z',
      'SUMMARY:Ask the network team\\, live',
      'DESCRIPTION:Coverage\\; 5G\\, roaming\\nand more',
      'END:VEVENT',
    ]);
  });
});
