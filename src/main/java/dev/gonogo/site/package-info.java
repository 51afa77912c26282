/** The static site: typed page records rendered with FreeMarker, sanitised Markdown, assets and atomic publishing. */
package dev.gonogo.site;
