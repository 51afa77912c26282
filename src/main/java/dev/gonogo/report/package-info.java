/** Report writers, one per output format, and the public JSON DTOs of the model and the findings. */
package dev.gonogo.report;
