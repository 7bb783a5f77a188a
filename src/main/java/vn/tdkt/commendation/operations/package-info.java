/** Running the application in production: health of the engine and its job executor, and workflow metrics. */
package vn.tdkt.commendation.operations;
