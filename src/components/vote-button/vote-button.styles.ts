import { css } from 'lit';

/** The element around the toggle; the toggle's own looks are `kudosStyles` (./kudos.ts), shared with `<majlis-post>`. */
export const styles = css`
  :host {
    display: inline-flex;
    vertical-align: middle;
  }
`;
