// The counted window of a request, from its filters and the data's span.
// A bad window (from after to, too many periods) is a WindowError, which
// onError answers with a 400 naming the parameter.
export { filtersWindow as windowOf } from '../db/skill-summary.js';
