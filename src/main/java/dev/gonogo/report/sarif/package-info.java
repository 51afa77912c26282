/** The subset of SARIF 2.1.0 that gonogo writes, as typed records for Jackson. */
package dev.gonogo.report.sarif;
