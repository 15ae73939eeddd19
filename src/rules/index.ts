import noStatusAfterSend from './no-status-after-send.js';
import noStatusAsBody from './no-status-as-body.js';
import requireCreatedStatus from './require-created-status.js';
import requireErrorStatus from './require-error-status.js';

/** Every rule, by id. */
export const rules = {
  'no-status-after-send': noStatusAfterSend,
  'no-status-as-body': noStatusAsBody,
  'require-created-status': requireCreatedStatus,
  'require-error-status': requireErrorStatus,
};
