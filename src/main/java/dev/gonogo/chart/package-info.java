/** Chart data records built from reviews, and the JFreeChart to SVG renderer. */
package dev.gonogo.chart;
