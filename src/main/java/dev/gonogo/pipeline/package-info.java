/** Read → parse → check for a list of files, in parallel with a deterministic order: shared by check and build. */
package dev.gonogo.pipeline;
