// Checked by `npm run typecheck` (not a test run): the `majlis/react` components' props, from the elements' classes
// and the global event map. Each `@ts-expect-error` line must fail to compile.
import type { ReactElement } from 'react';
import { MajlisCommunity, MajlisThread, MajlisVoteButton } from '../../src/react.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { MajlisVoteEvent } from '../../src/index.js';

const adapter = new MemoryAdapter({ seed: { users: [], categories: [], questions: [], answers: [], votes: [] } });

export const pages: ReactElement[] = [
  <MajlisCommunity
    adapter={adapter}
    routing="none"
    view="question"
    questionId="q-1"
    onMajlisVote={(event) => {
      const typed: MajlisVoteEvent = event;
      return typed.detail.voted;
    }}
    onMajlisNavigate={(event) => event.preventDefault()}
  />,
  <MajlisThread questionId="q-1" sort="oldest" pageSize={5} onMajlisLoginRequest={(event) => void event.detail.signedIn()} />,
  <MajlisVoteButton target="answer" targetId="a-1" className="kudos" />,
  // @ts-expect-error the adapter is an object, not an endpoint URL
  <MajlisCommunity adapter="/api/community" />,
  // @ts-expect-error an answer order the thread does not know
  <MajlisThread sort="random" />,
  // @ts-expect-error page-size is a number
  <MajlisThread pageSize="5" />,
  // @ts-expect-error a kudos button fires no navigation
  <MajlisVoteButton onMajlisNavigate={() => undefined} />,
  // @ts-expect-error the kudos handler gets a vote event, whose detail has no answerId
  <MajlisThread onMajlisVote={(event) => void event.detail.answerId} />,
];
