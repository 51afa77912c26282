/** Typed page records, one per template, and the builders that fill them from checked reviews. */
package dev.gonogo.site.page;
