/** The command line: picocli commands, exit codes, wiring of the pipeline. */
package dev.gonogo.cli;
