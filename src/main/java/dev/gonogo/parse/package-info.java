/** Markdown (flexmark) to the review model; the vocabulary of headings, labels and status words as data. */
package dev.gonogo.parse;
