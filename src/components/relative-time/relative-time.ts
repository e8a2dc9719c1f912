import { MajlisElement } from '../../core/element.js';
import { RelativeTimeController, relativeTimeStyles } from '../../core/controllers/relative-time-controller.js';
import { hostStyles } from '../../styles/host.styles.js';
import { styles } from './relative-time.styles.js';

/**
 * @tag majlis-relative-time
 * @summary A time as "3 hours ago" in the element's language, with the full date as `<time datetime>` and a
 * title. It keeps itself current while it is on screen (one shared timer for all instances).
 *
 * @csspart time - The `<time>` element.
 */
export class MajlisRelativeTime extends MajlisElement {
  static override styles = [hostStyles, relativeTimeStyles, styles];
  static override properties = {
    datetime: { reflect: true },
  };

  private readonly time: RelativeTimeController = new RelativeTimeController(this, this.localize);

  /** The moment to show, as an ISO-8601 date-time. */
  datetime = '';

  override render() {
    return this.time.render(this.datetime);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-relative-time': MajlisRelativeTime;
  }
}
