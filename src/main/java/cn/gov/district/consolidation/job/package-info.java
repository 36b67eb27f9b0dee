/**
 * The Spring Batch wiring: the consolidation job with its steps in the order the data flows
 * (discover → ingest → decide → publish → archive), the command line runner with its run
 * lock and crash recovery, and the nightly schedule. The only package that wires stages together.
 */
package cn.gov.district.consolidation.job;
