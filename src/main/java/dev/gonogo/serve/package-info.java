/**
 * {@code gonogo serve}: a local HTTP server for the site being written — rebuilds when content or theme change
 * and reloads open pages through server-sent events.
 */
package dev.gonogo.serve;
