import type { PostType } from '../../core/types.js';
import { compareIds, postKey } from './model.js';
import type { CommunityData, StoredAnswer } from './model.js';
import type { Recognition } from './recognition.js';

/** Everything that depends on more than one record; recomputed after each mutation. */
export interface Derived {
  answersByQuestion: Map<string, StoredAnswer[]>;
  standings: Map<string, Standing>;
  ranks: Map<string, number>;
}

export interface Standing {
  reputation: number;
  questions: number;
  answers: number;
  acceptedAnswers: number;
  kudosReceived: number;
}

export function emptyStanding(reputation: number): Standing {
  return { reputation, questions: 0, answers: 0, acceptedAnswers: 0, kudosReceived: 0 };
}

export function derive(data: CommunityData, recognition: Recognition): Derived {
  const answersByQuestion = new Map<string, StoredAnswer[]>();
  for (const answer of data.answers.values()) {
    const siblings = answersByQuestion.get(answer.questionId) ?? [];
    siblings.push(answer);
    answersByQuestion.set(answer.questionId, siblings);
  }
  const standings = computeStandings(data, recognition);
  const ranking = [...standings.entries()].sort(
    ([idA, a], [idB, b]) => b.reputation - a.reputation || compareIds(idA, idB),
  );
  const ranks = new Map(ranking.map(([id], index) => [id, index + 1]));
  return { answersByQuestion, standings, ranks };
}

/** Counters from the posts and kudos; reputation from the ledger ({@link Recognition}). */
export function computeStandings(data: CommunityData, recognition: Recognition): Map<string, Standing> {
  const standings = new Map<string, Standing>();
  for (const user of data.users.values()) {
    standings.set(user.id, emptyStanding(recognition.reputationOf(user.id, user.reputationBase ?? 0)));
  }
  const kudosOn = (target: PostType, id: string) => data.votes.get(postKey(target, id))?.size ?? 0;
  // Deleted posts no longer count for their author.
  for (const question of data.questions.values()) {
    if (question.state === 'deleted') continue;
    const standing = standings.get(question.authorId) ?? emptyStanding(0);
    const kudos = kudosOn('question', question.id);
    standing.questions += 1;
    standing.kudosReceived += kudos;
  }
  for (const answer of data.answers.values()) {
    if (answer.state === 'deleted') continue;
    const standing = standings.get(answer.authorId) ?? emptyStanding(0);
    const kudos = kudosOn('answer', answer.id);
    const accepted = data.questions.get(answer.questionId)?.acceptedAnswerId === answer.id ? 1 : 0;
    standing.answers += 1;
    standing.kudosReceived += kudos;
    standing.acceptedAnswers += accepted;
  }
  return standings;
}
