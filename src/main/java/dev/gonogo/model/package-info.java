/** The review model: immutable records of a parsed review document, each element with its source line. */
package dev.gonogo.model;
