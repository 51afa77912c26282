/** Consistency rules, findings and the runner that applies the rules to reviews. */
package dev.gonogo.check;
