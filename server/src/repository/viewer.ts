import type {
  AnswerPermissions,
  PostPermissions,
  QuestionPermissions,
  QuestionStatus,
  Role,
} from '#majlis/core/types.js';

/** Who makes a request: a member (id and role), or null for an anonymous reader. */
export type Actor = { id: string; role: Role } | null;

export function isStaff(actor: Actor): boolean {
  return actor?.role === 'staff' || actor?.role === 'moderator';
}

/** The rules of the in-browser adapter: no kudos on one's own posts, staff edit and moderate everything. */
export function postPermissions(actor: Actor, authorId: string): PostPermissions {
  if (actor === null) return { vote: false, edit: false, moderate: false };
  const own = actor.id === authorId;
  return { vote: !own, edit: own || isStaff(actor), moderate: isStaff(actor) };
}

export function questionPermissions(actor: Actor, authorId: string, status: QuestionStatus): QuestionPermissions {
  return { ...postPermissions(actor, authorId), answer: actor !== null && status === 'open' };
}

/** Who may accept: the asker, staff and moderators, while the question is open. */
export function mayAccept(actor: Actor, question: { authorId: string; status: QuestionStatus }): boolean {
  if (actor === null || question.status === 'locked') return false;
  return actor.id === question.authorId || isStaff(actor);
}

export function answerPermissions(
  actor: Actor,
  authorId: string,
  question: { authorId: string; status: QuestionStatus },
): AnswerPermissions {
  return { ...postPermissions(actor, authorId), accept: mayAccept(actor, question) };
}
