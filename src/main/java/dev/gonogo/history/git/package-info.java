/**
 * Review history read from git with JGit, read-only: every commit that changed a review (renames followed), each
 * version analysed once per blob id.
 */
package dev.gonogo.history.git;
