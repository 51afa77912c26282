/** {@code check --fix}: rewrites wrong stated scores in place, byte-exact, through an atomic rename. */
package dev.gonogo.fix;
