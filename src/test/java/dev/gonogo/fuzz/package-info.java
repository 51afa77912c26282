/**
 * Jazzer fuzz targets for reading + parsing, checking and rendering a review page. In {@code mvn verify} they
 * replay the committed inputs under {@code src/test/resources/dev/gonogo/fuzz/}; {@code scripts/fuzz.sh} fuzzes.
 */
package dev.gonogo.fuzz;
