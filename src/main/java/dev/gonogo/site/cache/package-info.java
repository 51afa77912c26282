/**
 * The build cache of rendered reviews: a review whose bytes, path, place in the site and history are unchanged since
 * the published build is hard-linked from that build instead of being parsed, checked and rendered again.
 */
package dev.gonogo.site.cache;
