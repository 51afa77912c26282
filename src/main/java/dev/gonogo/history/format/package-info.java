/** Output formats of {@code gonogo diff}: plain text, a Markdown PR comment, JSON. */
package dev.gonogo.history.format;
