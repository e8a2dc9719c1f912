import { acceptChecks } from './checks/accept.js';
import { careChecks } from './checks/care.js';
import { creationChecks } from './checks/creation.js';
import { editChecks } from './checks/edits.js';
import { flagChecks } from './checks/flags.js';
import { floodChecks } from './checks/flood.js';
import { followChecks } from './checks/follow.js';
import { handoffChecks } from './checks/handoff.js';
import { ideaChecks } from './checks/ideas.js';
import { listChecks } from './checks/lists.js';
import { liveChecks } from './checks/live.js';
import { liveSessionChecks } from './checks/live-sessions.js';
import { moderationChecks } from './checks/moderation.js';
import { pagingChecks } from './checks/paging.js';
import { permissionChecks } from './checks/permissions.js';
import { personalDataChecks } from './checks/personal-data.js';
import { readChecks } from './checks/reads.js';
import { recognitionChecks } from './checks/recognition.js';
import { robustnessChecks } from './checks/robustness.js';
import { searchChecks } from './checks/search.js';
import { validationChecks } from './checks/validation.js';
import { voteChecks } from './checks/votes.js';
import type { ConformanceCheck } from './types.js';

/** Every rule of the adapter contract, in reading order. */
export const conformanceChecks: readonly ConformanceCheck[] = [
  ...readChecks,
  ...permissionChecks,
  ...voteChecks,
  ...acceptChecks,
  ...validationChecks,
  ...personalDataChecks,
  ...creationChecks,
  ...listChecks,
  ...searchChecks,
  ...pagingChecks,
  ...robustnessChecks,
  ...recognitionChecks,
  ...flagChecks,
  ...moderationChecks,
  ...handoffChecks,
  ...editChecks,
  ...floodChecks,
  ...followChecks,
  ...liveChecks,
  ...careChecks,
  ...ideaChecks,
  ...liveSessionChecks,
];
