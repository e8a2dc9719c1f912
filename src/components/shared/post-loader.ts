// The post loader lives with the other controllers; this path stays for the kudos and accept buttons until
// they import it from there.
export { PostLoader } from '../../core/controllers/post-loader-controller.js';
export type { PostRef, PostView } from '../../core/controllers/post-loader-controller.js';
