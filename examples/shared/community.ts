// What every example shares: the in-browser adapter over the demo's community, signed in as a member (Noura) so
// kudos can be given, and the sentence a page shows when a kudos event reaches its framework code.
import { MemoryAdapter } from 'majlis/memory';
import type { CommunitySeed, MajlisVoteEvent } from 'majlis';
import seed from '../../demo/seed.json';

export const adapter = new MemoryAdapter({ seed: seed as unknown as CommunitySeed, viewerId: 'u-noura' });

export const kudosText = ({ detail }: MajlisVoteEvent): string =>
  `Kudos ${detail.voted ? 'given to' : 'taken back from'} ${detail.target} ${detail.id} (${detail.voteCount} now)`;
